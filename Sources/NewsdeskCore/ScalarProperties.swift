/// Unicode properties with an ASCII shortcut. `Unicode.Scalar.Properties` looks every scalar up
/// in the standard library's tables, ASCII included; in news text nearly every scalar is ASCII,
/// and these answers were a few percent of extraction time.
extension Unicode.Scalar {
    /// `properties.isAlphabetic`.
    @inlinable public var isAlphabetic: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// `properties.isWhitespace`.
    @inlinable public var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }

    /// `properties.isUppercase`.
    @inlinable public var isUppercase: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inlinable public var isLowercase: Bool {
        value < 0x80 ? value &- 0x61 < 26 : properties.isLowercase
    }

    /// A letter of a script written without spaces between words, or whose words take their
    /// particles without one: Han, kana, Hangul (not their punctuation: 、 and ・ are not letters).
    public var isWrittenWithoutSpaces: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035,
            0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            properties.isAlphabetic
        default: false
        }
    }
}
