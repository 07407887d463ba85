import NewsdeskCore
import NewsdeskText

/// Words an OCR'd page cut at the end of a line: "Ha¬\nrold Lloyd", "Baron Schon-\nfeld",
/// "Bra¬ bant". The halves become one token whose span covers both and whose word is the whole
/// ("Harold"), so the tagger and the gazetteer see the name the reader sees. "¬" marks such a
/// cut wherever it stands; a hyphen only at a line's end, before a lower-case half.
enum LineBreakHyphens {
    /// The tokens with cut words joined, and each token's word.
    static func joined(_ tokens: [Token], in text: String) -> (tokens: [Token], words: [Substring]) {
        var joinedTokens: [Token] = []
        var words: [Substring] = []
        joinedTokens.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index + 2 < tokens.count, isCut(tokens[index], tokens[index + 1], tokens[index + 2], in: text) {
                let last = tokens[index + 2]
                joinedTokens.append(Token(kind: .word, span: TextSpan(start: token.span.start, end: last.span.end)))
                words.append(Substring(String(text[utf8: token.span]) + String(text[utf8: last.span])))
                index += 3
            } else {
                joinedTokens.append(token)
                words.append(text[utf8: token.span])
                index += 1
            }
        }
        return (joinedTokens, words)
    }

    private static func isCut(_ first: Token, _ mark: Token, _ rest: Token, in text: String) -> Bool {
        guard first.kind == .word, rest.kind == .word, mark.span.start == first.span.end, mark.span.length <= 2 else { return false }
        let sign = text[utf8: mark.span]
        let gap = text[utf8: TextSpan(start: mark.span.end, end: rest.span.start)]
        guard gap.allSatisfy(\.isWhitespace), text[utf8: rest.span].first?.isLowercase == true else { return false }
        if sign == "¬" { return true }
        return sign == "-" && gap.contains(where: \.isNewline)
    }
}
