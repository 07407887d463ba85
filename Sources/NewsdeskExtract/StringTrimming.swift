extension StringProtocol {
    /// The text without leading and trailing whitespace.
    var trimmingSpaces: SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<end]
    }
}

extension StringProtocol {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that does not
    /// continue a sequence starts a scalar): `unicodeScalars.count` walks scalar by scalar.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.count(where: { $0 & 0xC0 != 0x80 }) }
            ?? unicodeScalars.count
    }
}
