import Foundation

/// Decodes a document's bytes to text and says which encoding it used.
///
/// Order of evidence: a Unicode byte-order mark; UTF-16 without a mark (recognised by its NUL
/// pattern); valid UTF-8 (which wins over a declared single-byte charset, because pages that
/// declare ISO-8859-1 while serving UTF-8 are common and the reverse almost never validates);
/// the charset declared in the document (`<meta charset>`, `http-equiv`, XML declaration);
/// then Windows-1252, which decodes every byte, so French text never turns into "Ã©".
public enum TextDecoder {
    public struct Decoded: Sendable, Equatable {
        /// The text as valid UTF-8. HTML is parsed from these bytes; a `String` of a whole page
        /// is made only when asked for (`text`), since making one validates every byte again.
        public var utf8: [UInt8]
        /// WHATWG-style label of the encoding used: `utf-8`, `utf-16le`, `windows-1252`, …
        public var encoding: String
        /// True when invalid sequences were replaced with U+FFFD.
        public var lossy: Bool

        public var text: String { String(decoding: utf8, as: UTF8.self) }

        public init(text: String, encoding: String, lossy: Bool) {
            self.init(validUTF8: Array(text.utf8), encoding: encoding, lossy: lossy)
        }

        init(validUTF8 utf8: [UInt8], encoding: String, lossy: Bool) {
            self.utf8 = utf8
            self.encoding = encoding
            self.lossy = lossy
        }
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if let (encoding, bomLength) = unicodeBOMEncoding(of: bytes) {
            let body = Array(bytes[bomLength...])
            return decodeUnicode(body, as: encoding)
        }
        if let utf16 = looksLikeUTF16(bytes) {
            return decodeUnicode(bytes, as: utf16)
        }
        if bytes.withUnsafeBufferPointer(UTF8Validation.isValid) {
            return Decoded(validUTF8: bytes, encoding: "utf-8", lossy: false)
        }
        if let declared = CharsetDeclaration.find(in: bytes), declared != "utf-8",
            let text = SingleByteCodec.decode(bytes, label: declared) ?? decodeWithFoundation(bytes, label: declared)
        {
            return Decoded(text: text, encoding: declared, lossy: false)
        }
        if mostlyUTF8(bytes) {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", lossy: true)
        }
        return Decoded(text: SingleByteCodec.windows1252(bytes), encoding: "windows-1252", lossy: false)
    }

    /// The encoding named by a byte-order mark, and the mark's length.
    public static func unicodeBOMEncoding(of bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("utf-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("utf-32le", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("utf-32be", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("utf-16le", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("utf-16be", 2) }
        return nil
    }

    /// `utf-16le` or `utf-16be` when the bytes look like UTF-16 text without a mark: NUL bytes
    /// in nearly every other position (ASCII characters), and on one side only.
    public static func looksLikeUTF16(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 7 && evenZeros == 0 { return "utf-16le" }
        if evenZeros * 10 >= pairs * 7 && oddZeros == 0 { return "utf-16be" }
        return nil
    }

    private static func decodeUnicode(_ bytes: [UInt8], as encoding: String) -> Decoded {
        switch encoding {
        case "utf-8":
            if bytes.withUnsafeBufferPointer(UTF8Validation.isValid) {
                return Decoded(validUTF8: bytes, encoding: encoding, lossy: false)
            }
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: encoding, lossy: true)
        case "utf-16le", "utf-16be":
            let bigEndian = encoding == "utf-16be"
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            let lossy = bytes.count % 2 != 0 || String(validating: units, as: UTF16.self) == nil
            return Decoded(text: String(decoding: units, as: UTF16.self), encoding: encoding, lossy: lossy)
        default:  // utf-32
            let bigEndian = encoding == "utf-32be"
            var scalars = String.UnicodeScalarView()
            var lossy = bytes.count % 4 != 0
            var index = 0
            while index + 3 < bytes.count {
                let quad = bytes[index..<(index + 4)]
                let value = (bigEndian ? Array(quad) : quad.reversed()).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } else {
                    scalars.append("\u{FFFD}")
                    lossy = true
                }
                index += 4
            }
            return Decoded(text: String(scalars), encoding: encoding, lossy: lossy)
        }
    }

    /// True when invalid UTF-8 is noise in otherwise UTF-8 text: more valid multi-byte sequences
    /// than stray bytes. Windows-1252 text has almost no valid sequences (an accented letter is
    /// rarely followed by a byte in 0x80–0xBF): of over 3,000 French, German, Spanish, Italian and
    /// Portuguese sentences encoded in Windows-1252, not one reaches half (`TextDecoderTests`),
    /// while a UTF-8 text with a handful of broken bytes is far above it.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
            if length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return valid > invalid
    }

    private static func decodeWithFoundation(_ bytes: [UInt8], label: String) -> String? {
        let encodings: [String: String.Encoding] = [
            "windows-1250": .windowsCP1250, "iso-8859-2": .isoLatin2, "windows-1251": .windowsCP1251,
            "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS,
            "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
        ]
        guard let encoding = encodings[label] else { return nil }
        return String(bytes: bytes, encoding: encoding)
    }
}
