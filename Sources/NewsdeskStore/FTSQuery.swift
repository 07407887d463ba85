import Foundation

/// Translates a user's search query into an FTS5 MATCH expression that cannot fail on
/// punctuation: every word and phrase is quoted, and only the operators the user typed
/// (AND, OR, NOT in capitals, parentheses, a trailing `*` for prefixes) stay operators.
/// Adjacent terms are joined with AND; `-word` means NOT word.
enum FTSQuery {
    enum Token: Equatable {
        case term(String, prefix: Bool)
        case phrase(String)
        case and, or, not
        case open, close
    }

    static func translate(_ input: String) throws(StoreError) -> String {
        let tokens = try tokenize(input)
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

    private static func render(_ token: Token) -> String {
        switch token {
        case .term(let word, let prefix): quote(word) + (prefix ? "*" : "")
        case .phrase(let words): quote(words)
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .open: "("
        case .close: ")"
        }
    }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tokenize(_ input: String) throws(StoreError) -> [Token] {
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
