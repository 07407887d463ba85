/// What two articles are compared by to tell a copy: the set of their word 3-grams
/// (`WordShingles`), and the few of them that an index looks copies up by.
///
/// The index keys are a sample chosen by the shingle itself, not by its position: every shingle
/// whose hash falls in one eighth of the hash space, plus the four smallest hashes (so a short
/// text has keys too). Two texts that share a passage share the sampled shingles of that
/// passage, wherever it stands in either and however much else either has: a copy trimmed by a
/// third, or with a paragraph dropped or moved, still shares most of its keys with the original.
public struct Fingerprint: Sendable, Equatable {
    /// The distinct shingle hashes, ascending.
    public let shingles: [UInt64]
    /// The sampled shingles, each once (at its first occurrence), in text order.
    public let keys: [WordShingles.Shingle]

    /// One shingle in `sampleRate` is a key.
    public static let sampleRate: UInt64 = 8
    /// Keys every text has, however short: its smallest shingle hashes.
    public static let smallestKept = 4
    /// How many keys a lookup uses at most: the smallest hashes, so two copies pick the same
    /// ones. Each key of a copy is one of the original's with the chance that one of its
    /// 3-grams is in the original (60 % and more for a copy of similar length): all 16 missing
    /// is a chance in ten million.
    public static let lookupKeys = 16

    public init(text: String) {
        let words = WordShingles.words(of: text)
        let all = WordShingles.hashes(of: words)
        var distinct = HashSort.sorted(all)
        var count = 0
        for hash in distinct where count == 0 || distinct[count - 1] != hash {
            distinct[count] = hash
            count += 1
        }
        distinct.removeLast(distinct.count - count)
        shingles = distinct
        // The smallest hashes are those up to the `smallestKept`-th.
        let smallestBound = distinct.isEmpty ? 0 : distinct[min(Self.smallestKept, distinct.count) - 1]
        var seen = Set<UInt64>()
        var keys: [WordShingles.Shingle] = []
        for (index, hash) in all.enumerated() where (hash % Self.sampleRate == 0 || hash <= smallestBound) && seen.insert(hash).inserted {
            keys.append(WordShingles.Shingle(hash: hash, span: WordShingles.span(of: index, in: words)))
        }
        self.keys = keys
    }

    public var isEmpty: Bool { shingles.isEmpty }

    /// The key under which the store indexes a shingle hash.
    public static func key(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The keys a lookup for copies of this text uses (at most `lookupKeys`, the smallest).
    public var lookupKeys: [String] {
        keys.map(\.hash).sorted().prefix(Self.lookupKeys).map(Self.key)
    }

    /// How much of the two texts is the same.
    public func resemblance(to other: Fingerprint) -> Resemblance {
        var shared = 0
        var left = 0
        var right = 0
        while left < shingles.count, right < other.shingles.count {
            if shingles[left] == other.shingles[right] {
                shared += 1
                left += 1
                right += 1
            } else if shingles[left] < other.shingles[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return Resemblance(shared: shared, sizes: (shingles.count, other.shingles.count))
    }
}
