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

    /// `properties.numericType != nil`: what `Character.isNumber` asks of a character's first scalar.
    @inlinable public var isNumeric: Bool {
        value < 0x80 ? value &- 0x30 < 10 : properties.numericType != nil
    }

    /// A letter of a script written without spaces between words, or whose words take their
    /// particles without one: Han, kana, Hangul (not their punctuation: 、 and ・ are not letters).
    @inlinable public var isWrittenWithoutSpaces: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035,
            0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            properties.isAlphabetic
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a `Character` of its own beside any scalar for which this holds
    /// too: the scalars the standard library's grapheme breaking settles without a table
    /// (Latin, modern Cyrillic and Arabic letters, general punctuation, CJK, kana, Hangul
    /// syllables), less CR, which joins a following LF. None of them is canonically equivalent
    /// to another scalar or sequence of such scalars.
    @inlinable public var isStandaloneCharacter: Bool {
        switch value {
        case 0x0D: false
        case 0x0000...0x02FF, 0x0400...0x0482, 0x061D...0x064A, 0x2010...0x2029, 0x3000...0x3029, 0x3041...0x3096,
            0x30A1...0x30FC, 0x3400...0xA4CF, 0xAC00...0xD7AF, 0xFF01...0xFF9D:
            true
        default: false
        }
    }
}

extension StringProtocol {
    /// Whether every scalar is a `Character` of its own (`Unicode.Scalar.isStandaloneCharacter`):
    /// then a loop over the scalars (or the bytes) cuts the text where a loop over its characters
    /// would, and such texts are equal as strings only when their scalars are. Nearly all news
    /// text is so. (Case is another matter: "ĸ" is an upper-case `Character` though its scalar
    /// is lower case.)
    @inlinable public var charactersAreScalars: Bool {
        for byte in utf8 where byte >= 0x80 || byte == 0x0D {
            // A non-ASCII text: decided scalar by scalar.
            return unicodeScalars.allSatisfy(\.isStandaloneCharacter)
        }
        return true
    }
}
