import Foundation
import NewsdeskCore

/// Puts text in the one form later stages expect, so that a pattern written once matches
/// every spelling of the same text: mojibake repaired, NFC, one apostrophe, plain spaces.
public struct TextNormalizer: Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// "Ã©" → "é", C1 controls → Windows-1252 characters (see `MojibakeRepair`).
        public static let repairMojibake = Options(rawValue: 1)
        /// Canonical composition: "e" + U+0301 → "é".
        public static let nfc = Options(rawValue: 2)
        /// ’ and ʼ after a letter → ' ("l’État" → "l'État", "aujourd’hui" → "aujourd'hui").
        public static let apostrophes = Options(rawValue: 4)
        /// No-break and thin spaces (French typography around « » : ; ! ?) → plain spaces; a
        /// no-break space between digit groups ("2 300") stays U+00A0 so the number holds together.
        public static let spaces = Options(rawValue: 8)

        public static let all: Options = [.repairMojibake, .nfc, .apostrophes, .spaces]
    }

    public var options: Options

    public init(options: Options = .all) {
        self.options = options
    }

    public func normalize(_ text: String) -> String {
        var text = text
        if options.contains(.repairMojibake) { text = MojibakeRepair.repair(text) }
        if options.contains(.nfc) { text = text.precomposedStringWithCanonicalMapping }
        if options.contains(.apostrophes) || options.contains(.spaces) { text = normalizeScalars(text) }
        return text
    }

    private func normalizeScalars(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { Self.apostrophes.contains($0.value) || Self.spaces.contains($0.value) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if options.contains(.apostrophes) && Self.apostrophes.contains(scalar.value),
                let previous, previous.isAlphabetic
            {
                out.append("'")
            } else if options.contains(.spaces) && Self.spaces.contains(scalar.value) {
                let betweenDigits = previous?.properties.numericType != nil && next?.properties.numericType != nil
                out.append(betweenDigits ? "\u{00A0}" : " ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let apostrophes: Set<UInt32> = [0x2019, 0x02BC]
    private static let spaces: Set<UInt32> = [0x00A0, 0x202F, 0x2009, 0x2007, 0x2008, 0x200A, 0x2002, 0x2003, 0x2005, 0x2006]
}
