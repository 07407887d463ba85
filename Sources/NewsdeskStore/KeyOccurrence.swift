/// One place where a layer key occurs: an entity's mention, a speaker's quote, a date's expression.
public struct KeyOccurrence: Sendable, Equatable {
    public var articleID: String
    /// Unicode-scalar offsets of the span in the article's text, end exclusive.
    public var start: Int
    public var end: Int
    /// The article's publication date, as stored with the article.
    public var published: String?

    public init(articleID: String, start: Int, end: Int, published: String?) {
        self.articleID = articleID
        self.start = start
        self.end = end
        self.published = published
    }
}

/// An article that shares keys with a query (`articlesSharing`), and how many.
public struct KeyOverlap: Sendable, Equatable {
    public var articleID: String
    public var shared: Int

    public init(articleID: String, shared: Int) {
        self.articleID = articleID
        self.shared = shared
    }
}
