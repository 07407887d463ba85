import Foundation
import NewsdeskCore

/// A snippet for an article too long for FTS5's `snippet()`, whose cost grows faster than the
/// number of matches in the document (seconds for a few megabytes). Reads a bounded prefix of
/// the text: the words around the first word that matches a query term (folded as the index
/// folds: case and accents ignored; a `prefix*` term matches the start of a word), the matches
/// among them marked. Without a match in the prefix, the text's first words, unmarked.
enum BoundedSnippet {
    /// Articles longer than this (in characters) get a bounded snippet.
    static let longArticle = 100_000
    /// How much of a long article is read for its snippet, in characters.
    static let prefixCharacters = 200_000
    /// Words in a snippet, as FTS5's snippet() is asked for.
    static let words = 24

    struct Term {
        var folded: String
        var prefix: Bool

        /// Whether a word matches: compared byte by byte, lower-cased, when it is ASCII (most
        /// words of most texts, and folding each through Foundation was most of a snippet's
        /// time: tens of milliseconds when the first match lies deep in a long article).
        func matches(_ word: Substring) -> Bool {
            let bytes = word.utf8
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                let folded = BoundedSnippet.fold(String(word))
                return prefix ? folded.hasPrefix(self.folded) : folded == self.folded
            }
            let term = folded.utf8
            guard prefix ? bytes.count >= term.count : bytes.count == term.count else { return false }
            return zip(bytes, term).allSatisfy { byte, termByte in
                (byte &- 0x41 < 26 ? byte | 0x20 : byte) == termByte
            }
        }
    }

    /// The terms of a query whose matches are marked (phrases by their words).
    static func terms(of tokens: [FTSQuery.Token]) -> [Term] {
        tokens.flatMap { token -> [Term] in
            switch token {
            case .term(let word, let prefix): [Term(folded: fold(word), prefix: prefix)]
            case .phrase(let words): words.split(whereSeparator: { !isWordCharacter($0) }).map { Term(folded: fold(String($0)), prefix: false) }
            default: []
            }
        }
    }

    static func make(_ text: String, terms: [Term]) -> MarkedText {
        let words = wordRanges(in: text)
        guard !words.isEmpty else { return MarkedText(text: "", marks: []) }
        func matches(_ range: Range<String.Index>) -> Bool {
            let word = text[range]
            return terms.contains { $0.matches(word) }
        }
        let first = words.firstIndex(where: matches) ?? 0
        // A few words of context before the match, as FTS5's fragments have.
        let start = max(0, min(first - 3, words.count - Self.words))
        let end = min(words.count, start + Self.words)
        let lower = words[start].lowerBound
        let upper = words[end - 1].upperBound
        var snippet = start > 0 ? "…" : ""
        var marks: [Range<Int>] = []
        var cursor = lower
        for range in words[start..<end] where matches(range) {
            snippet += text[cursor..<range.lowerBound]
            let markStart = snippet.utf8.count
            snippet += text[range]
            marks.append(markStart..<snippet.utf8.count)
            cursor = range.upperBound
        }
        snippet += text[cursor..<upper]
        if end < words.count { snippet += "…" }
        return MarkedText(text: snippet, marks: marks)
    }

    /// The words of the text, by scalars (letters, digits and the marks that follow them).
    private static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) || (start != nil && scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark) {
                if start == nil { start = index }
            } else if let wordStart = start {
                ranges.append(wordStart..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { ranges.append(wordStart..<scalars.endIndex) }
        return ranges
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.isAlphabetic || (0x30...0x39).contains(scalar.value) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    fileprivate static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
