extension String {
    /// The string of these scalars, encoded straight into the string's UTF-8 storage.
    ///
    /// `String(String.UnicodeScalarView(scalars))`, or appending to a `String.UnicodeScalarView`,
    /// says the same, but goes through the standard library's generic path (an array of UTF-32
    /// code units, then a repairing decode): thousands of instructions for a short word, where
    /// the extractor cuts titles, names and dates out of scalar arrays thousands of times a page.
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += Unicode.UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for scalar in scalars {
                let width = Unicode.UTF8.width(scalar)
                String.encode(scalar, width: width, into: buffer, at: count)
                count += width
            }
            return count
        }
    }

    /// Writes the `width`-byte UTF-8 form of `scalar` at `offset`.
    @usableFromInline @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        let value = scalar.value
        switch width {
        case 1:
            buffer[offset] = UInt8(truncatingIfNeeded: value)
        case 2:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        case 3:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        default:
            buffer[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        }
    }
}
