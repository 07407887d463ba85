/// A language decision: an ISO 639-1 code (or `und`) and how sure the identifier is (0…1).
public struct LanguageGuess: Sendable, Hashable, CustomStringConvertible {
    /// ISO 639-1 code, or `und` when the text is too short, mostly not letters, reads as no
    /// language (random letters, encoded data), or is ambiguous.
    public var code: String
    /// Posterior probability of `code` among the candidate languages (1 when the script decides).
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }

    public static let undetermined = LanguageGuess(code: "und", confidence: 0)

    public var isUndetermined: Bool { code == "und" }

    /// The code for `Article.language`: nil when undetermined.
    public var articleLanguage: String? { isUndetermined ? nil : code }

    public var description: String { "\(code) \(confidence)" }
}
