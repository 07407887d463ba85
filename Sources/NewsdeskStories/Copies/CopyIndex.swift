/// The fingerprints of the most recent articles in memory, looked up by their keys: the copies
/// among the inputs of one `analyze`, and during ingest the articles not yet committed (and
/// those recently compared) without asking the store again. Bounded: past `capacity` the
/// oldest entries are forgotten.
public struct CopyIndex: Sendable {
    public let capacity: Int
    /// Entries by the stamp they were added with (an id added again gets a new stamp).
    private var entries: [Int: CopyCandidate] = [:]
    private var stamps: [String: Int] = [:]
    /// Stamps in the order they were added; those of replaced entries are passed over.
    private var queue: [Int] = []
    private var head = 0
    private var clock = 0
    /// The entries with each key: the first in `postings`, any others in `morePostings` (most
    /// keys belong to one article, so most keys cost no array).
    private var postings: [UInt64: Int] = [:]
    private var morePostings: [UInt64: [Int]] = [:]

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { entries.count }

    public subscript(id: String) -> CopyCandidate? { stamps[id].flatMap { entries[$0] } }

    /// The entries sharing keys with `fingerprint`, most shared keys first (ties: most recent first).
    public func candidates(for fingerprint: Fingerprint, limit: Int) -> [CopyCandidate] {
        var shared: [Int: Int] = [:]
        for key in fingerprint.keys {
            guard let stamp = postings[key.hash] else { continue }
            shared[stamp, default: 0] += 1
            for other in morePostings[key.hash] ?? [] { shared[other, default: 0] += 1 }
        }
        return shared.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(limit).compactMap { entries[$0.key] }
    }

    /// Adds an entry (or replaces the one with the same id), forgetting the oldest past capacity.
    public mutating func add(_ candidate: CopyCandidate) {
        if let old = stamps[candidate.id] { remove(old) }
        clock += 1
        entries[clock] = candidate
        stamps[candidate.id] = clock
        queue.append(clock)
        for key in candidate.fingerprint.keys {
            if postings[key.hash] == nil {
                postings[key.hash] = clock
            } else {
                morePostings[key.hash, default: []].append(clock)
            }
        }
        while entries.count > capacity, head < queue.count {
            let oldest = queue[head]
            head += 1
            remove(oldest)
        }
        if head > capacity {
            queue.removeFirst(head)
            head = 0
        }
    }

    private mutating func remove(_ stamp: Int) {
        guard let entry = entries.removeValue(forKey: stamp) else { return }
        if stamps[entry.id] == stamp { stamps[entry.id] = nil }
        for key in entry.fingerprint.keys {
            if postings[key.hash] == stamp {
                postings[key.hash] = morePostings[key.hash]?.first
                morePostings[key.hash]?.removeFirst()
            } else {
                morePostings[key.hash]?.removeAll { $0 == stamp }
            }
            if morePostings[key.hash]?.isEmpty == true { morePostings[key.hash] = nil }
        }
    }
}
