/// The snippet of a hit, made from its stored text for the hits shown only, in bounded time:
/// FTS5's `snippet()` scores every match of the query against every other (tens of milliseconds
/// a hit for a common word, seconds for a long article). Its words are the `words` around the
/// first place where the most distinct query terms occur together (case and accents ignored as
/// the index ignores them; a phrase's words in sequence, marked as one; a `prefix*` term matching
/// the start of a word), looked for up to `lookahead` words past the first match, from the start
/// of the sentence when it is near; the matches among them are marked. Without a match in the
/// text read, its first words, unmarked (a hit by its title alone).
enum BoundedSnippet {
    /// How much of an article is read for its snippet, in characters.
    static let prefixCharacters = 200_000
    /// Words in a snippet.
    static let words = 24
    /// Words of context before the first match, as FTS5's fragments had.
    static let context = 3
    /// Words past the first match in which a window with more of the terms is looked for: query
    /// words that never meet in a long article cost a scan of all its words otherwise.
    static let lookahead = 2_000

    static func make(_ text: String, terms: [SnippetTerm], folding: inout WordFolding) -> MarkedText {
        var words = SnippetWords(text)
        guard words.has(0, folding: &folding) else { return MarkedText(text: "", marks: []) }
        var start = sentenceStart(near: bestStart(&words, terms: terms, folding: &folding), &words, terms: terms, folding: &folding)
        // A window that would run past the text's end ends with its last word instead.
        var end = start
        while end < start + Self.words && words.has(end, folding: &folding) { end += 1 }
        start = max(0, end - Self.words)
        let bytes = words.bytes
        var snippet: [UInt8] = start > 0 ? Array(ellipsis) : []
        var marks: [Range<Int>] = []
        var cursor = words.range(start).lowerBound
        var index = start
        while index < end {
            guard let length = longestMatch(&words, at: index, terms: terms, folding: &folding), index + length <= end else {
                index += 1
                continue
            }
            let range = words.range(index).lowerBound..<words.range(index + length - 1).upperBound
            snippet += bytes[cursor..<range.lowerBound]
            marks.append(snippet.count..<snippet.count + range.count)
            snippet += bytes[range]
            cursor = range.upperBound
            index += length
        }
        if words.has(end, folding: &folding) {
            snippet += bytes[cursor..<words.range(end - 1).upperBound] + ellipsis
        } else {
            // The text's last words, with the punctuation that ends it.
            var last = bytes.count
            while last > cursor && (bytes[last - 1] == 0x20 || (0x09...0x0D).contains(bytes[last - 1])) { last -= 1 }
            snippet += bytes[cursor..<last]
        }
        return MarkedText(text: String(decoding: snippet, as: UTF8.self), marks: marks)
    }

    private static let ellipsis = Array("…".utf8)

    /// The first word of the snippet: `context` words before the first match of the window that
    /// holds the most distinct terms, the earliest such window; the scan ends at the first window
    /// that holds them all.
    private static func bestStart(_ words: inout SnippetWords, terms: [SnippetTerm], folding: inout WordFolding) -> Int {
        let all: UInt64 = terms.count >= 64 ? .max : (1 << terms.count) - 1
        func windowStart(_ match: Int) -> Int { max(0, match - context) }
        // Matches in text order: their first and past-the-end words, and their term's bit; for
        // each, the terms of the window it begins.
        var found: [(start: Int, end: Int, bit: UInt64)] = []
        var windows: [UInt64] = []
        var index = 0
        while words.has(index, folding: &folding) && index <= (found.first?.start ?? index) + lookahead {
            for (number, term) in terms.enumerated() where matches(&words, term, at: index, folding: &folding) {
                let match = (start: index, end: index + term.words.count, bit: UInt64(1) << min(number, 63))
                var complete: Int?
                var earlier = found.count - 1
                while earlier >= 0 && windowStart(found[earlier].start) + Self.words >= match.end {
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
            index += 1
        }
        var best = 0
        for index in windows.indices where windows[index].nonzeroBitCount > windows[best].nonzeroBitCount { best = index }
        return found.isEmpty ? 0 : windowStart(found[best].start)
    }

    /// The snippet's first word: the start of the sentence of its first match, when that lies
    /// within half a snippet before it and the window loses none of the terms it held, else
    /// `start` (as FTS5's snippets began at a sentence when they could).
    private static func sentenceStart(near start: Int, _ words: inout SnippetWords, terms: [SnippetTerm], folding: inout WordFolding) -> Int {
        guard start > 0 else { return start }
        let first = start + context
        var candidate = first
        while candidate > max(0, first - Self.words / 2) && !words.beginsSentence(candidate) { candidate -= 1 }
        guard candidate != start, words.beginsSentence(candidate),
            termsHeld(from: candidate, &words, terms: terms, folding: &folding) >= termsHeld(from: start, &words, terms: terms, folding: &folding)
        else { return start }
        return candidate
    }

    /// How many distinct terms the window of `words` words from `start` holds.
    private static func termsHeld(from start: Int, _ words: inout SnippetWords, terms: [SnippetTerm], folding: inout WordFolding) -> Int {
        var held: UInt64 = 0
        var index = start
        while index < start + Self.words && words.has(index, folding: &folding) {
            for (number, term) in terms.enumerated()
            where index + term.words.count <= start + Self.words && matches(&words, term, at: index, folding: &folding) {
                held |= UInt64(1) << min(number, 63)
            }
            index += 1
        }
        return held.nonzeroBitCount
    }

    /// The number of words of the longest term that matches from word `index`.
    private static func longestMatch(_ words: inout SnippetWords, at index: Int, terms: [SnippetTerm], folding: inout WordFolding) -> Int? {
        terms.filter { matches(&words, $0, at: index, folding: &folding) }.map(\.words.count).max()
    }

    private static func matches(_ words: inout SnippetWords, _ term: SnippetTerm, at index: Int, folding: inout WordFolding) -> Bool {
        for offset in term.words.indices {
            guard words.has(index + offset, folding: &folding), term.matches(words.folded(index + offset), at: offset) else { return false }
        }
        return true
    }
}
