import NewsdeskCore

/// Splits text into sentences from its tokens.
///
/// A sentence ends at . ! ? … (or an abbreviation such as "etc." that may close one) when the
/// next token starts a sentence: a capital, a digit, an opening quote or bracket, or the end.
/// Closing quotes and brackets after the mark belong to the sentence. A line break always ends
/// one. A mark inside a quotation does not end the sentence when the quotation is followed by
/// its attribution (« Nous sommes prêts. Nous irons », a-t-il dit.), so quoted speech that spans
/// sentences stays with its speaker. An acronym with periods ("U.S.", "p.m.") ends a sentence
/// only before a word that opens sentences ("The", "Le", "Der"…; see `BoundaryWords`), and
/// "3." is a German ordinal, not an end, before a month or after an article ("der 2. Weltkrieg").
public struct SentenceSegmenter: Sendable {
    /// How far (in tokens) to look for the end of a quotation; bounds the work per boundary.
    public var quotationLookahead = 400

    public init() {}

    public func sentences(in text: String) -> [Sentence] {
        sentences(in: text, tokens: Tokenizer().tokens(in: text))
    }

    public func sentences(in text: String, tokens: [Token]) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var first = 0
        var quoteDepth = 0
        var index = 0

        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end), tokens: first..<(last + 1)))
            first = last + 1
            quoteDepth = 0
        }

        while index < tokens.count {
            if index > first && Self.lineBreak(between: tokens[index - 1], and: tokens[index], in: bytes) {
                close(through: index - 1)
            }
            let token = tokens[index]
            // Only punctuation moves the quotation depth or ends a sentence, and only it and
            // abbreviations can be terminal: words, most of the tokens, are passed over without
            // making their text.
            guard token.kind == .punctuation || token.kind == .abbreviation else {
                index += 1
                continue
            }
            let text = Self.text(of: token, in: bytes)
            quoteDepth = Self.depth(after: text, from: quoteDepth)
            guard isTerminal(token, text) else {
                index += 1
                continue
            }
            // Take further marks and closing quotes or brackets along.
            var last = index
            while last + 1 < tokens.count, !Self.lineBreak(between: tokens[last], and: tokens[last + 1], in: bytes) {
                let next = tokens[last + 1]
                let nextText = Self.text(of: next, in: bytes)
                let closes = Self.closers.contains(nextText) || (nextText == "\"" && quoteDepth > 0)
                guard (next.kind == .punctuation && Self.terminals.contains(nextText)) || closes else { break }
                if closes { quoteDepth = Self.depth(after: nextText, from: quoteDepth) }
                last += 1
            }
            let following = last + 1 < tokens.count ? tokens[last + 1] : nil
            var ends = following.map { startsSentence($0, in: bytes, afterAbbreviation: token.kind == .abbreviation) } ?? true
            if ends && Self.isAcronym(token, text), let following {
                // "… in the U.S. The next day", "at 9 p.m. Police": only a word that opens sentences ends it.
                ends = BoundaryWords.sentenceOpeners.contains(Self.text(of: following, in: bytes))
            }
            if ends && last == index && isGermanOrdinal(index, following: following, tokens: tokens, bytes: bytes) {
                ends = false  // "am 3. Oktober", "der 2. Weltkrieg"
            }
            if ends && quoteDepth > 0, following != nil, continuesAfterQuotation(from: last + 1, tokens: tokens, bytes: bytes) {
                ends = false
            }
            if ends { close(through: last) }
            index = last + 1
        }
        if first < tokens.count { close(through: tokens.count - 1) }
        return sentences
    }

    private func isTerminal(_ token: Token, _ text: Substring) -> Bool {
        switch token.kind {
        case .punctuation: return Self.terminals.contains(text) || text.hasPrefix("..") || text.hasPrefix("…")
        case .abbreviation: return Abbreviations.mayEnd.contains(text.dropLast().lowercased()) || Self.isAcronym(token, text)
        default: return false
        }
    }

    /// Capitals joined by periods ("U.S.", "U.K.", "EE.UU."), and the clock's "a.m." and "p.m.":
    /// abbreviations that often come last in a sentence.
    private static func isAcronym(_ token: Token, _ text: Substring) -> Bool {
        guard token.kind == .abbreviation, text.count(where: { $0 == "." }) >= 2 else { return false }
        return text.allSatisfy { $0 == "." || $0.isUppercase } || text == "a.m." || text == "p.m."
    }

    /// A period right after a one- or two-digit number ("3.") that makes it a German ordinal:
    /// a month follows, or an article or fused preposition comes before ("im 19. Jahrhundert").
    private func isGermanOrdinal(_ index: Int, following: Token?, tokens: [Token], bytes: [UInt8]) -> Bool {
        guard index > 0, tokens[index - 1].kind == .number, tokens[index - 1].span.end == tokens[index].span.start,
            tokens[index - 1].span.length <= 2
        else { return false }
        if let following, BoundaryWords.germanMonths.contains(Self.text(of: following, in: bytes).lowercased()) {
            return true
        }
        guard index > 1 else { return false }
        return BoundaryWords.beforeGermanOrdinal.contains(Self.text(of: tokens[index - 2], in: bytes).lowercased())
    }

    private func startsSentence(_ token: Token, in bytes: [UInt8], afterAbbreviation: Bool) -> Bool {
        let text = Self.text(of: token, in: bytes)
        guard let first = text.first else { return false }
        if first.isUppercase { return true }
        if afterAbbreviation { return false }
        if first.isNumber { return true }
        return Self.openers.contains(text) || text == "\"" || text == "-" || text == "—" || text == "–"
    }

    /// Whether the quotation open at `start` closes and is followed by an attribution: a comma,
    /// or a lowercase word ("», a-t-il dit", "” she said").
    private func continuesAfterQuotation(from start: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        var index = start
        let limit = min(tokens.count, start + quotationLookahead)
        while index < limit {
            if index > start && Self.lineBreak(between: tokens[index - 1], and: tokens[index], in: bytes) { return false }
            let text = Self.text(of: tokens[index], in: bytes)
            if Self.closers.contains(text) || text == "\"" {
                guard index + 1 < tokens.count else { return false }
                let after = Self.text(of: tokens[index + 1], in: bytes)
                if after == "," { return true }
                return after.first?.isLowercase ?? false
            }
            index += 1
        }
        return false
    }

    private static let terminals: Set<Substring> = [".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "。", "！", "？"]
    private static let openers: Set<Substring> = ["«", "“", "„", "‘", "(", "[", "¿", "¡", "‹"]
    private static let closers: Set<Substring> = ["»", "”", ")", "]", "›", "’"]

    private static func depth(after text: Substring, from depth: Int) -> Int {
        switch text {
        case "«", "“", "„": depth + 1
        case "»", "”": max(0, depth - 1)
        case "\"": depth > 0 ? depth - 1 : depth + 1
        default: depth
        }
    }

    private static func text(of token: Token, in bytes: [UInt8]) -> Substring {
        Substring(String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self))
    }

    private static func lineBreak(between previous: Token, and next: Token, in bytes: [UInt8]) -> Bool {
        bytes[previous.span.end..<next.span.start].contains(0x0A)
    }
}
