import NewsdeskCore
import NewsdeskText

/// Cuts text into the tokens names are made of: Newsdesk's tokenizer, with an English
/// possessive cut off its word ("Boeing's" → "Boeing", "'s"), since a name ends before it, as
/// in the training corpora. Gazetteer aliases are cut the same way (`NameKey`), so that a
/// name in a text and in the gazetteer meet.
enum NameTokenizer {
    static func tokens(in text: String) -> [Token] {
        let tokens = Tokenizer().tokens(in: text)
        var result: [Token] = []
        result.reserveCapacity(tokens.count + tokens.count / 16)
        let bytes = text.utf8
        for var token in tokens {
            if token.kind == .word, let cut = Self.nameAfterFigures(bytes, token.span) {
                result.append(Token(kind: .number, span: TextSpan(start: token.span.start, end: cut)))
                token = Token(kind: .word, span: TextSpan(start: cut, end: token.span.end))
            } else if token.kind == .word, let cut = Self.gluedNameStart(bytes, token.span) ?? Self.gluedSentenceStart(bytes, token.span) {
                result.append(Token(kind: .word, span: TextSpan(start: token.span.start, end: cut)))
                token = Token(kind: .word, span: TextSpan(start: cut, end: token.span.end))
            }
            // Compared as bytes: Substring.hasSuffix compares characters, which costs a
            // grapheme break search per token.
            let suffixLength = token.kind == .word ? Self.possessiveLength(bytes, token.span) : 0
            guard suffixLength > 0, token.span.length > suffixLength + 1 else {
                result.append(token)
                continue
            }
            let cut = token.span.end - suffixLength
            result.append(Token(kind: .word, span: TextSpan(start: token.span.start, end: cut)))
            result.append(Token(kind: .punctuation, span: TextSpan(start: cut, end: token.span.end)))
        }
        return result
    }

    /// Where a name starts inside a word that a function word was glued to, as OCR and
    /// scrapers glue words at lost line breaks and spaces ("nachWien", "deLondres"): the
    /// offset of the capital after the function word, or nil. Only these
    /// closed-class words are cut off, so brand names written in camel case ("easyJet",
    /// "iPhone", "YouTube") stay whole.
    private static func gluedNameStart(_ bytes: String.UTF8View, _ span: TextSpan) -> Int? {
        guard span.length >= 4 else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: span.start)
        let first = bytes[start]
        // A function word begins in lower case (ASCII, or "à", "ü" as 0xC3 then a lower-case byte).
        guard (0x61...0x7A).contains(first) || first == 0xC3 else { return nil }
        var index = start
        var offset = span.start
        let limit = min(span.end, span.start + 7)
        while offset < limit {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            let isCapital = (0x41...0x5A).contains(byte)
                || (byte == 0xC3 && next < bytes.endIndex && (0x80...0x9E).contains(bytes[next]) && bytes[next] != 0x97)
            if isCapital {
                guard offset > span.start, span.end - offset >= 3,
                      let word = String(bytes[start..<index]), gluedFunctionWords.contains(word) else { return nil }
                return offset
            }
            index = next
            offset += 1
        }
        return nil
    }

    /// Where the next sentence's first word starts inside a capitalised word it was glued to,
    /// as OCR glues a heading or a dateline's place to the text after it ("ParisLe",
    /// "FranceOn", "LONDRESLe"): the offset of a closed-class word in capitals and lower case
    /// that ends the word after a lower-case letter (or a run of capitals), or nil. Only these
    /// words, so that names written in camel case ("McDonald", "DiCaprio", "PlayStation")
    /// stay whole.
    private static func gluedSentenceStart(_ bytes: String.UTF8View, _ span: TextSpan) -> Int? {
        guard span.length >= 5 else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: span.start)
        let end = bytes.index(bytes.startIndex, offsetBy: span.end)
        guard (0x41...0x5A).contains(bytes[start]) || bytes[start] == 0xC3 else { return nil }
        // The last capital of the word: where a glued sentence's first word would begin.
        guard let capital = bytes[bytes.index(after: start)..<end].lastIndex(where: { (0x41...0x5A).contains($0) }) else { return nil }
        let head = bytes.distance(from: start, to: capital)
        guard head >= 3, let tail = String(bytes[capital..<end]), gluedSentenceStarts.contains(tail) else { return nil }
        let before = bytes[bytes.index(before: capital)]
        guard (0x61...0x7A).contains(before) || (0x41...0x5A).contains(before) || before >= 0x80 else { return nil }
        return span.start + head
    }

    /// Words that open a sentence, as OCR glues them to the word before: articles, pronouns
    /// and prepositions of the pipeline's languages, capitalised.
    private static let gluedSentenceStarts: Set<String> = [
        "Le", "La", "Les", "Il", "Elle", "Ils", "On", "Nous", "Un", "Une", "Des", "Du", "Au", "Aux", "Dans", "Pour", "Mais", "Ce", "Cette",
        "The", "This", "It", "He", "She", "We", "They", "Der", "Die", "Das", "Ein", "Eine", "Er", "Es", "Wir", "El", "Los", "Las",
    ]

    /// Where a capitalised word glued to the figures before it starts, as in OCR'd tables
    /// ("676.615Allemagne"), or nil; words that start with digits stay whole ("1er", "5G", "3GS").
    private static func nameAfterFigures(_ bytes: String.UTF8View, _ span: TextSpan) -> Int? {
        let start = bytes.index(bytes.startIndex, offsetBy: span.start)
        let end = bytes.index(bytes.startIndex, offsetBy: span.end)
        guard (0x30...0x39).contains(bytes[start]) else { return nil }
        guard let capital = bytes[start..<end].firstIndex(where: { !(0x30...0x39).contains($0) && $0 != 0x2E && $0 != 0x2C }),
            (0x41...0x5A).contains(bytes[capital])
        else { return nil }
        let rest = bytes[bytes.index(after: capital)..<end]
        // A capital, then at least three letters, the first in lower case: a word, not a code.
        guard rest.count >= 3, let first = rest.first, (0x61...0x7A).contains(first) || first >= 0xC3,
            rest.allSatisfy({ (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || $0 >= 0x80 || $0 == 0x2D })
        else { return nil }
        return bytes.distance(from: bytes.startIndex, to: capital)
    }

    /// Articles, prepositions and conjunctions of the pipeline's languages that OCR glues to the name after them.
    private static let gluedFunctionWords: Set<String> = [
        "de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "en", "par", "pour", "sur", "dans", "avec", "chez", "vers",
        "in", "im", "der", "die", "das", "dem", "den", "und", "nach", "von", "vom", "bei", "beim", "aus", "zu", "zum", "zur",
        "an", "am", "auf", "für", "mit", "gegen", "über", "oder", "ab",
        "of", "the", "to", "and", "for", "from", "at", "by", "on", "with",
        "el", "los", "las", "del", "con", "di", "da", "della", "em", "do", "dos", "na", "no", "per",
    ]

    /// The UTF-8 length of an English possessive ending the span ("'s": 2, "’s": 4), or 0.
    private static func possessiveLength(_ bytes: String.UTF8View, _ span: TextSpan) -> Int {
        guard span.length >= 3 else { return 0 }
        let end = bytes.index(bytes.startIndex, offsetBy: span.end)
        let last = bytes[bytes.index(before: end)]
        guard last == UInt8(ascii: "s") else { return 0 }
        let before = bytes[bytes.index(end, offsetBy: -2)]
        if before == UInt8(ascii: "'") { return 2 }
        guard span.length >= 5 else { return 0 }
        let apostrophe = bytes[bytes.index(end, offsetBy: -4)..<bytes.index(end, offsetBy: -1)]
        return apostrophe.elementsEqual([0xE2, 0x80, 0x99]) ? 4 : 0
    }

    static func words(of text: String) -> [Substring] {
        tokens(in: text).map { text[utf8: $0.span] }
    }
}
