/// The sum of a run of bytes, eight at a time: the model files' posting counts are summed at
/// every start (640,000 of them for the word table), and byte by byte that was millions of
/// instructions.
enum ByteSum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> Int {
        var total = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // Four 16-bit lanes of byte pairs (each at most 510); the multiply adds the lanes
            // into the top one.
            let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
            total += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
            offset += 8
        }
        while offset < bytes.count {
            total += Int(bytes[offset])
            offset += 1
        }
        return total
    }
}
