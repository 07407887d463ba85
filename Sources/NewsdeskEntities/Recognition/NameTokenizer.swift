import NewsdeskCore
import NewsdeskText

/// Cuts text into the tokens names are made of: Newsdesk's tokenizer, with an English
/// possessive cut off its word ("Boeing's" → "Boeing", "'s"), since a name ends before it, as
/// in the training corpora. Gazetteer aliases are cut the same way (`NameKey`), so that a
/// name in a text and in the gazetteer meet.
enum NameTokenizer {
    static func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        for token in Tokenizer().tokens(in: text) {
            let word = text[utf8: token.span]
            let suffixLength = word.hasSuffix("'s") ? 2 : word.hasSuffix("\u{2019}s") ? 4 : 0
            guard token.kind == .word, suffixLength > 0, word.utf8.count > suffixLength + 1 else {
                result.append(token)
                continue
            }
            let cut = token.span.end - suffixLength
            result.append(Token(kind: .word, span: TextSpan(start: token.span.start, end: cut)))
            result.append(Token(kind: .punctuation, span: TextSpan(start: cut, end: token.span.end)))
        }
        return result
    }

    static func words(of text: String) -> [Substring] {
        tokens(in: text).map { text[utf8: $0.span] }
    }
}
