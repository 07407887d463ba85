/// Folding of short lines for keyword comparison: lower case, Latin diacritics removed,
/// typographic apostrophes and dashes made plain, runs of space collapsed, and a space
/// before a colon removed ("Crédit photo :" → "credit photo:"). No Foundation, no locale.
///
/// Every stage that compares words with a word list folds both sides the same way:
/// `fold` for a line ("Mis à jour :" → "mis a jour:"), `key` for its words alone
/// ("mis a jour"), `matchKey` for both in one call. The generic entry points are inlinable, so
/// that a caller in another module calls the byte loop directly, as the extractor's hot paths do.
public enum TextFold {
    /// The folded form of `text`: lower case in every script, common Latin letters without their
    /// diacritics ("É" → "e", "Æ" → "ae", "ß" → "ss"), typographic quotes, apostrophes and dashes
    /// made plain, soft hyphens and zero-width spaces dropped, white space collapsed to single
    /// spaces without leading or trailing ones, and no space before a colon.
    @inlinable
    public static func fold(_ text: some StringProtocol) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ fold(utf8: $0) }) { return result }
        var copy = String(text)
        return copy.withUTF8 { fold(utf8: $0) }
    }

    /// `fold` on valid UTF-8, written byte by byte straight into the string's storage: ASCII
    /// (most of every line) never leaves the fast path, the common non-ASCII scalars are read
    /// from a table, and no `String.UnicodeScalarView` is grown scalar by scalar.
    @usableFromInline
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // A scalar's folded form takes at most one and a half times its bytes (the lower case
        // of U+023A "Ⱥ" takes three); white space only ever shrinks.
        String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = written > 0
                        continue
                    }
                    if byte == 0x3A {  // ':' swallows the space before it
                        pendingSpace = false
                    }
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    output[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    written += 1
                    continue
                }
                let (scalar, length) = decodeScalar(bytes, at: index)
                let form = ScalarForm.of(scalar)
                defer { index += length }
                if form.kind == .space {
                    pendingSpace = written > 0
                    continue
                }
                if form.kind == .replaced && form.count == 0 { continue }
                if pendingSpace {
                    output[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                switch form.kind {
                case .replaced:
                    var replacement = form.bytes
                    for _ in 0..<form.count {
                        output[written] = UInt8(truncatingIfNeeded: replacement)
                        written += 1
                        replacement >>= 8
                    }
                case .lowercased:
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                        UTF8.encode(lowered) { unit in
                            output[written] = unit
                            written += 1
                        }
                    }
                case .original, .space:
                    for offset in index..<(index + length) {
                        output[written] = bytes[offset]
                        written += 1
                    }
                }
            }
            return written
        }
    }

    /// What `fold` writes for a non-ASCII scalar.
    private struct ScalarForm {
        enum Kind { case original, space, lowercased, replaced }
        var kind: Kind
        /// For `.replaced`: up to three bytes, the first in the low byte, and how many (none
        /// for a dropped invisible character).
        var bytes: UInt32 = 0
        var count = 0

        /// The form of `scalar`: from the table for two-byte scalars, else worked out.
        @inline(__always)
        static func of(_ scalar: Unicode.Scalar) -> ScalarForm {
            let value = scalar.value
            return value < 0x800 ? twoByte[Int(value) - 0x80] : workedOut(scalar)
        }

        /// The form of every scalar from U+0080 to U+07FF (Latin, Greek, Cyrillic, Armenian,
        /// Hebrew, Arabic): their lower case is spelled out, so that no Unicode property is
        /// looked up per scalar.
        private static let twoByte: [ScalarForm] = (0x80..<0x800).map { value in
            let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
            let form = workedOut(scalar)
            guard form.kind == .lowercased else { return form }
            // At most three bytes: the lower case of a two-byte scalar is at most half as long again.
            let lowered = Array(scalar.properties.lowercaseMapping.utf8)
            return ScalarForm(kind: .replaced, bytes: lowered.reversed().reduce(0) { $0 << 8 | UInt32($1) }, count: lowered.count)
        }

        private static func workedOut(_ scalar: Unicode.Scalar) -> ScalarForm {
            let value = scalar.value
            if isSpace(value) { return ScalarForm(kind: .space) }
            if value == 0x200B || value == 0xFEFF || value == 0xAD { return ScalarForm(kind: .replaced) }
            if let replacement = latin(value) {
                return ScalarForm(kind: .replaced, bytes: replacement.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) },
                                  count: replacement.utf8.count)
            }
            return ScalarForm(kind: scalar.properties.changesWhenLowercased ? .lowercased : .original)
        }
    }

    /// A folded line reduced to its words: letters and digits, one space between words, no
    /// punctuation ("a lire aussi :" → "a lire aussi", "mots-cles" → "mots cles"). Without
    /// `spaced`, the words are run together. Letters are kept as given: fold the text first
    /// (or call `matchKey`) to ignore case and accents.
    @inlinable
    public static func key(_ folded: some StringProtocol, spaced: Bool = true) -> String {
        if let result = folded.utf8.withContiguousStorageIfAvailable({ key(utf8: $0, spaced: spaced) }) { return result }
        var copy = String(folded)
        return copy.withUTF8 { key(utf8: $0, spaced: spaced) }
    }

    /// Lower-cased, accent-free letters and digits separated by single spaces, `key(fold(text))`:
    /// the form in which word lists (furniture cues, function words, newsroom names) and learned
    /// template lines are compared ("Partager  l’article :" → "partager l article").
    @inlinable
    public static func matchKey(_ text: some StringProtocol) -> String {
        key(fold(text))
    }

    @usableFromInline
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>, spaced: Bool) -> String {
        // Every word byte is kept and a space stands for at least one other byte.
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                let length: Int
                let isWord: Bool
                if byte < 0x80 {
                    length = 1
                    isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                } else {
                    let decoded = decodeScalar(bytes, at: index)
                    length = decoded.length
                    isWord = isAlphabetic(decoded.scalar)
                }
                if isWord {
                    if pendingSpace && written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    for offset in index..<(index + length) {
                        output[written] = bytes[offset]
                        written += 1
                    }
                } else {
                    pendingSpace = spaced
                }
                index += length
            }
            return written
        }
    }

    /// `Unicode.Scalar.properties.isAlphabetic`, from a table for two-byte scalars.
    @inlinable @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        return value < 0x800 ? twoByteAlphabetic[Int(value) - 0x80] : scalar.properties.isAlphabetic
    }

    @usableFromInline
    static let twoByteAlphabetic: [Bool] = (0x80..<0x800).map { (Unicode.Scalar(UInt32($0)) ?? " ").properties.isAlphabetic }

    /// The scalar that starts at `index` of valid UTF-8 (a lead byte), and its length in bytes.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            length = 2
            value = lead & 0x1F
        } else if lead < 0xF0 {
            length = 3
            value = lead & 0x0F
        } else {
            length = 4
            value = lead & 0x07
        }
        if index + length > count { return ("\u{FFFD}", count - index) }
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// A letter (alphabetic in any script) or an ASCII digit: what `key` keeps.
    @inlinable
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        return isAlphabetic(scalar)
    }

    /// Whether the scalar value is Unicode white space (the `White_Space` property: ASCII
    /// spaces and controls, U+0085, no-break, typographic and ideographic spaces, line and
    /// paragraph separators).
    @inlinable
    public static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Base letters for common accented Latin letters, and plain forms of typographic marks.
    private static func latin(_ value: UInt32) -> String? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
        case 0xC6, 0xE6: return "ae"
        case 0xC7, 0xE7, 0x106...0x10D: return "c"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
        case 0xD1, 0xF1, 0x143...0x148: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
        case 0x152, 0x153: return "oe"
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
        case 0xDD, 0xFD, 0xFF, 0x178: return "y"
        case 0xDF: return "ss"
        case 0x10E...0x111: return "d"
        case 0x11C...0x123: return "g"
        case 0x139...0x142: return "l"
        case 0x154...0x159: return "r"
        case 0x15A...0x161: return "s"
        case 0x162...0x167: return "t"
        case 0x179...0x17E: return "z"
        case 0x2018, 0x2019, 0x201B, 0x2032, 0xB4, 0x60: return "'"
        case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        default: return nil
        }
    }

    /// The line without white space, byte-order marks, zero-width spaces and the given edge
    /// characters at both ends. `extra` is a short list: a literal set would be built and hashed
    /// at every call.
    @inlinable
    public static func trim(_ text: some StringProtocol, extra: [Unicode.Scalar] = []) -> Substring {
        let string = Substring(text)
        let scalars = string.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func strip(_ scalar: Unicode.Scalar) -> Bool {
            isSpace(scalar.value) || scalar.value == 0xFEFF || scalar.value == 0x200B
                || (!extra.isEmpty && extra.contains(scalar))
        }
        while start < end, strip(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard strip(scalars[before]) else { break }
            end = before
        }
        return Substring(scalars[start..<end])
    }

    /// At most `limit` scalars of `text`, cut at a word boundary (a space in the second half)
    /// with an ellipsis after them.
    public static func truncate(_ text: String, to limit: Int = 200) -> String {
        guard text.scalarCount > limit else { return text }
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var lastSpace: (index: String.Index, count: Int)?
        for count in 0..<limit {
            if scalars[end] == " " { lastSpace = (end, count) }
            end = scalars.index(after: end)
        }
        if let lastSpace, lastSpace.count > limit / 2 { end = lastSpace.index }
        return String(scalars[..<end]) + "…"
    }
}
