/// What the recogniser knows about one token before it looks at its neighbours: the word as
/// written, lower-cased, its shape, and the gazetteer's evidence. Built once per token, so
/// that every feature template reads precomputed values.
public struct NameToken: Sendable {
    public let text: Substring
    public let lower: String
    /// Letter classes with runs collapsed: "Poutine" → "Xx", "OTAN" → "X", "G20" → "Xd",
    /// "3,5" → "d,d", "l'" → "x'".
    public let shape: String
    public let isCapitalised: Bool
    public let isUpper: Bool
    public var evidence: NameEvidence = []

    public init(_ text: Substring) {
        self.text = text
        lower = text.lowercased()
        var shape = ""
        var last: Character = " "
        var letters = 0
        var uppers = 0
        for scalar in text.unicodeScalars {
            let symbol: Character
            if scalar.properties.isUppercase {
                symbol = "X"
                uppers += 1
                letters += 1
            } else if scalar.properties.isAlphabetic {
                symbol = "x"
                letters += 1
            } else if scalar.properties.numericType != nil {
                symbol = "d"
            } else {
                symbol = Character(scalar)
            }
            if symbol != last { shape.append(symbol) }
            last = symbol
        }
        self.shape = shape
        isCapitalised = text.unicodeScalars.first?.properties.isUppercase ?? false
        isUpper = letters > 1 && uppers == letters
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

    /// The set bits, lowest first.
    var bits: [UInt16] {
        (0..<16).compactMap { bit in rawValue & (1 << bit) != 0 ? UInt16(bit) : nil }
    }
}
