/// One line of a list of articles (`list`, and the articles a key query finds).
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
