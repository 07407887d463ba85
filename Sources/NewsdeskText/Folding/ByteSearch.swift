// Public: the inlinable searches below call libc's memchr and memcmp in their callers' code.
#if canImport(Glibc)
public import Glibc
#elseif canImport(Darwin)
public import Darwin
#endif

extension String {
    /// Whether the UTF-8 of the string holds `byte`: libc's `memchr`, where iterating the
    /// UTF-8 view goes a byte at a time through the view's indices.
    @inlinable
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Byte-wise substring test (both sides already folded); much cheaper than the
    /// Unicode-aware `contains` for the short lines checked here.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool { rangeOfBytes(needle) != nil }

    /// Where `needle` first (or, `backwards`, last) occurs, compared byte by byte: the exact
    /// spelling, with none of Foundation's `range(of:)` cost of comparing characters.
    @inlinable
    public func rangeOfBytes(_ needle: String, backwards: Bool = false) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        let found: Int? = haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                backwards ? ByteSearch.lastOffset(of: pattern, in: text) : ByteSearch.firstOffset(of: pattern, in: text)
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Byte-wise prefix test: one `memcmp`, where `utf8.starts(with:)` steps both views'
    /// indices a byte at a time. Callers try many prefixes in turn: most differ in the
    /// first byte, which is checked before the buffers are opened.
    @inlinable
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        guard let first = prefix.utf8.first else { return true }
        guard utf8.first == first, prefix.utf8.count <= utf8.count else { return false }
        var text = self
        var prefix = prefix
        return text.withUTF8 { bytes in
            prefix.withUTF8 { start in
                guard let base = bytes.baseAddress, let startBase = start.baseAddress else { return false }
                return memcmp(base, startBase, start.count) == 0
            }
        }
    }
}

extension StringProtocol {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that does not
    /// continue a sequence starts a scalar): `unicodeScalars.count` walks scalar by scalar.
    /// Scalars are what the article contract's offsets count.
    @inlinable
    public var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.count(where: { $0 & 0xC0 != 0x80 }) }
            ?? unicodeScalars.count
    }
}

/// Byte-string search on UTF-8 buffers.
public enum ByteSearch {
    /// The offset of the first occurrence of `pattern` in `text` (0 for an empty pattern):
    /// libc's `memchr` finds each candidate first byte, `memcmp` checks the rest.
    @inlinable
    public static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard text.count >= pattern.count, let base = text.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        let lastStart = text.count - pattern.count
        var index = 0
        while index <= lastStart, let hit = memchr(base + index, Int32(first), lastStart - index + 1) {
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, patternBase, pattern.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// The offset of the last occurrence of `pattern` in `text` (0 for an empty pattern).
    @inlinable
    public static func lastOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard text.count >= pattern.count, let base = text.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        var index = text.count - pattern.count
        while index >= 0 {
            if base[index] == first && memcmp(base + index, patternBase, pattern.count) == 0 { return index }
            index -= 1
        }
        return nil
    }
}
