/// A half-open range of UTF-8 byte offsets into an article's clean text.
///
/// Inside Newsdesk every annotation points into the text with UTF-8 offsets, which Swift
/// strings index cheaply. The JSON contract counts Unicode scalars instead; the conversion
/// happens only at that boundary (see `ScalarOffsetMap`).
public struct TextSpan: Hashable, Sendable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        precondition(0 <= start && start <= end, "TextSpan needs 0 <= start <= end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The substring covered by a UTF-8 span of this string.
    public subscript(utf8 span: TextSpan) -> Substring {
        let view = utf8
        let lower = view.index(view.startIndex, offsetBy: span.start)
        let upper = view.index(lower, offsetBy: span.length)
        return self[lower..<upper]
    }
}
