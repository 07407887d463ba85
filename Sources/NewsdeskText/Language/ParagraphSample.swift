import NewsdeskCore

/// Byte-level measures of one paragraph's UTF-8 for `DocumentLanguage`: how many bytes its first
/// characters take and whether it has enough letters to be judged, without building Strings.
enum ParagraphSample {
    /// The UTF-8 length of `bytes`' first `characters` Characters (grapheme clusters), the same
    /// as `String(decoding: bytes, as: UTF8.self).prefix(characters).utf8.count` for valid UTF-8.
    ///
    /// Walks scalars while each stands for one Character on its own (`isLoneCharacter`), and hands
    /// the rest to String's grapheme breaking at the first scalar that might join its neighbour.
    static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Int {
        var decoder = ScalarOffsets(bytes)
        var counted = 0
        while let (value, start) = decoder.next() {
            guard isLoneCharacter(value) else { return slowPrefixLength(bytes, characters: characters) }
            // Before the next Character starts: the previous scalar ended a Character since the
            // current one cannot extend it.
            if counted == characters { return start }
            counted += 1
        }
        return bytes.count
    }

    /// Whether at least `minimum` scalars of `bytes` are alphabetic (`Unicode.Scalar.Properties.isAlphabetic`).
    static func hasLetters(_ bytes: UnsafeBufferPointer<UInt8>, minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        var decoder = ScalarOffsets(bytes)
        var letters = 0
        while let (value, _) = decoder.next() {
            let isLetter: Bool
            if value < 0x80 {
                isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
            } else {
                isLetter = Unicode.Scalar(value)?.isAlphabetic ?? false
            }
            if isLetter {
                letters += 1
                if letters >= minimum { return true }
            }
        }
        return false
    }

    /// A scalar that forms a Character by itself next to any other such scalar: no Unicode
    /// grapheme rule (CR LF, Hangul, Extend, ZWJ, SpacingMark, Prepend, regional indicators,
    /// Indic conjuncts) joins it to a neighbour, and controls break on both sides anyway.
    /// Covers Latin, its diacritics as precomposed letters, and general punctuation.
    @inline(__always)
    static func isLoneCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case 0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: true
        default: false
        }
    }

    private static func slowPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Int {
        String(decoding: bytes, as: UTF8.self).prefix(characters).utf8.count
    }
}

/// Unicode scalar values of valid UTF-8 with the byte offset each starts at.
struct ScalarOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func next() -> (UInt32, Int)? {
        guard index < bytes.count else { return nil }
        let start = index
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            return (UInt32(lead), start)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        let end = min(index + length, bytes.count)
        index += 1
        while index < end, bytes[index] & 0xC0 == 0x80 {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
        }
        return (value, start)
    }
}
