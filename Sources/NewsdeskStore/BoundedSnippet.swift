/// The snippet of a hit, made from its stored text for the hits shown only, in time bounded by a
/// prefix of the text: FTS5's `snippet()` scores every match of the query against every other
/// (tens of milliseconds a hit for a common word, seconds for a long article). Its words are the
/// `words` around the first place where the most distinct query terms occur together (case and
/// accents ignored as the index ignores them; a phrase's words in sequence, marked as one; a
/// `prefix*` term matching the start of a word), the matches among them marked. Without a match
/// in the prefix, the text's first words, unmarked (a hit by its title alone).
enum BoundedSnippet {
    /// How much of an article is read for its snippet, in characters.
    static let prefixCharacters = 200_000
    /// Words in a snippet.
    static let words = 24
    /// Words of context before the first match, as FTS5's fragments had.
    static let context = 3

    static func make(_ text: String, terms: [SnippetTerm], folding: inout WordFolding) -> MarkedText {
        var folded = FoldedWords(text: text)
        guard folded.count > 0 else { return MarkedText(text: "", marks: []) }
        let start = bestStart(&folded, terms: terms, folding: &folding)
        let end = min(folded.count, start + words)
        var snippet = start > 0 ? "…" : ""
        var marks: [Range<Int>] = []
        var cursor = folded.ranges[start].lowerBound
        var index = start
        while index < end {
            guard let length = longestMatch(&folded, at: index, terms: terms, folding: &folding), index + length <= end else {
                index += 1
                continue
            }
            let range = folded.ranges[index].lowerBound..<folded.ranges[index + length - 1].upperBound
            snippet += text[cursor..<range.lowerBound]
            let markStart = snippet.utf8.count
            snippet += text[range]
            marks.append(markStart..<snippet.utf8.count)
            cursor = range.upperBound
            index += length
        }
        if end < folded.count {
            snippet += text[cursor..<folded.ranges[end - 1].upperBound] + "…"
        } else {
            // The text's last words, with the punctuation that ends it.
            var tail = text[cursor...]
            while tail.last?.isWhitespace == true { tail = tail.dropLast() }
            snippet += tail
        }
        return MarkedText(text: snippet, marks: marks)
    }

    /// The first word of the snippet: `context` words before the first match of the window that
    /// holds the most distinct terms, the earliest such window; the scan ends at the first window
    /// that holds them all.
    private static func bestStart(_ folded: inout FoldedWords, terms: [SnippetTerm], folding: inout WordFolding) -> Int {
        let all: UInt64 = terms.count >= 64 ? .max : (1 << terms.count) - 1
        func windowStart(_ match: Int) -> Int { max(0, min(match - context, folded.count - words)) }
        // Matches in text order: their first and past-the-end words, and their term's bit; for
        // each, the terms of the window it begins.
        var found: [(start: Int, end: Int, bit: UInt64)] = []
        var windows: [UInt64] = []
        for index in 0..<folded.count {
            for (number, term) in terms.enumerated() where matches(&folded, term, at: index, folding: &folding) {
                let match = (start: index, end: index + term.words.count, bit: UInt64(1) << min(number, 63))
                var complete: Int?
                var earlier = found.count - 1
                while earlier >= 0 && windowStart(found[earlier].start) + words >= match.end {
                    windows[earlier] |= match.bit
                    if windows[earlier] == all { complete = earlier }
                    earlier -= 1
                }
                if let complete { return windowStart(found[complete].start) }
                let from = windowStart(index)
                var window = match.bit
                earlier = found.count - 1
                while earlier >= 0 && found[earlier].start >= from {
                    window |= found[earlier].bit
                    earlier -= 1
                }
                if window == all { return from }
                found.append(match)
                windows.append(window)
            }
        }
        var best = 0
        for index in windows.indices where windows[index].nonzeroBitCount > windows[best].nonzeroBitCount { best = index }
        return found.isEmpty ? 0 : windowStart(found[best].start)
    }

    /// The number of words of the longest term that matches from word `index`.
    private static func longestMatch(_ folded: inout FoldedWords, at index: Int, terms: [SnippetTerm], folding: inout WordFolding) -> Int? {
        terms.filter { matches(&folded, $0, at: index, folding: &folding) }.map(\.words.count).max()
    }

    private static func matches(_ folded: inout FoldedWords, _ term: SnippetTerm, at index: Int, folding: inout WordFolding) -> Bool {
        guard index + term.words.count <= folded.count else { return false }
        return term.words.indices.allSatisfy { term.matches(folded.word(index + $0, folding: &folding), at: $0) }
    }
}

/// The words of a text, folded as they are first asked for.
private struct FoldedWords {
    let text: String
    let ranges: [Range<String.Index>]
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var scratch: [UInt8] = []

    init(text: String) {
        self.text = text
        ranges = SnippetWords.ranges(in: text)
    }

    var count: Int { ranges.count }

    mutating func word(_ index: Int, folding: inout WordFolding) -> ArraySlice<UInt8> {
        while ends.count <= index {
            folding.fold(text[ranges[ends.count]], into: &scratch)
            bytes += scratch
            ends.append(bytes.count)
        }
        return bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }
}
