import NewsdeskCore

/// Repairs text whose UTF-8 bytes were once decoded as Windows-1252 (or Latin-1): "Ã©" → "é",
/// "â€™" → "’", and stray C1 control characters (U+0080–U+009F, Windows-1252 bytes read as
/// Latin-1) → the characters Windows-1252 meant ("\u{85}" → "…").
///
/// Works locally: only a run that forms one valid multi-byte UTF-8 sequence when mapped back
/// to Windows-1252 bytes is replaced, so correct text around it is left alone.
public enum MojibakeRepair {
    public static func repair(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0.value >= 0x80 && $0.value <= 0xFF || windows1252Byte[$0.value] != nil }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (scalar, length) = decodeSequence(scalars, at: index) {
                out.append(scalar)
                index += length
                continue
            }
            let scalar = scalars[index]
            if scalar == "Ã" && index + 1 < scalars.count && scalars[index + 1] == " " && !isCapitalised(scalars, before: index) {
                // "à" is C3 A0; the A0 (a no-break space) is often turned into a plain space on the
                // way, so "Ã" and that space stand for "à" (the word's own space follows).
                out.append("à")
                index += 2
                continue
            } else if (0x80...0x9F).contains(scalar.value) {
                if let meant = c1Meaning[scalar.value] { out.append(meant) }
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Whether the letter before `index` is a capital, as in "SÃO PAULO", where "Ã " is right.
    private static func isCapitalised(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        index > 0 && scalars[index - 1].isUppercase
    }

    /// A UTF-8 sequence spelled as Windows-1252 characters starting at `index`, if there is one.
    private static func decodeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = byte(scalars[index]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= scalars.count else { return nil }
        var bytes = [lead]
        for offset in 1..<length {
            guard let next = byte(scalars[index + offset]), next & 0xC0 == 0x80 else { return nil }
            bytes.append(next)
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.value >= 0x80 else { return nil }
        return (scalar, length)
    }

    /// The Windows-1252 (or Latin-1, for C1 controls) byte a non-ASCII scalar stands for.
    private static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value >= 0x80 && value <= 0xFF { return UInt8(value) }
        return windows1252Byte[value]
    }

    private static let c1Meaning: [UInt32: Unicode.Scalar] = {
        var meaning: [UInt32: Unicode.Scalar] = [:]
        for (value, byte) in windows1252Byte {
            if let scalar = Unicode.Scalar(value) { meaning[UInt32(byte)] = scalar }
        }
        return meaning
    }()

    /// Windows-1252's characters in 0x80–0x9F (where Latin-1 has C1 controls).
    private static let windows1252Byte: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
