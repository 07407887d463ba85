import NewsdeskCore
import NewsdeskText

/// One line of a plain-text document with the features the cleaner decides on.
struct TextLine {
    let text: String
    /// Whether every scalar of the text is a character of its own (`charactersAreScalars`):
    /// then passes may read it by scalars or bytes.
    let charactersAreScalars: Bool
    /// `text.count`, counted once.
    let length: Int
    let wordCount: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…`, their full-width forms (`。`), or a closing quote
    /// or bracket after one.
    let endsSentence: Bool
    /// `TextFold.matchKey(text)`, the form in which cues, function words and recurring lines
    /// are compared, and its words: folded once here, read by every pass.
    let key: String
    let keyWords: [Substring]

    init(_ text: String) {
        self.text = text
        let plain = text.charactersAreScalars
        charactersAreScalars = plain
        length = plain ? text.scalarCount : text.count
        wordCount = plain ? Self.wordCount(scalars: text.unicodeScalars) : Self.wordCount(characters: text)
        endsSentence = Self.endsLikeSentence(text)
        key = TextFold.matchKey(text)
        // On bytes where characters are scalars: the same words, without a character view.
        keyWords = key.charactersAreScalars ? key.utf8.split(separator: 0x20).map { Substring($0) } : key.split(separator: " ")
    }

    /// Words, not punctuation standing alone (" : ", " – "); in scripts written without
    /// spaces, a word for every two characters (the length of a typical Chinese or Japanese word).
    private static func wordCount(characters text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).reduce(0) { count, token in
            guard token.contains(where: { $0.isLetter || $0.isNumber }) else { return count }
            return count + max(1, token.unicodeScalars.count(where: \.isWrittenWithoutSpaces) / 2)
        }
    }

    /// `wordCount(characters:)` for a text whose characters are scalars, read in one pass over them.
    private static func wordCount(scalars: String.UnicodeScalarView) -> Int {
        var count = 0
        var hasWord = false
        var withoutSpaces = 0
        for scalar in scalars {
            if scalar.isWhitespace {
                if hasWord { count += max(1, withoutSpaces / 2) }
                hasWord = false
                withoutSpaces = 0
                continue
            }
            if !hasWord {
                hasWord = scalar.isAlphabetic || scalar.isNumeric
            }
            if scalar.isWrittenWithoutSpaces { withoutSpaces += 1 }
        }
        return hasWord ? count + max(1, withoutSpaces / 2) : count
    }

    /// Long enough, or punctuated enough, to be running text on its own. Without final
    /// punctuation it takes more words than a long headline has.
    var isProse: Bool { endsSentence && wordCount >= 4 || wordCount >= 25 }

    /// A sentence, or text long enough, that it is never taken for site template even when a
    /// source repeats it: templates are menus, prompts and footers, not sentences.
    var isLongProse: Bool { endsSentence && wordCount >= 8 || wordCount >= 25 }

    /// A whole line in quotation marks: « … », “ … ”, „ … “, " … ".
    var isQuotation: Bool {
        guard length >= 3, let first = text.first, let last = text.last else { return false }
        return Self.quotePairs[first]?.contains(last) == true
    }

    private static let quotePairs: [Character: Set<Character>] = ["«": ["»"], "“": ["”"], "„": ["“", "\""], "\"": ["\""], "‹": ["›"], "‚": ["‘"]]

    /// Short and unpunctuated: a title, a heading, a menu item or a related headline.
    var isHeadlineLike: Bool { !isProse && wordCount >= 1 && length <= 200 }

    private static func endsLikeSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().makeIterator()
        while let last = scalars.next() {
            switch last {
            case ".", "!", "?", "…", ";", "。", "！", "？", "．", "；": return true
            case "»", "\"", "”", "’", "'", ")", "]", "」", "』", "）", "\u{202F}", "\u{00A0}", " ": continue
            default: return false
            }
        }
        return false
    }
}

extension TextLine {
    /// Splits text into trimmed lines and joins the lines of hard-wrapped paragraphs.
    ///
    /// A line is joined to the next one when the next starts in lower case after a line of 50
    /// characters or more without final punctuation, or, in a hard-wrapped document (see
    /// `wrapWidth`), whenever the line fills most of the wrap width and no blank line follows.
    static func lines(of text: String) -> [TextLine] {
        let raw = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { ArticleTextBuilder.normalizeSpaces($0) }
        let width = wrapWidth(raw)
        var result: [TextLine] = []
        var sawBlank = false
        var previous: TextLine?
        for line in raw {
            if line.isEmpty {
                sawBlank = true
                continue
            }
            let current = TextLine(line)
            if let physical = previous, !sawBlank, continues(physical, with: line, wrapWidth: width), let paragraph = result.last {
                result[result.count - 1] = TextLine(paragraph.text + " " + line)
            } else {
                result.append(current)
            }
            previous = current
            sawBlank = false
        }
        return result
    }

    /// Whether `next` continues the paragraph that the physical line `line` belongs to.
    private static func continues(_ line: TextLine, with next: String, wrapWidth: Int?) -> Bool {
        let length = line.length
        if let wrapWidth, length * 4 >= wrapWidth * 3 { return true }
        return !line.endsSentence && length >= 50 && next.first?.isLowercase == true
    }

    /// The column a hard-wrapped document is wrapped at, or nil when it is not hard-wrapped:
    /// many lines end within a few characters of the same width, well under the length of
    /// a paragraph written on one line.
    static func wrapWidth(_ lines: [String]) -> Int? {
        let lengths = lines.map(\.count).filter { $0 > 0 }
        guard lengths.count >= 8 else { return nil }
        let sorted = lengths.sorted()
        let width = sorted[sorted.count * 9 / 10]
        guard (50...100).contains(width) else { return nil }
        let nearWidth = lengths.filter { $0 <= width && $0 * 10 >= width * 8 }.count
        // Lines longer than the width are paragraphs written on one line: not a wrapped text.
        let overWidth = lengths.filter { $0 > width + 10 }.count
        return nearWidth * 4 >= lengths.count && overWidth * 10 <= lengths.count ? width : nil
    }
}
