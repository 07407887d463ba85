import NewsdeskCore
import NewsdeskText

/// One article's tokens as the quote finder reads them: each token's lexicon key, whether it is
/// capitalised, its sentence and its paragraph. Built in one pass; every search after it looks
/// at a bounded window of tokens, so finding quotes stays linear in the text.
struct QuoteReader {
    let bytes: [UInt8]
    let lexicon: QuoteLexicon
    let language: String
    let tokens: [Token]
    /// Each token's lexicon key (lower case, straight apostrophes), and its kinds in the
    /// lexicon, looked up once (`has` is asked of every token many times).
    let words: [String]
    let kinds: [UInt16]
    let capitalised: [Bool]
    /// Each token's sentence, and each sentence's tokens.
    let sentenceOf: [Int]
    let sentences: [Range<Int>]
    /// Each token's paragraph (a line of the text), counted from 0.
    let paragraphOf: [Int]
    /// What tells a name from a capitalised word when a name stands alone ("Pence: …" names a
    /// source, "Poll: …" and "Eintritt: …" do not); nil when the entity stage did not run.
    let names: HeadlineNames?

    init(text: String, sentenceSpans: [TextSpan], lexicon: QuoteLexicon, language: String, names: HeadlineNames? = nil) {
        self.bytes = Array(text.utf8)
        self.names = names
        self.lexicon = lexicon
        self.language = language
        let tokens = Tokenizer().tokens(in: text)
        self.tokens = tokens
        var words: [String] = []
        var kinds: [UInt16] = []
        var capitalised: [Bool] = []
        var paragraphOf: [Int] = []
        words.reserveCapacity(tokens.count)
        kinds.reserveCapacity(tokens.count)
        capitalised.reserveCapacity(tokens.count)
        paragraphOf.reserveCapacity(tokens.count)
        var paragraph = 0
        var previousEnd = 0
        for token in tokens {
            let raw = String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self)
            let key = QuoteLexicon.key(raw)
            words.append(key)
            kinds.append(lexicon.bits(of: key))
            capitalised.append(raw.unicodeScalars.first?.properties.isUppercase ?? false)
            if !paragraphOf.isEmpty && bytes[previousEnd..<token.span.start].contains(0x0A) { paragraph += 1 }
            paragraphOf.append(paragraph)
            previousEnd = token.span.end
        }
        self.words = words
        self.kinds = kinds
        self.capitalised = capitalised
        self.paragraphOf = paragraphOf
        (sentenceOf, sentences) = Self.sentenceIndex(tokens: tokens, spans: sentenceSpans)
    }

    /// Which sentence each token falls in (a token between sentences goes with the next one),
    /// and the token range of each sentence; two pointers over sorted spans.
    private static func sentenceIndex(tokens: [Token], spans: [TextSpan]) -> ([Int], [Range<Int>]) {
        guard !spans.isEmpty else { return ([Int](repeating: 0, count: tokens.count), tokens.isEmpty ? [] : [0..<tokens.count]) }
        var sentenceOf: [Int] = []
        sentenceOf.reserveCapacity(tokens.count)
        var starts = [Int](repeating: tokens.count, count: spans.count)
        var ends = [Int](repeating: 0, count: spans.count)
        var sentence = 0
        for (index, token) in tokens.enumerated() {
            while sentence < spans.count - 1 && spans[sentence].end <= token.span.start { sentence += 1 }
            sentenceOf.append(sentence)
            starts[sentence] = min(starts[sentence], index)
            ends[sentence] = index + 1
        }
        let ranges = zip(starts, ends).map { $0 < $1 ? $0..<$1 : $1..<$1 }
        return (sentenceOf, ranges)
    }

    var count: Int { tokens.count }

    /// The token that starts at a byte offset, found by binary search; nil when none does.
    func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].span.start == offset ? low : nil
    }

    func has(_ index: Int, _ kind: QuoteLexicon.Kind) -> Bool {
        index >= 0 && index < kinds.count && kinds[index] & kind.bit != 0
    }

    func isWord(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        switch tokens[index].kind {
        case .word, .elision, .abbreviation: return true
        default: return false
        }
    }

    func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && marks.contains(words[index])
    }

    /// . ! ? … ; : marks that end what an attribution can reach.
    func isTerminal(_ index: Int) -> Bool { isPunctuation(index, Self.terminals) }
    static let terminals: Set<String> = [".", "!", "?", "…", "...", ";"]
    static let dashes: Set<String> = ["—", "–", "―", "-"]

    func span(_ tokens: Range<Int>) -> TextSpan {
        TextSpan(start: self.tokens[tokens.lowerBound].span.start, end: self.tokens[tokens.upperBound - 1].span.end)
    }

    func text(_ span: TextSpan) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    func sentenceRange(of index: Int) -> Range<Int> { sentences[sentenceOf[index]] }

    /// Whether bytes right before / after a token are white space (or the text's edge).
    func spaceBefore(_ index: Int) -> Bool {
        let start = tokens[index].span.start
        if start == 0 || Self.isSpace(bytes[start - 1]) { return true }
        // No-break spaces: U+00A0 (C2 A0) and U+202F (E2 80 AF), as French sets them inside « ».
        return (start >= 2 && bytes[start - 2] == 0xC2 && bytes[start - 1] == 0xA0)
            || (start >= 3 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80 && bytes[start - 1] == 0xAF)
    }

    func spaceAfter(_ index: Int) -> Bool {
        let end = tokens[index].span.end
        if end == bytes.count || Self.isSpace(bytes[end]) { return true }
        return (end + 1 < bytes.count && bytes[end] == 0xC2 && bytes[end + 1] == 0xA0)
            || (end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xAF)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}
