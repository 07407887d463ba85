public import NewsdeskCore

/// A time expression found in an article: its span and its TIMEX3 type, value and modifier.
public struct TimeExpression: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case date, time, duration, set
    }

    /// The TIMEX3 modifiers of the article contract.
    public enum Modifier: String, Sendable, Hashable {
        case start = "START", mid = "MID", end = "END", approx = "APPROX", before = "BEFORE", after = "AFTER"
    }

    /// UTF-8 span in the article text.
    public var span: TextSpan
    /// The words of the span, as in the text.
    public var text: String
    public var kind: Kind
    /// The TIMEX3 value: "2022-12-19", "2022-10", "2022-W51", "2022-SU", "2024-05-23TEV", "P2D",
    /// "XXXX-WXX-1", "PRESENT_REF", …; unresolved parts are X's when the article has no date.
    public var value: String
    public var modifier: Modifier?

    public init(span: TextSpan, text: String, kind: Kind, value: String, modifier: Modifier? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.value = value
        self.modifier = modifier
    }
}
