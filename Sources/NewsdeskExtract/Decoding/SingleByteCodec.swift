/// Single-byte Latin decoders that never fail: Windows-1252 (which WHATWG also uses for
/// ISO-8859-1 and ASCII labels) and ISO-8859-15.
enum SingleByteCodec {
    static func decode(_ bytes: [UInt8], label: String) -> String? {
        switch label {
        case "windows-1252": windows1252(bytes)
        case "iso-8859-15": iso885915(bytes)
        default: nil
        }
    }

    /// Windows-1252 as browsers decode it: 0x80–0x9F are the typographic characters (€, ‘, ’,
    /// “, ”, –, …), and the five bytes it leaves undefined map to the C1 controls of the same value.
    static func windows1252(_ bytes: [UInt8]) -> String {
        // UTF-8 is built directly: appending scalars to a String one at a time costs far more.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else if byte >= 0xA0 {
                utf8.append(0xC0 | byte >> 6)
                utf8.append(0x80 | byte & 0x3F)
            } else {
                utf8.appendUTF8(windows1252High[Int(byte - 0x80)])
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// ISO-8859-15: Latin-1 with eight code points replaced (€, Š, š, Ž, ž, Œ, œ, Ÿ).
    static func iso885915(_ bytes: [UInt8]) -> String {
        let replaced: [UInt8: UInt32] = [
            0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(replaced[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    /// Code points of Windows-1252 bytes 0x80–0x9F.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
