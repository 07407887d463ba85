public import NewsdeskCore

/// Where articles are kept. The SQLite store is the embedded default; a PostgreSQL store
/// will implement the same protocol for several workers on several machines.
public protocol ArticleStore: Sendable {
    /// Whether an article with this id is stored (cheap; used to skip known documents early).
    func contains(id: String) throws(StoreError) -> Bool
    /// Stores a batch in one transaction. Each outcome says whether the article was new; the
    /// lines of each new article are counted for its source.
    func insert(_ articles: [StoredArticle]) throws(StoreError) -> [InsertOutcome]
    /// The lines a source repeats in at least `minimumDocuments` of its documents and at least
    /// `minimumShare` of them.
    func templateKeys(source: String, minimumDocuments: Int, minimumShare: Double) throws(StoreError) -> Set<String>
    /// The sources that have learned lines, with their document counts.
    func learnedSources() throws(StoreError) -> [StoreStatistics.Count]
    /// Rewrites the article with the same id (text, paragraphs, title, credits, removed…).
    func update(_ article: Article) throws(StoreError)
    /// Visits the articles of one source (by `source.name`, else `source.domain`) in ingest order.
    func forEachArticle(source: String, _ body: (StoredArticle) throws -> Void) throws(StoreError)
    /// The article whose id is or starts with `idPrefix` (at least 4 hex digits).
    func article(idPrefix: String) throws(StoreError) -> StoredArticle
    /// Full-text search, best first.
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit]
    /// Stored articles, most recently ingested first.
    func list(limit: Int, offset: Int) throws(StoreError) -> [ArticleSummary]
    func statistics() throws(StoreError) -> StoreStatistics
    /// Visits every article in ingest order without loading them all (constant memory).
    func forEachArticle(_ body: (StoredArticle) throws -> Void) throws(StoreError)
}

/// An article with what the store records about its ingestion.
public struct StoredArticle: Sendable, Equatable {
    public var article: Article
    /// The path (or `-`) the article was ingested from.
    public var origin: String?
    /// When it was stored, ISO 8601 UTC.
    public var ingestedAt: String?
    /// The lines of the document to count for its source (plain text only).
    public var learnedLines: LearnedLines?
    /// The decoded text of a plain-text document, kept so that it can be cleaned again.
    public var original: String?

    public init(article: Article, origin: String? = nil, ingestedAt: String? = nil, learnedLines: LearnedLines? = nil, original: String? = nil) {
        self.article = article
        self.origin = origin
        self.ingestedAt = ingestedAt
        self.learnedLines = learnedLines
        self.original = original
    }
}

/// The candidate template lines of one document and the source they count for.
public struct LearnedLines: Sendable, Equatable {
    public var source: String
    public var keys: Set<String>

    public init(source: String, keys: Set<String>) {
        self.source = source
        self.keys = keys
    }
}

public enum InsertOutcome: Sendable, Equatable {
    case stored
    case duplicate
}

/// One line of `list`.
public struct ArticleSummary: Sendable, Equatable, Codable {
    public var id: String
    public var title: String?
    public var source: String?
    public var published: String?
    public var language: String?
    public var ingestedAt: String
    /// Length of the clean text in characters.
    public var characters: Int
}

public struct StoreStatistics: Sendable, Equatable, Codable {
    public var articles: Int
    public var characters: Int
    public var languages: [Count]
    public var sources: [Count]
    public var encodings: [Count]
    public var earliestPublished: String?
    public var latestPublished: String?
    public var databaseBytes: Int

    public struct Count: Sendable, Equatable, Codable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }
}
