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
/// flat table keyed by the word's 64-bit key (a Dictionary's hashing and exclusivity checks
/// were a third of the cost of a found word).
public final class WordScoreCache {
    let capacity: Int
    /// Open addressing with linear probing: word keys (never 0; 0 marks a free slot), each with
    /// the number of its row of scores in `scores`, side by side (one cache miss, not two).
    private let slots: UnsafeMutableBufferPointer<Slot>
    private let slotMemory: ZeroedMemory
    private let shift: UInt64
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
        self.capacity = max(capacity, 1)
        // At most half full: probes stay short.
        var bits = 4
        while 1 << bits < self.capacity * 2 { bits += 1 }
        // An all-zero slot is a free one.
        slotMemory = ZeroedMemory(count: (1 << bits) * MemoryLayout<Slot>.stride)
        slots = slotMemory.bytes.bindMemory(to: Slot.self)
        shift = UInt64(64 - bits)
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
            if stored.key == key { return row(stored.row) }
            if stored.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Remembers the scores (`rowLength` of them) of a word not in the cache, starting over when full.
    func insert(_ key: UInt64, scores values: UnsafeBufferPointer<Double>) {
        guard values.count == rowLength else { return }
        if count >= capacity { removeAll() }
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot].key != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, row: count)
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
        slots.update(repeating: Slot(key: 0, row: 0))
        count = 0
    }

    private struct Slot {
        var key: UInt64
        var row: Int
    }
}
