/// Why an input did not become an article. Returned and counted, never thrown: unusable input
/// is normal input.
public struct Rejection: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Code
    /// A short explanation for people, without article text.
    public var detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String { detail }

    /// A stable, machine-readable reason. A struct so that later stages can add codes.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input has no bytes, or only whitespace.
        public static let empty = Code(rawValue: "empty")
        /// The input is a binary file (image, PDF, archive, …), not a document.
        public static let notADocument = Code(rawValue: "not-a-document")
        /// The input is larger than the configured limit.
        public static let tooLarge = Code(rawValue: "too-large")
        /// The input is a document, but no article text could be found in it.
        public static let noArticle = Code(rawValue: "no-article")
        /// The input could not be read (missing, unreadable, broken link, corrupt gzip, …).
        public static let unreadable = Code(rawValue: "unreadable")
    }

    /// Whether this input was skipped as not an article (as opposed to failing to be read).
    public var isSkip: Bool { code == .empty || code == .notADocument || code == .noArticle }
}
