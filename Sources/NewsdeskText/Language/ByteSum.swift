/// The sum of a run of bytes, eight at a time: the model files' posting counts are summed at
/// every start (640,000 of them for the word table), and byte by byte that was millions of
/// instructions.
enum ByteSum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> Int {
        var total = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            // Four 16-bit lanes of byte pairs, each at most 510 a word: 128 words fit in 16 bits.
            var lanes: UInt64 = 0
            let end = min(offset + 128 * 8, bytes.count & ~7)
            while offset < end {
                let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                lanes &+= (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
                offset += 8
            }
            total += Int(lanes & 0xFFFF) + Int((lanes >> 16) & 0xFFFF) + Int((lanes >> 32) & 0xFFFF) + Int(lanes >> 48)
        }
        while offset < bytes.count {
            total += Int(bytes[offset])
            offset += 1
        }
        return total
    }
}
