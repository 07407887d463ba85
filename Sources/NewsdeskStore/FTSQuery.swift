import Foundation
import NewsdeskCore

/// Translates a user's search query into an FTS5 MATCH expression that cannot fail on
/// punctuation: every word and phrase is quoted, and only the operators the user typed
/// (AND, OR, NOT in capitals, parentheses, a trailing `*` for prefixes) stay operators.
/// Adjacent terms are joined with AND; `-word` means NOT word. Words of scripts written without
/// spaces are looked up by their character pairs (SegmentedScript). A query too broad to answer
/// in bounded time is refused: too many words, too many prefixes, or a prefix of one letter.
enum FTSQuery {
    /// Most words and phrases in a query.
    static let maxTerms = 64
    /// Most prefix terms in a query: each is expanded to every indexed word it begins.
    static let maxPrefixes = 8
    /// Fewest characters before a prefix's `*`: `s*` begins a tenth of a language's words.
    static let minPrefixLength = 2

    enum Token: Equatable {
        case term(String, prefix: Bool)
        case phrase(String)
        case and, or, not
        case open, close
    }

    static func translate(_ input: String) throws(StoreError) -> String {
        let tokens = try tokenize(input)
        try checkBreadth(tokens)
        var output: [String] = []
        var expectsOperand = true  // at the start, after an operator or "("
        var depth = 0
        for token in tokens {
            switch token {
            case .term, .phrase, .open:
                if !expectsOperand { output.append("AND") }
                if token == .open {
                    depth += 1
                    output.append("(")
                } else {
                    output.append(render(token))
                    expectsOperand = false
                }
                if token == .open { expectsOperand = true }
            case .and, .or, .not:
                if expectsOperand {
                    throw StoreError(.badQuery, "\(render(token)) needs a search term before it")
                }
                output.append(render(token))
                expectsOperand = true
            case .close:
                guard depth > 0, !expectsOperand else {
                    throw StoreError(.badQuery, "unbalanced or empty parentheses")
                }
                depth -= 1
                output.append(")")
            }
        }
        if output.isEmpty { throw StoreError(.badQuery, "the query has no search terms") }
        if expectsOperand { throw StoreError(.badQuery, "the query ends with an operator") }
        if depth != 0 { throw StoreError(.badQuery, "unbalanced parentheses") }
        return output.joined(separator: " ")
    }

    private static func checkBreadth(_ tokens: [Token]) throws(StoreError) {
        var terms = 0
        var prefixes = 0
        for token in tokens {
            switch token {
            case .term(let word, let prefix):
                terms += 1
                guard prefix else { continue }
                prefixes += 1
                if word.count < minPrefixLength {
                    throw StoreError(.badQuery, "\(word)* is too broad: a prefix needs at least \(minPrefixLength) letters before *")
                }
            case .phrase: terms += 1
            default: continue
            }
        }
        if terms > maxTerms {
            throw StoreError(.badQuery, "the query is too broad: \(terms) words and phrases, at most \(maxTerms)")
        }
        if prefixes > maxPrefixes {
            throw StoreError(.badQuery, "the query is too broad: \(prefixes) prefixes (word*), at most \(maxPrefixes)")
        }
    }

    private static func render(_ token: Token) -> String {
        switch token {
        case .term(let word, let prefix): renderTerm(word, prefix: prefix)
        case .phrase(let words):
            SegmentedScript.parts(of: words).isEmpty
                ? quote(words) : all(words.split(whereSeparator: \.isWhitespace).map { renderTerm(String($0), prefix: false) })
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .open: "("
        case .close: ")"
        }
    }

    /// A word as FTS5 is asked for it; one with segmented characters is the conjunction of its
    /// parts: each segmented run the phrase of its character pairs in the pairs column (a single
    /// character as the prefix of the pairs it begins), the other parts words.
    private static func renderTerm(_ word: String, prefix: Bool) -> String {
        let parts = SegmentedScript.parts(of: word)
        guard !parts.isEmpty else { return quote(word) + (prefix ? "*" : "") }
        return all(parts.map { part in
            let text = String(scalars: part.scalars)
            guard part.segmented else { return quote(text) }
            let pairs = SegmentedScript.pairs(part.scalars).joined(separator: " ")
            return "\(SegmentedScript.column) : " + quote(pairs) + (part.scalars.count == 1 ? "*" : "")
        })
    }

    private static func all(_ expressions: [String]) -> String {
        expressions.count == 1 ? expressions.joined() : "(" + expressions.joined(separator: " AND ") + ")"
    }

    /// A string for FTS5, its quotes doubled scalar by scalar: a quote followed by a combining
    /// mark is one Character, which a replacement by characters would miss (found by fuzzing).
    private static func quote(_ text: String) -> String {
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    static func tokenize(_ query: String) throws(StoreError) -> [Token] {
        // Control characters are spaces: FTS5 reads its expression up to a NUL, so "a\0OR b"
        // left a quoted term unterminated (found by scripts/fuzz.sh).
        let input = String(String.UnicodeScalarView(query.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        var tokens: [Token] = []
        var index = input.startIndex
        while index < input.endIndex {
            let character = input[index]
            if character.isWhitespace {
                index = input.index(after: index)
            } else if character == "\"" || character == "“" || character == "«" {
                let closing: Set<Character> = ["\"", "”", "»"]
                let start = input.index(after: index)
                guard let end = input[start...].firstIndex(where: { closing.contains($0) }) else {
                    throw StoreError(.badQuery, "a quoted phrase is not closed")
                }
                let phrase = input[start..<end].trimmingCharacters(in: .whitespaces)
                if !phrase.isEmpty { tokens.append(.phrase(phrase)) }
                index = input.index(after: end)
            } else if character == "(" || character == ")" {
                tokens.append(character == "(" ? .open : .close)
                index = input.index(after: index)
            } else {
                let end = input[index...].firstIndex(where: { $0.isWhitespace || "()\"“«".contains($0) }) ?? input.endIndex
                var word = String(input[index..<end])
                index = end
                switch word {
                case "AND": tokens.append(.and)
                case "OR": tokens.append(.or)
                case "NOT": tokens.append(.not)
                default:
                    var negated = false
                    if word.hasPrefix("-") && word.count > 1 {
                        negated = true
                        word.removeFirst()
                    }
                    let prefix = word.hasSuffix("*")
                    word = String(word.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
                    guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                    if negated { tokens.append(.not) }
                    tokens.append(.term(word, prefix: prefix))
                }
            }
        }
        return tokens
    }
}
