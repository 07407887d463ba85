import NewsdeskCore

/// One line of a plain-text document with the features the cleaner decides on.
struct TextLine {
    var text: String
    /// A blank line preceded this one in the input.
    var followsBlank: Bool
    var wordCount: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote or bracket after one.
    var endsSentence: Bool

    init(_ text: String, followsBlank: Bool) {
        self.text = text
        self.followsBlank = followsBlank
        self.wordCount = text.split(whereSeparator: \.isWhitespace).count
        self.endsSentence = Self.endsLikeSentence(text)
    }

    /// Long enough, or punctuated enough, to be running text on its own.
    var isProse: Bool { endsSentence && wordCount >= 4 || wordCount >= 16 }

    /// A sentence, or text long enough, that it is never taken for site template even when a
    /// source repeats it: templates are menus, prompts and footers, not sentences.
    var isLongProse: Bool { endsSentence && wordCount >= 8 || wordCount >= 25 }

    /// A whole line in quotation marks: « … », “ … ”, „ … “, " … ".
    var isQuotation: Bool {
        guard let first = text.first, let last = text.last, text.count >= 3 else { return false }
        let pairs: [Character: Set<Character>] = ["«": ["»"], "“": ["”"], "„": ["“", "\""], "\"": ["\""], "‹": ["›"], "‚": ["‘"]]
        return pairs[first]?.contains(last) == true
    }

    /// Short and unpunctuated: a title, a heading, a menu item or a related headline.
    var isHeadlineLike: Bool { !isProse && wordCount >= 1 && text.count <= 200 }

    private static func endsLikeSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().makeIterator()
        while let last = scalars.next() {
            switch last {
            case ".", "!", "?", "…", ";": return true
            case "»", "\"", "”", "’", "'", ")", "]", "\u{202F}", "\u{00A0}", " ": continue
            default: return false
            }
        }
        return false
    }
}

extension TextLine {
    /// Splits text into trimmed lines, joining lines that were hard-wrapped inside a paragraph
    /// (a line without final punctuation followed by one that starts in lower case).
    static func lines(of text: String) -> [TextLine] {
        var result: [TextLine] = []
        var sawBlank = false
        var previousWasWrapped = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = ArticleTextBuilder.normalizeSpaces(raw)
            if trimmed.isEmpty {
                sawBlank = true
                previousWasWrapped = false
                continue
            }
            if previousWasWrapped, !sawBlank, startsLowercase(trimmed), var last = result.popLast() {
                last = TextLine(last.text + " " + trimmed, followsBlank: last.followsBlank)
                result.append(last)
            } else {
                result.append(TextLine(trimmed, followsBlank: sawBlank))
            }
            let current = result[result.count - 1]
            previousWasWrapped = !current.endsSentence && current.text.count >= 50
            sawBlank = false
        }
        return result
    }

    private static func startsLowercase(_ text: String) -> Bool {
        text.first.map { $0.isLowercase } ?? false
    }
}
