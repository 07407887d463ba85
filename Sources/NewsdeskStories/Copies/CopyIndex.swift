/// The fingerprints of the most recent articles in memory, looked up by their keys: the copies
/// among the inputs of one `analyze`, and during ingest the articles not yet committed (and
/// those recently compared) without asking the store again. Bounded: past `capacity` the
/// oldest entries are forgotten.
public struct CopyIndex: Sendable {
    public let capacity: Int
    private var entries: [String: (candidate: CopyCandidate, added: Int)] = [:]
    /// Ids in the order they were added, with when; an id added again has a later stamp, and
    /// its earlier place in the queue is passed over.
    private var queue: [(id: String, added: Int)] = []
    private var head = 0
    private var clock = 0
    private var postings: [UInt64: [String]] = [:]

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { entries.count }

    public subscript(id: String) -> CopyCandidate? { entries[id]?.candidate }

    /// The entries sharing keys with `fingerprint`, most shared keys first (ties: most recent first).
    public func candidates(for fingerprint: Fingerprint, limit: Int) -> [CopyCandidate] {
        var shared: [String: Int] = [:]
        for key in fingerprint.keys {
            for id in postings[key.hash] ?? [] { shared[id, default: 0] += 1 }
        }
        return shared.compactMap { id, count in entries[id].map { (entry: $0, count: count) } }
            .sorted { ($0.count, $0.entry.added) > ($1.count, $1.entry.added) }
            .prefix(limit).map(\.entry.candidate)
    }

    /// Adds an entry (or replaces the one with the same id), forgetting the oldest past capacity.
    public mutating func add(_ candidate: CopyCandidate) {
        remove(candidate.id)
        clock += 1
        entries[candidate.id] = (candidate, clock)
        queue.append((candidate.id, clock))
        for key in candidate.fingerprint.keys { postings[key.hash, default: []].append(candidate.id) }
        while entries.count > capacity, head < queue.count {
            let oldest = queue[head]
            head += 1
            if entries[oldest.id]?.added == oldest.added { remove(oldest.id) }
        }
        if head > capacity {
            queue.removeFirst(head)
            head = 0
        }
    }

    private mutating func remove(_ id: String) {
        guard let entry = entries.removeValue(forKey: id) else { return }
        for key in entry.candidate.fingerprint.keys {
            postings[key.hash]?.removeAll { $0 == id }
            if postings[key.hash]?.isEmpty == true { postings[key.hash] = nil }
        }
    }
}
