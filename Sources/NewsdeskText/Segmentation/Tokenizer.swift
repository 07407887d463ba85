import NewsdeskCore

/// Splits news text into tokens with UTF-8 spans: words, elisions, abbreviations, numbers, URLs,
/// e-mail addresses, hashtags, mentions and punctuation. One pass, no backtracking beyond a
/// token, so the cost is linear in the text.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        var scanner = Scanner(text)
        var tokens: [Token] = []
        while let token = scanner.next() { tokens.append(token) }
        return tokens
    }
}

/// The tokenizer's cursor over the scalars of a text, with their UTF-8 offsets.
struct Scanner {
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the end of the text.
    let offsets: [Int]
    private var index = 0

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Elided words, written without their apostrophe: French ("l'", "qu'", "jusqu'"), Italian
    /// ("dell'", "c'è", "un'altra", "anch'io", "com'era"), Catalan ("l'", "d'", "n'") and
    /// Portuguese ("d'água"). English contractions ("don't", "it's") are not among them.
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
        "dell", "dall", "nell", "sull", "all", "coll", "un", "quell", "quest", "po", "degl", "sant", "v", "anch",
        "com", "dov", "cos", "quand", "nessun", "ciascun", "alcun", "buon", "bell", "mezz", "senz", "tutt",
    ]

    mutating func next() -> Token? {
        while index < scalars.count && scalars[index].isWhitespace { index += 1 }
        guard index < scalars.count else { return nil }
        let start = index
        let kind = scan()
        return Token(kind: kind, span: TextSpan(start: offsets[start], end: offsets[index]))
    }

    private func at(_ position: Int) -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return LetterTable.isWordScalar(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.numericType == .decimal
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar?) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    private mutating func scan() -> Token.Kind {
        let scalar = scalars[index]
        if let kind = scanURL() { return kind }
        if Self.isLetter(scalar) || Self.isDigit(scalar), let kind = scanEmail() { return kind }
        if (scalar == "#" || scalar == "@") && (Self.isLetter(at(index + 1)) || Self.isDigit(at(index + 1))) {
            index += 1
            while Self.isLetter(at(index)) || Self.isDigit(at(index)) || at(index) == "_" { index += 1 }
            return scalar == "#" ? .hashtag : .mention
        }
        if Self.isDigit(scalar) { return scanNumber() }
        if Self.isLetter(scalar) { return scanWord() }
        if scalar == "." || scalar == "…" {
            index += 1
            while at(index) == "." || at(index) == "…" { index += 1 }
            return .punctuation
        }
        index += 1
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }

    private mutating func scanURL() -> Token.Kind? {
        let prefixes = ["https://", "http://", "www."]
        guard let prefix = prefixes.first(where: { hasPrefix($0) }) else { return nil }
        var end = index + prefix.unicodeScalars.count
        guard end < scalars.count, !scalars[end].isWhitespace else { return nil }
        let stops: Set<Unicode.Scalar> = ["<", ">", "\"", "«", "»", "“", "”"]
        while end < scalars.count && !scalars[end].isWhitespace && !stops.contains(scalars[end]) { end += 1 }
        let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "’"]
        while end > index + prefix.unicodeScalars.count && trailing.contains(scalars[end - 1]) {
            // Keep a closing parenthesis that closes one opened inside the URL.
            if scalars[end - 1] == ")" && scalars[index..<end].contains("(") { break }
            end -= 1
        }
        index = end
        return .url
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var position = index
        for expected in prefix.unicodeScalars {
            guard let scalar = at(position), scalar.properties.lowercaseMapping == String(expected) else { return false }
            position += 1
        }
        return true
    }

    private mutating func scanEmail() -> Token.Kind? {
        var position = index
        let local: Set<Unicode.Scalar> = [".", "_", "%", "+", "-"]
        while let scalar = at(position), Self.isLetter(scalar) || Self.isDigit(scalar) || local.contains(scalar) { position += 1 }
        guard at(position) == "@", position > index else { return nil }
        position += 1
        let domainStart = position
        while let scalar = at(position), Self.isLetter(scalar) || Self.isDigit(scalar) || scalar == "." || scalar == "-" {
            position += 1
        }
        while position > domainStart && (at(position - 1) == "." || at(position - 1) == "-") { position -= 1 }
        let lastDot = scalars[domainStart..<position].lastIndex(of: ".") ?? -1
        guard lastDot > domainStart, lastDot < position - 1, Self.isLetter(at(position - 1)) else { return nil }
        index = position
        return .email
    }

    /// "2024", "2,3", "1.5", "2 300" (no-break space between groups of three), "19h30", "19h".
    private mutating func scanNumber() -> Token.Kind {
        while Self.isDigit(at(index)) { index += 1 }
        while true {
            let separator = at(index)
            if (separator == "." || separator == ",") && Self.isDigit(at(index + 1)) {
                index += 1
                while Self.isDigit(at(index)) { index += 1 }
            } else if separator == "\u{00A0}" || separator == "\u{202F}",
                (1...3).allSatisfy({ Self.isDigit(at(index + $0)) }), !Self.isDigit(at(index + 4))
            {
                index += 4
            } else {
                break
            }
        }
        if at(index) == "h" || at(index) == "H" {
            if Self.isDigit(at(index + 1)) && Self.isDigit(at(index + 2)) && !Self.isLetter(at(index + 3)) {
                index += 3
                return .number
            }
            if !Self.isLetter(at(index + 1)) {
                index += 1
                return .number
            }
        }
        if Self.isLetter(at(index)) {
            // "1er", "2e", "5G": a word that starts with digits.
            while Self.isLetter(at(index)) || Self.isDigit(at(index)) { index += 1 }
            return .word
        }
        return .number
    }

    private mutating func scanWord() -> Token.Kind {
        let start = index
        while true {
            while Self.isLetter(at(index)) || Self.isDigit(at(index)) { index += 1 }
            let joiner = at(index)
            if Self.isApostrophe(joiner) && Self.isLetter(at(index + 1)) {
                let before = String(scalars: scalars[start..<index]).lowercased()
                if Self.elisions.contains(before) {
                    index += 1
                    return .elision
                }
                index += 1
            } else if (joiner == "-" || joiner == "\u{2011}") && Self.isLetter(at(index + 1)) {
                index += 1
            } else {
                break
            }
        }
        guard at(index) == "." else { return .word }
        let word = Substring(String(scalars: scalars[start..<index]))
        // "U.S.", "z.B.", "e.g.", "EE.UU.": short letter groups joined by periods.
        if word.count <= 3 && Self.isLetter(at(index + 1)) {
            var position = index
            var groups = 1
            while at(position) == "." {
                var end = position + 1
                while Self.isLetter(at(end)) { end += 1 }
                guard end - position - 1 <= 3 else { break }
                if end == position + 1 {
                    position += 1
                    break
                }
                position = end
                groups += 1
            }
            if groups >= 2 && at(position - 1) == "." {
                index = position
                return .abbreviation
            }
        }
        let initial = word.count == 1 && (word.first?.isUppercase ?? false)
        if initial || Abbreviations.contains(word) {
            index += 1
            return .abbreviation
        }
        return .word
    }
}
