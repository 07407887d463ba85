#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The other byte-wise string helpers (`containsBytes`, `rangeOfBytes`, `hasPrefixBytes`,
// `scalarCount`, `ByteSearch`) are public in NewsdeskText. This one stays here while the HTML
// entity decoder that calls it (EntityText.swift) does not import NewsdeskText: with
// MemberImportVisibility, an extension member is visible only in files that import its module.
extension String {
    /// Whether the UTF-8 of the string holds `byte`: libc's `memchr`, where iterating the
    /// UTF-8 view goes a byte at a time through the view's indices.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}
