/// The parts of one model file, as written by scripts/build-langid-model.py: views into its
/// bytes (valid while the bytes are), checked for size and consistency, not copied.
struct ModelFile {
    var codes: [String] = []
    var extras: [Float] = []
    /// 32-bit little-endian keys, in the order of their hash (`NGramTable.mix`).
    let keys: UnsafeRawBufferPointer
    /// Per key: how many postings it has.
    let counts: UnsafeRawBufferPointer
    /// 16-bit little-endian postings (language << 8 | quantised -log-probability), key by key.
    let postings: UnsafeRawBufferPointer

    var keyCount: Int { counts.count }
    var postingCount: Int { postings.count / 2 }

    init(bytes: UnsafeRawBufferPointer, name: String) throws(LanguageModelError) {
        var reader = ByteReader(bytes: bytes, name: name)
        guard Array(try reader.bytes(4)) == Array("NDLM".utf8) else { throw .corrupt(name, "bad magic") }
        guard try reader.u32() == 1 else { throw .corrupt(name, "unknown version") }
        let languageCount = Int(try reader.u32())
        for _ in 0..<languageCount {
            let raw = try reader.bytes(4).prefix { $0 != 0 }
            codes.append(String(decoding: raw, as: UTF8.self))
            extras.append(Float(bitPattern: try reader.u32()))
        }
        let keyCount = Int(try reader.u32())
        keys = try reader.bytes(keyCount * 4)
        counts = try reader.bytes(keyCount)
        let postingCount = Int(try reader.u32())
        postings = try reader.bytes(postingCount * 2)
        guard ByteSum.of(counts) == postingCount else { throw .corrupt(name, "posting counts do not add up") }
    }

    /// The key at `index` (< keyCount).
    @inline(__always)
    func key(_ index: Int) -> UInt32 {
        UInt32(littleEndian: keys.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }
}

/// Little-endian reads with bounds checks, for the model files.
private struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    let name: String
    var offset = 0

    mutating func bytes(_ count: Int) throws(LanguageModelError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw .corrupt(name, "truncated") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func u32() throws(LanguageModelError) -> UInt32 {
        UInt32(littleEndian: try bytes(4).loadUnaligned(as: UInt32.self))
    }
}
