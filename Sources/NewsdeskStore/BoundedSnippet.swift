import Foundation

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
            let word = fold(String(text[range]))
            return terms.contains { $0.prefix ? word.hasPrefix($0.folded) : word == $0.folded }
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

    private static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if isWordCharacter(text[index]) {
                if start == nil { start = index }
            } else if let wordStart = start {
                ranges.append(wordStart..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let wordStart = start { ranges.append(wordStart..<text.endIndex) }
        return ranges
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    private static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
