/// The snippet of an article found by a layer key alone: the words around the key's span, the
/// span marked.
enum KeySnippet {
    /// Characters of context on each side of the span.
    static let context = 100

    /// `start` and `end` are Unicode-scalar offsets of the span in `text`.
    static func make(_ text: String, start: Int, end: Int) -> MarkedText {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        let spanStart = min(max(start, 0), count)
        let spanEnd = min(max(end, spanStart), count)
        var from = max(spanStart - context, 0)
        var to = min(spanEnd + context, count)
        // Whole words: step past a word cut at either end.
        while from > 0 && from < spanStart && !scalars[from - 1].properties.isWhitespace { from += 1 }
        while to < count && to > spanEnd && !scalars[to].properties.isWhitespace { to -= 1 }
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let before = string(from..<spanStart)
        let mention = string(spanStart..<spanEnd)
        let after = string(spanEnd..<to)
        let lead = from > 0 ? "…" : ""
        let tail = to < count ? "…" : ""
        let markStart = (lead + before).utf8.count
        return MarkedText(text: lead + before + mention + after + tail, marks: [markStart..<(markStart + mention.utf8.count)])
    }
}
