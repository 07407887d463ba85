public import NewsdeskCore

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`: ASCII and
    /// Unicode spaces, line ends) and without a leading byte-order mark (U+FEFF). The string
    /// itself when there is nothing to trim. Unlike `TextFold.trim`, zero-width spaces stay.
    @inlinable
    public var whitespaceTrimmed: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isWhitespace || scalars[start].value == 0xFEFF {
            start = scalars.index(after: start)
        }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].isWhitespace else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
