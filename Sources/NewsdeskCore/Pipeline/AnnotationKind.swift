/// A kind of annotation that a stage provides and later stages require: what the pipeline
/// checks its stage order against. A struct rather than an enum so that a new stage adds its
/// kinds without editing this file.
public struct AnnotationKind: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static func < (lhs: AnnotationKind, rhs: AnnotationKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The decoded input document: bytes read, checked and decoded, before extraction.
    /// The runner provides it; re-running stages over stored articles does not.
    public static let input = AnnotationKind(rawValue: "input")
    /// The clean text with its paragraphs and metadata (title, authors, dates, credits, removed).
    public static let text = AnnotationKind(rawValue: "text")
    /// The language of the article and of each paragraph.
    public static let language = AnnotationKind(rawValue: "language")
    /// Sentence spans.
    public static let sentences = AnnotationKind(rawValue: "sentences")
}
