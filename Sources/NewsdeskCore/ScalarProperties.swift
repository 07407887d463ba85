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
}
