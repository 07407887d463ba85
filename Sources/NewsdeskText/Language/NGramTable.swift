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

    init(bytes: [UInt8], name: String) throws(LanguageModelError) {
        var reader = ByteReader(bytes: bytes, name: name)
        guard Array(try reader.bytes(4)) == Array("NDLM".utf8) else { throw .corrupt(name, "bad magic") }
        guard try reader.u32() == 1 else { throw .corrupt(name, "unknown version") }
        let languageCount = Int(try reader.u32())
        var codes: [String] = []
        var extras: [Float] = []
        for _ in 0..<languageCount {
            let raw = try reader.bytes(4).prefix { $0 != 0 }
            codes.append(String(decoding: raw, as: UTF8.self))
            extras.append(Float(bitPattern: try reader.u32()))
        }
        let keyCount = Int(try reader.u32())
        var keys: [UInt32] = []
        keys.reserveCapacity(keyCount)
        for _ in 0..<keyCount { keys.append(try reader.u32()) }
        let counts = try reader.bytes(keyCount)
        let postingCount = Int(try reader.u32())
        var postings: [UInt16] = []
        postings.reserveCapacity(postingCount)
        for _ in 0..<postingCount { postings.append(try reader.u16()) }
        guard counts.reduce(0, { $0 + Int($1) }) == postingCount, postingCount < 1 << 24 else {
            throw .corrupt(name, "posting counts do not add up")
        }

        var bits: UInt32 = 4
        // At most 3/4 full: linear probing stays short, and the table stays small enough that
        // more of it sits in cache (lookups are the cost of scoring).
        while (1 << bits) * 3 < keyCount * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        var start = 0
        for (key, count) in zip(keys, counts) {
            var slot = Int(Self.mix(key) >> (32 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | UInt64(start) << 8 | UInt64(count)
            start += Int(count)
        }
        self.codes = codes
        self.extras = extras
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

    mutating func u16() throws(LanguageModelError) -> UInt16 {
        let raw = try bytes(2)
        return UInt16(raw[raw.startIndex]) | UInt16(raw[raw.startIndex + 1]) << 8
    }
}
