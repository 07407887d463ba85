public import NewsdeskCore

/// What the pipeline knows about a document before its content is extracted.
public struct DocumentContext: Sendable {
    /// The document id (hex SHA-256 of its bytes).
    public var id: String
    /// The encoding its bytes were decoded with.
    public var encoding: String
    /// The page URL given by the caller, if any; an extractor may find a canonical one.
    public var url: String?
    /// The source name given by the caller, if any; it wins over what the page says.
    public var sourceName: String?
    /// What the source's pages are known to repeat, when ingest has learned it.
    public var template: SourceTemplate

    public init(id: String, encoding: String, url: String? = nil, sourceName: String? = nil, template: SourceTemplate = SourceTemplate()) {
        self.id = id
        self.encoding = encoding
        self.url = url
        self.sourceName = sourceName
        self.template = template
    }
}

/// Turns decoded text of one kind (HTML, plain text) into an article.
public protocol ArticleExtractor: Sendable {
    /// Returns the article, or a rejection when the text holds no article.
    func extract(_ text: String, context: DocumentContext) -> Result<Article, Rejection>
}
