/// One table of the language model: hashed keys (character n-grams or words) mapped to the
/// languages that know them, each with a quantised log-probability.
///
/// The file keeps sorted keys and posting lists (see scripts/build-langid-model.py); loading
/// builds an open-addressing hash table so that a lookup is one multiply and a few probes
/// within one cache line.
struct NGramTable: Sendable {
    /// Per language: a number the build attached (for words, log of the share of running text
    /// the kept words cover; unused for n-grams).
    let extras: [Float]
    let codes: [String]
    /// The slots and postings, in memory that lives as long as the table.
    private let storage: Storage
    /// Quantisation step of the stored log-probabilities (steps per nat).
    static let stepsPerNat: Float = 8

    /// Reads one table from the parts it was written in (one file, or the halves of the word
    /// table); the parts must name the same languages.
    init(parts: [(bytes: [UInt8], name: String)]) throws(LanguageModelError) {
        var keys: [UInt32] = []
        var counts: [UInt8] = []
        var postings: [UInt16] = []
        var header: (codes: [String], extras: [Float])?
        for part in parts {
            let file = try File(bytes: part.bytes, name: part.name)
            if let header, header.codes != file.codes { throw .corrupt(part.name, "languages differ from the other parts") }
            header = header ?? (file.codes, file.extras)
            keys += file.keys
            counts += file.counts
            postings += file.postings
        }
        guard postings.count < 1 << 24 else { throw .corrupt(parts.first?.name ?? "", "too many postings") }

        var bits: UInt32 = 4
        // At most 3/4 full: linear probing stays short, and the table stays small enough that
        // more of it sits in cache (lookups are the cost of scoring).
        while (1 << bits) * 3 < keys.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        var start = 0
        for (key, count) in zip(keys, counts) {
            var slot = Int(Self.mix(key) >> (32 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | UInt64(start) << 8 | UInt64(count)
            start += Int(count)
        }
        self.codes = header?.codes ?? []
        self.extras = header?.extras ?? []
        self.storage = Storage(slots: slots, postings: postings, shift: 32 - bits)
    }

    @inline(__always)
    static func mix(_ key: UInt32) -> UInt32 { key &* 0x9E37_79B1 }

    /// Raw pointers into the table, valid while the table (or a copy of it) is alive: the
    /// scorer keeps the model alive around its use (`withExtendedLifetime`).
    var view: View { storage.view }

    /// Owns the table's memory; immutable after creation, so it can be shared across threads.
    private final class Storage: @unchecked Sendable {
        let view: View
        private let slots: UnsafeMutableBufferPointer<UInt64>
        private let postings: UnsafeMutableBufferPointer<UInt16>

        init(slots: [UInt64], postings: [UInt16], shift: UInt32) {
            self.slots = .allocate(capacity: slots.count)
            _ = self.slots.initialize(from: slots)
            self.postings = .allocate(capacity: max(postings.count, 1))
            _ = self.postings.initialize(from: postings)
            view = View(slots: UnsafeBufferPointer(self.slots),
                        postings: UnsafeBufferPointer(rebasing: self.postings[0..<postings.count]), shift: shift)
        }

        deinit {
            slots.deallocate()
            postings.deallocate()
        }
    }

    struct View: @unchecked Sendable {
        let slots: UnsafeBufferPointer<UInt64>
        let postings: UnsafeBufferPointer<UInt16>
        let shift: UInt32

        /// The postings of a key; empty when the key is unknown.
        @inline(__always)
        func lookup(_ key: UInt32) -> Slice<UnsafeBufferPointer<UInt16>> {
            postings(of: entry(key))
        }

        /// The slot entry of a key (start and count of its postings), 0 when the key is unknown.
        @inline(__always)
        func entry(_ key: UInt32) -> UInt64 {
            let mask = slots.count - 1
            var slot = Int(NGramTable.mix(key) >> shift)
            while true {
                let entry = slots[slot]
                if entry == 0 || UInt32(truncatingIfNeeded: entry >> 32) == key { return entry }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always)
        func postings(of entry: UInt64) -> Slice<UnsafeBufferPointer<UInt16>> {
            let start = Int(truncatingIfNeeded: (entry >> 8) & 0xFF_FFFF)
            return postings[start..<(start + Int(truncatingIfNeeded: entry & 0xFF))]
        }
    }
}

/// The contents of one model file, as written by scripts/build-langid-model.py.
private struct File {
    var codes: [String] = []
    var extras: [Float] = []
    var keys: [UInt32] = []
    var counts: [UInt8] = []
    var postings: [UInt16] = []

    init(bytes: [UInt8], name: String) throws(LanguageModelError) {
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
        keys = try reader.u32s(keyCount)
        counts = Array(try reader.bytes(keyCount))
        let postingCount = Int(try reader.u32())
        postings = try reader.u16s(postingCount)
        guard counts.reduce(0, { $0 + Int($1) }) == postingCount else {
            throw .corrupt(name, "posting counts do not add up")
        }
    }
}

/// FNV-1a, 64-bit, folded to the 32-bit keys the build script writes (never 0).
struct KeyHasher {
    private(set) var state: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    var key: UInt32 {
        let key = UInt32(truncatingIfNeeded: state)
        return key == 0 ? 1 : key
    }
}

/// Little-endian reads with bounds checks, for the model files.
private struct ByteReader {
    let bytes: [UInt8]
    let name: String
    var offset = 0

    mutating func bytes(_ count: Int) throws(LanguageModelError) -> ArraySlice<UInt8> {
        guard count >= 0, offset + count <= bytes.count else { throw .corrupt(name, "truncated") }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func u32() throws(LanguageModelError) -> UInt32 {
        let raw = try bytes(4)
        let b = raw.startIndex
        return UInt32(raw[b]) | UInt32(raw[b + 1]) << 8 | UInt32(raw[b + 2]) << 16 | UInt32(raw[b + 3]) << 24
    }

    /// `count` little-endian values in one bounds check (the model's big arrays).
    mutating func u32s(_ count: Int) throws(LanguageModelError) -> [UInt32] {
        let raw = try bytes(count * 4)
        return raw.withUnsafeBytes { buffer in
            (0..<count).map { UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
        }
    }

    mutating func u16s(_ count: Int) throws(LanguageModelError) -> [UInt16] {
        let raw = try bytes(count * 2)
        return raw.withUnsafeBytes { buffer in
            (0..<count).map { UInt16(littleEndian: buffer.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self)) }
        }
    }
}
