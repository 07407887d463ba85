import CPrefetch

/// One character n-gram table of the language model: hashed n-grams mapped to the languages
/// that know them, each with a quantised log-probability.
///
/// The file keeps the keys (in hash order) and their posting lists (see `ModelFile`); loading
/// builds an open-addressing hash table over the keys so that a lookup is one multiply and a
/// few probes within one cache line. Postings are read in place from the mapped file, and only
/// for keys with several: a key's only posting sits in its slot. (Words, looked up far less
/// often, are read in place: `WordTable`.)
struct NGramTable: Sendable {
    let codes: [String]
    /// The slots and postings, in memory that lives as long as the table.
    private let storage: Storage
    /// Quantisation step of the stored log-probabilities (steps per nat).
    static let stepsPerNat: Float = 8

    /// Reads one table from its mapped file, which stays mapped while the table lives.
    init(file mapped: MappedFile, name: String) throws(LanguageModelError) {
        let file = try ModelFile(bytes: mapped.bytes, name: name)
        guard file.postingCount < 1 << 24 else { throw .corrupt(name, "too many postings") }
        self.codes = file.codes
        self.storage = Storage(file: file, mapping: mapped)
    }

    @inline(__always)
    static func mix(_ key: UInt32) -> UInt32 { key &* 0x9E37_79B1 }

    /// Raw pointers into the table, valid while the table (or a copy of it) is alive: the
    /// scorer keeps the model alive around its use (`withExtendedLifetime`).
    var view: View { storage.view }

    /// Owns the table's memory and keeps its file mapped; immutable after creation, so it can
    /// be shared across threads.
    private final class Storage: @unchecked Sendable {
        let view: View
        private let slotMemory: ZeroedMemory
        private let mapping: MappedFile

        /// Hashes the file's keys, in file order (the build writes them in slot order, so the
        /// table fills front to back).
        init(file: ModelFile, mapping: MappedFile) {
            let keyCount = file.keyCount
            var bits: UInt32 = 4
            // At most 85 % full: probes stay within a cache line or two, and the tables of orders
            // 4 and 5 take 2 MB each instead of 4, so more of them stays in cache (scoring is bound
            // by these loads: `newsdesk language --lines` ran 13 % faster than at 3/4).
            while (1 << bits) * 17 < keyCount * 20 { bits += 1 }
            let shift = 32 - bits
            let slotMemory = ZeroedMemory(count: (1 << bits) * MemoryLayout<UInt64>.stride)
            self.slotMemory = slotMemory
            self.mapping = mapping
            let slots = slotMemory.bytes.bindMemory(to: UInt64.self)
            let postings = file.postings
            let mask = slots.count - 1
            var start = 0
            // Keys come in the order of their home slots, so each one's probe can start past the
            // run the previous keys filled (`next`): the same slots linear probing gives, without
            // walking runs that grow long in a table 85 % full. A key out of order (a file not
            // written by the build) just probes from its home.
            var previousHome = 0
            var next = 0
            for index in 0..<keyCount {
                let key = file.key(index)
                let home = Int(NGramTable.mix(key) >> shift)
                var slot = home
                if home >= previousHome && next <= mask {
                    slot = max(home, next)
                    previousHome = home
                } else {
                    previousHome = Int.max
                }
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                next = slot + 1
                let count = file.counts[index]
                // Most keys have one posting: the slot holds it (count 0), which saves the scorer
                // a load from the postings, usually a cache miss.
                let field = count == 1 ? UInt64(View.posting(start, of: postings)) : UInt64(start)
                slots[slot] = UInt64(key) << 32 | field << 8 | UInt64(count == 1 ? 0 : count)
                start += Int(count)
            }
            view = View(slots: UnsafeBufferPointer(slots), postings: postings, shift: shift)
        }
    }

    struct View: @unchecked Sendable {
        let slots: UnsafeBufferPointer<UInt64>
        /// The file's postings: 16-bit little-endian values, not necessarily aligned.
        let postings: UnsafeRawBufferPointer
        let shift: UInt32

        @inline(__always)
        static func posting(_ index: Int, of postings: UnsafeRawBufferPointer) -> UInt16 {
            UInt16(littleEndian: postings.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self))
        }

        /// The slot entry of a key (its only posting, or the start and count of its postings),
        /// 0 when the key is unknown.
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
        func prefetchPostings(of entry: UInt64) {
            let count = Int(truncatingIfNeeded: entry & 0xFF)
            let field = Int(truncatingIfNeeded: (entry >> 8) & 0xFF_FFFF)
            guard count > 0, let base = postings.baseAddress else { return }
            newsdesk_prefetch(base + 2 * field)
            newsdesk_prefetch(base + 2 * (field + count) - 1)
        }

        /// Calls `body` with each posting of a slot entry: the one the slot holds, or those it
        /// points to.
        @inline(__always)
        func forEachPosting(of entry: UInt64, _ body: (UInt16) -> Void) {
            let count = Int(truncatingIfNeeded: entry & 0xFF)
            let field = Int(truncatingIfNeeded: (entry >> 8) & 0xFF_FFFF)
            guard count > 0 else { return body(UInt16(truncatingIfNeeded: field)) }
            for index in field..<(field + count) { body(Self.posting(index, of: postings)) }
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
