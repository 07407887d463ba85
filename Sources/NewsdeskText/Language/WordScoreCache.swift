import CPrefetch

/// Remembers each word's per-language score across calls, for streams of many short texts
/// (`newsdesk language --lines`, the paragraphs of extracted articles), where the same common
/// words come back text after text.
///
/// A word's score for a language does not depend on the other candidates, so the cache only
/// needs to know which languages it holds scores for; it clears itself when used with an
/// identifier restricted to other languages, and when it is full. Not thread-safe: give each
/// thread its own.
///
/// Most words of a text are found here, so a lookup is one multiply and a probe or two in a
/// flat table keyed by the word's 48-bit key (a Dictionary's hashing and exclusivity checks
/// were a third of the cost of a found word).
public final class WordScoreCache {
    /// At most 65,536 words: a slot holds its word's row number in 16 bits.
    let capacity: Int
    /// Open addressing with linear probing. A slot is a word key (never 0) and the number of its
    /// row of scores in `scores`, packed in 64 bits: one load per probe, and eight slots to a
    /// cache line, so that the table of a 50,000-word cache takes 1 MB and mostly stays cached.
    /// An all-zero slot is a free one.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let slotMemory: ZeroedMemory
    private let shift: UInt64
    private static let rowBits: UInt64 = 16
    /// One row of scores (one per model language) per cached word; allocated at first use,
    /// when the row length is known. Both tables are zeroed pages from the kernel, faulted in as
    /// the cache fills (huge pages where granted), not cleared up front: megabytes of memset
    /// and thousands of page faults were a millisecond or more of every run's start.
    @exclusivity(unchecked) private var scores = UnsafeMutableBufferPointer<Double>(start: nil, count: 0)
    @exclusivity(unchecked) private var scoreMemory: ZeroedMemory?
    @exclusivity(unchecked) private var rowLength = 0
    @exclusivity(unchecked) private(set) var count = 0
    private var owner: Set<String>?? = .none

    public init(capacity: Int = 20_000) {
        self.capacity = min(max(capacity, 1), 1 << Int(Self.rowBits))
        // At most half full: probes stay short.
        var bits = 4
        while 1 << bits < self.capacity * 2 { bits += 1 }
        slotMemory = ZeroedMemory(count: (1 << bits) * MemoryLayout<UInt64>.stride)
        slots = slotMemory.bytes.bindMemory(to: UInt64.self)
        shift = UInt64(64 - bits)
    }

    /// The cache key of a word: its 32-bit key, its length in bytes (up to 255) and its script.
    @inline(__always)
    static func key(word: UInt32, byteCount: Int, script: Script) -> UInt64 {
        UInt64(word) << 16 | UInt64(min(byteCount, 0xFF)) << 8 | UInt64(script.rawValue)
    }

    /// Makes sure the cached scores were computed for `languages` of a model of `languageCount`
    /// languages; clears them otherwise.
    func prepare(for languages: Set<String>?, languageCount: Int) {
        if case .some(let current) = owner, current == languages, rowLength == languageCount { return }
        owner = .some(languages)
        removeAll()
        if rowLength != languageCount {
            let memory = ZeroedMemory(count: capacity * languageCount * MemoryLayout<Double>.stride)
            scores = memory.bytes.bindMemory(to: Double.self)
            scoreMemory = memory
            rowLength = languageCount
        }
    }

    /// The cached scores of a word (one per model language), or nil.
    @inline(__always)
    func scores(of key: UInt64) -> UnsafeBufferPointer<Double>? {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let stored = slots[slot]
            if stored >> Self.rowBits == key { return row(Int(truncatingIfNeeded: stored & ((1 << Self.rowBits) - 1))) }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Starts loading the slot where a lookup of `key` begins.
    @inline(__always)
    func prefetchSlot(of key: UInt64) {
        newsdesk_prefetch(slots.baseAddress.map { $0 + home(key) })
    }

    /// Starts loading a row of scores that `scores(of:)` returned, line by line.
    @inline(__always)
    func prefetchRow(_ row: UnsafeBufferPointer<Double>) {
        guard let base = UnsafeRawPointer(row.baseAddress) else { return }
        for offset in stride(from: 0, to: row.count * MemoryLayout<Double>.stride, by: 64) { newsdesk_prefetch(base + offset) }
    }

    /// Remembers the scores (`rowLength` of them) of a word not in the cache, starting over when full.
    func insert(_ key: UInt64, scores values: UnsafeBufferPointer<Double>) {
        guard values.count == rowLength else { return }
        if count >= capacity { removeAll() }
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = key << Self.rowBits | UInt64(count)
        _ = UnsafeMutableBufferPointer(rebasing: scores[(count * rowLength)..<((count + 1) * rowLength)])
            .initialize(fromContentsOf: values)
        count += 1
    }

    /// The first slot to probe: the top bits of a multiplicative hash.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func row(_ row: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: scores[(row * rowLength)..<((row + 1) * rowLength)])
    }

    func removeAll() {
        guard count > 0 else { return }
        slots.update(repeating: 0)
        count = 0
    }
}
