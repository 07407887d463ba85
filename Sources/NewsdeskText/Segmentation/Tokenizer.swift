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
    /// Whether the text holds an `@` at all: most do not, and then no word is tried as an e-mail address.
    private let hasAtSign: Bool
    private var index = 0

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        // At most one scalar per byte: no growing while appending.
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        self.hasAtSign = scalars.contains("@")
    }

    /// Elided words, written without their apostrophe: French ("l'", "qu'", "jusqu'"), Italian
    /// ("dell'", "c'è", "un'altra", "anch'io", "com'era"), Catalan ("l'", "d'", "n'") and
    /// Portuguese ("d'água"). English contractions ("don't", "it's") are not among them. "del'"
    /// is OCR's "de l'" with its space lost ("del'Allemagne").
    static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "del",
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
        if scalar.isASCII { return scalar.value &- 0x30 < 10 }
        return scalar.properties.numericType == .decimal
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar?) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    private mutating func scan() -> Token.Kind {
        let scalar = scalars[index]
        if let kind = scanURL() { return kind }
        if hasAtSign, Self.isLetter(scalar) || Self.isDigit(scalar), let kind = scanEmail() { return kind }
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
        if scalar.isASCII { return Self.isASCIIPunctuation(scalar) ? .punctuation : .symbol }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }

    private static let urlPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }
    private static let urlStops: Set<Unicode.Scalar> = ["<", ">", "\"", "«", "»", "“", "”"]
    private static let urlTrailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "’"]
    /// Whether an ASCII character's general category is punctuation (the others, such as `$`,
    /// `+` and `<`, are symbols), answered without the Unicode tables: bit n of the mask is
    /// the character n - 64 * word.
    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let low: UInt64 = 0x8C00_F7EE_0000_0000  // ! " # % & ' ( ) * , - . / : ; ?
        let high: UInt64 = 0x2800_0000_B800_0001  // @ [ \ ] _ { }
        let value = UInt64(scalar.value)
        return value < 64 ? (low >> value) & 1 == 1 : (high >> (value - 64)) & 1 == 1
    }

    /// The characters besides letters and digits that an e-mail address's local part may hold.
    private static func isEmailLocalMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "_" || scalar == "%" || scalar == "+" || scalar == "-"
    }

    private mutating func scanURL() -> Token.Kind? {
        // Every prefix starts with h or w: most tokens are ruled out by their first letter.
        guard scalars[index].value | 0x20 == 0x68 || scalars[index].value | 0x20 == 0x77,
            let prefix = Self.urlPrefixes.first(where: { hasPrefix($0) })
        else { return nil }
        var end = index + prefix.count
        guard end < scalars.count, !scalars[end].isWhitespace else { return nil }
        while end < scalars.count && !scalars[end].isWhitespace && !Self.urlStops.contains(scalars[end]) { end += 1 }
        while end > index + prefix.count && Self.urlTrailing.contains(scalars[end - 1]) {
            // Keep a closing parenthesis that closes one opened inside the URL.
            if scalars[end - 1] == ")" && scalars[index..<end].contains("(") { break }
            end -= 1
        }
        index = end
        return .url
    }

    /// Whether the text at the cursor starts with an ASCII prefix, in any case.
    private func hasPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
        var position = index
        for expected in prefix {
            guard let scalar = at(position), scalar.isASCII,
                scalar == expected || (expected.isLowercase && scalar.value | 0x20 == expected.value)
            else { return false }
            position += 1
        }
        return true
    }

    private mutating func scanEmail() -> Token.Kind? {
        var position = index
        while let scalar = at(position), Self.isLetter(scalar) || Self.isDigit(scalar) || Self.isEmailLocalMark(scalar) { position += 1 }
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
