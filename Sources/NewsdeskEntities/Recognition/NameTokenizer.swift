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
        for token in tokens {
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
