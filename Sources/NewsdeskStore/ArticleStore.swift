public import NewsdeskCore

/// Where articles are kept. The SQLite store is the embedded default; a PostgreSQL store
/// will implement the same protocol for several workers on several machines.
public protocol ArticleStore: Sendable {
    /// Whether an article with this id is stored (cheap; used to skip known documents early).
    func contains(id: String) throws(StoreError) -> Bool
    /// Stores a batch in one transaction. Each outcome says whether the article was new.
    func insert(_ articles: [StoredArticle]) throws(StoreError) -> [InsertOutcome]
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

    public init(article: Article, origin: String? = nil, ingestedAt: String? = nil) {
        self.article = article
        self.origin = origin
        self.ingestedAt = ingestedAt
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
