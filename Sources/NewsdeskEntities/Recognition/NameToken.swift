public import NewsdeskText

/// What the recogniser knows about one token before it looks at its neighbours: the word as
/// written and lower-cased, its capitalisation, the hashes its features are made of, and the
/// gazetteer's evidence. Built once per token, so that the feature templates only combine
/// precomputed numbers.
public struct NameToken: Sendable {
    public let text: Substring
    public let lower: String
    public let isCapitalised: Bool
    public let isUpper: Bool
    /// Some scalar is an upper-case letter or a digit.
    public let hasCapitalOrDigit: Bool
    public var evidence: NameEvidence = []
    /// The token is in a headline-style sentence, where most words are capitalised and
    /// capitals say less ("Northrop Grumman And Airbus Defeat Boeing").
    public var inHeadline = false
    /// How common the lower-cased word is in the text's language (`WordCommonness`).
    public var commonness = WordCommonness.unknown

    /// Hashes of the lower-cased word, the word as written, and its shape: letter classes
    /// with runs collapsed ("Poutine" → Xx, "OTAN" → X, "G20" → Xd, "3,5" → d,d).
    let lowerHash: UInt64
    let casedHash: UInt64
    let shapeHash: UInt64
    /// Hashes of the lower-cased word's first 1–3 and last 2–4 scalars (0 when the word is
    /// too short for the affix to say more than the word).
    let prefixHashes: (UInt64, UInt64, UInt64)
    let suffixHashes: (UInt64, UInt64, UInt64)

    public init(_ text: Substring) {
        self.text = text
        let lower = text.lowercased()
        self.lower = lower
        var shape = FeatureHash()
        var lastClass: UInt32 = 0
        var letters = 0
        var uppers = 0
        var firstIsUpper: Bool?
        var capitalOrDigit = false
        for scalar in text.unicodeScalars {
            let symbol = Self.letterClass(scalar)
            if symbol == Self.upper { uppers += 1 }
            if symbol == Self.upper || symbol == Self.lowerLetter { letters += 1 }
            if firstIsUpper == nil { firstIsUpper = symbol == Self.upper }
            if symbol == Self.upper || symbol == Self.digit { capitalOrDigit = true }
            if symbol != lastClass { shape.mix(UInt64(symbol)) }
            lastClass = symbol
        }
        shapeHash = shape.value
        isCapitalised = firstIsUpper ?? false
        hasCapitalOrDigit = capitalOrDigit
        isUpper = letters > 1 && uppers == letters
        lowerHash = FeatureHash.of(lower)
        casedHash = FeatureHash.of(text)
        // One pass, no array: the prefixes as they grow, the last four scalars in a ring.
        var count = 0
        var prefix = FeatureHash()
        var prefixes: (UInt64, UInt64, UInt64) = (FeatureHash().value, 0, 0)
        var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        for scalar in lower.unicodeScalars {
            if count < 3 {
                prefix.mix(UInt64(scalar.value))
                switch count {
                case 0: prefixes.0 = prefix.value
                case 1: prefixes.1 = prefix.value
                default: prefixes.2 = prefix.value
                }
            }
            last = (last.1, last.2, last.3, scalar.value)
            count += 1
        }
        func suffix(_ values: UInt32...) -> UInt64 {
            var hash = FeatureHash()
            for value in values { hash.mix(UInt64(value)) }
            return hash.value
        }
        prefixHashes = (prefixes.0, count > 2 ? prefixes.1 : 0, count > 3 ? prefixes.2 : 0)
        suffixHashes = (
            count > 3 ? suffix(last.2, last.3) : 0, count > 4 ? suffix(last.1, last.2, last.3) : 0,
            count > 5 ? suffix(last.0, last.1, last.2, last.3) : 0
        )
    }
}

extension NameToken {
    static let upper: UInt32 = 1
    static let lowerLetter: UInt32 = 2
    static let digit: UInt32 = 3

    /// A scalar's class in a shape: upper-case letter, other letter, digit, or itself. ASCII
    /// is decided without Unicode property lookups, which cost more than the rest of a token.
    @inline(__always)
    static func letterClass(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return upper
            case 0x61...0x7A: return lowerLetter
            case 0x30...0x39: return digit
            default: return 0x100 + value
            }
        }
        let properties = scalar.properties
        if properties.isUppercase { return upper }
        if properties.isAlphabetic { return lowerLetter }
        if properties.numericType != nil { return digit }
        return 0x100 + value
    }

    /// Sets each token's commonness in `language` from the word-frequency table.
    public static func markCommonness(_ tokens: inout [NameToken], language: String, frequencies: WordFrequencies) {
        var seen: [String: WordCommonness] = [:]
        for index in tokens.indices {
            let lower = tokens[index].lower
            if let known = seen[lower] {
                tokens[index].commonness = known
                continue
            }
            let commonness = WordCommonness(logFrequency: frequencies.logFrequency(lower, language: language))
            seen[lower] = commonness
            tokens[index].commonness = commonness
        }
    }

    /// Marks the tokens of sentences whose words are mostly capitalised (at least four words,
    /// three quarters of them capitalised).
    public static func markHeadlines(_ tokens: inout [NameToken], sentences: [Range<Int>]) {
        for sentence in sentences {
            var words = 0
            var capitalised = 0
            for index in sentence where tokens[index].text.first?.isLetter == true {
                words += 1
                if tokens[index].isCapitalised { capitalised += 1 }
            }
            guard words >= 4, capitalised * 4 >= words * 3 else { continue }
            for index in sentence { tokens[index].inHeadline = true }
        }
    }
}

/// How common a word is in its language, in four bands of the word table's frequencies:
/// capitalised words that are not common words are most likely names.
public enum WordCommonness: UInt64, Sendable {
    case unknown = 0, rare, frequent, veryFrequent, function

    /// The band of a log frequency (natural log of the share of running text).
    public init(logFrequency: Double?) {
        guard let logFrequency else { self = .unknown; return }
        switch logFrequency {
        case ..<(-12.5): self = .rare
        case ..<(-10): self = .frequent
        case ..<(-7): self = .veryFrequent
        default: self = .function
        }
    }
}

/// A 64-bit running hash of numbers (FNV-1a style over whole words, then a final mix): what
/// tokens' strings and features' parts are reduced to.
struct FeatureHash {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func mix(_ value: UInt64) {
        state = (state ^ value) &* 0x0000_0100_0000_01b3
        state ^= state >> 29
    }

    var value: UInt64 { state }

    static func of(_ text: some StringProtocol) -> UInt64 {
        var hash = FeatureHash()
        for byte in text.utf8 { hash.mix(UInt64(byte)) }
        return hash.value
    }
}

/// What the gazetteers and role lexicons say about a token: whether it begins or continues a
/// known name of each type, and whether it is a demonym, a role or an honorific.
public struct NameEvidence: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static func begins(_ type: NameType) -> NameEvidence { NameEvidence(rawValue: 1 << (2 * type.rawValue)) }
    public static func continues(_ type: NameType) -> NameEvidence { NameEvidence(rawValue: 2 << (2 * type.rawValue)) }
    public static let adjective = NameEvidence(rawValue: 1 << 8)
    public static let role = NameEvidence(rawValue: 1 << 9)
    public static let title = NameEvidence(rawValue: 1 << 10)
    /// A word that ends or heads organisation names: "Inc", "GmbH", "SA", "ministère" …
    public static let organizationWord = NameEvidence(rawValue: 1 << 11)

    /// Begins, or continues, a name the gazetteer knows, of any type.
    static let beginsKnownName = NameEvidence(NameType.allCases.map(begins))
    static let continuesKnownName = NameEvidence(NameType.allCases.map(continues))

    /// Whether a name the gazetteer knows begins here.
    var beginsName: Bool { !isDisjoint(with: .beginsKnownName) }
}
