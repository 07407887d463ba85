/// Case folding and letter tests for the hot loop of language identification.
///
/// `Unicode.Scalar.Properties` answers both questions but allocates a String for case
/// mappings; a table for the alphabets with case (below U+3000) answers in one load.
struct LetterTable: Sendable {
    /// Below `limit`: the lowercase scalar, or 0 when the scalar is not part of a word.
    private let folded: [UInt32]
    private static let limit: UInt32 = 0x3000

    init() {
        var folded = [UInt32](repeating: 0, count: Int(Self.limit))
        for value in 0..<Self.limit {
            guard let scalar = Unicode.Scalar(value), Self.isWordScalar(scalar) else { continue }
            // The mapping is a String: only asked for where lowercasing changes anything.
            let changes = scalar.properties.changesWhenLowercased
            let lower = changes ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
            folded[Int(value)] = lower.value
        }
        self.folded = folded
    }

    /// The lowercase form of a word scalar, or nil for spaces, digits and punctuation.
    @inline(__always)
    func fold(_ value: UInt32) -> UInt32? {
        if value < Self.limit {
            let lower = folded[Int(value)]
            return lower == 0 ? nil : lower
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return Self.isWordScalar(scalar) ? value : nil
    }

    /// Letters and the marks that join them, in any script (the tokenizer's word characters too).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }
}
