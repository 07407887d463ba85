public import NewsdeskCore

/// An article with what the store records about its ingestion and the annotation layers
/// that the pipeline's stages produced for it.
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
    /// One run per stage, in the order the stages first ran on this article.
    public var layers: [StoredLayer]

    public init(
        article: Article, origin: String? = nil, ingestedAt: String? = nil, learnedLines: LearnedLines? = nil,
        original: String? = nil, layers: [StoredLayer] = []
    ) {
        self.article = article
        self.origin = origin
        self.ingestedAt = ingestedAt
        self.learnedLines = learnedLines
        self.original = original
        self.layers = layers
    }
}

/// What `insert` did with one article.
public enum InsertOutcome: Sendable, Equatable {
    case stored
    /// An article with the same id was already stored; nothing was written.
    case duplicate
}
