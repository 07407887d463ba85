public import NewsdeskCore

/// Keeping articles: what ingestion writes and what reading commands read.
public protocol ArticleStoring: Sendable {
    /// Whether an article with this id is stored (cheap; used to skip known documents early).
    func contains(id: String) throws(StoreError) -> Bool
    /// Stores a batch in one transaction, each new article with its layers and their keys, its
    /// `duplicateOf`, `story` and `storyline`, and what grouping the articles into stories
    /// changed: stories and storylines written (replacing those with the same ids, index keys
    /// included), each merged story folded into the one that took it (its articles move there,
    /// its row goes); an interrupted ingest leaves both or neither.
    /// Each outcome says whether the article was new; the lines of each new article are counted
    /// for its source. A duplicate writes nothing.
    func insert(_ articles: [StoredArticle], stories: StoryChanges) throws(StoreError) -> [InsertOutcome]
    /// Rewrites each stored article with the same id (text, paragraphs, title, credits,
    /// removed…) and writes each of its given layers, replacing the layer and keys of the same
    /// stage; the layers of stages not given are kept. What ingestion recorded (origin, ingestion
    /// time, original text, learned lines, `duplicateOf`) is kept. One transaction for the batch: all or
    /// nothing. Throws `notFound` when an article is not stored.
    func update(_ articles: [StoredArticle]) throws(StoreError)
    /// The article whose id is or starts with `idPrefix` (at least 4 hex digits), with its layers.
    func article(idPrefix: String) throws(StoreError) -> StoredArticle
    /// Visits every article with its layers in ingest order without loading them all (constant memory).
    func forEachArticle(_ body: (StoredArticle) throws -> Void) throws(StoreError)
    /// Visits the articles of one source (by `source.name`, else `source.domain`) in ingest order;
    /// `body` may write to the store.
    func forEachArticle(source: String, _ body: (StoredArticle) throws -> Void) throws(StoreError)
    /// Stored articles, most recently ingested first.
    func list(limit: Int, offset: Int) throws(StoreError) -> [ArticleSummary]
    func statistics() throws(StoreError) -> StoreStatistics
}

extension ArticleStoring {
    /// `insert` of articles that no story grouping has seen (their story fields are stored as
    /// they are).
    public func insert(_ articles: [StoredArticle]) throws(StoreError) -> [InsertOutcome] {
        try insert(articles, stories: StoryChanges())
    }

    /// `update` for one article.
    public func update(_ article: StoredArticle) throws(StoreError) {
        try update([article])
    }
}
