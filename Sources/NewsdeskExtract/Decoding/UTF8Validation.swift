/// UTF-8 validation that skips ASCII eight bytes at a time. Pages are mostly ASCII markup,
/// and the standard library's check (`String(validating:)`) reads them byte by byte: it was
/// 7 % of extraction's instructions. Accepts exactly what RFC 3629 allows: no overlong forms,
/// no surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawPointer(base)
        while index < count {
            // Long ASCII runs 32 bytes at a time, then a word at a time.
            while index + 32 <= count,
                (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                    & 0x8080_8080_8080_8080 == 0
            {
                index += 32
            }
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(lead: lead, at: index, in: bytes) else { return false }
            index += length
        }
        return true
    }

    /// The length of the valid sequence that `lead` starts at `index`, or nil.
    @inline(__always)
    private static func sequenceLength(lead: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return nil  // a continuation byte, an overlong two-byte lead (C0, C1) or F5–FF
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3: return value >= 0x800 && !(0xD800...0xDFFF).contains(value) ? length : nil
        case 4: return value >= 0x1_0000 && value <= 0x10_FFFF ? length : nil
        default: return length
        }
    }
}
