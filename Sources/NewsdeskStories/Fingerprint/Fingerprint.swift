/// What two articles are compared by to tell a copy: the set of their word 3-grams
/// (`WordShingles`), and the few of them that an index looks copies up by.
///
/// The index keys are a sample chosen by the shingle itself, not by its position: every shingle
/// whose hash falls in one sixteenth of the hash space, plus the four smallest hashes (so a short
/// text has keys too). Two texts that share a passage share the sampled shingles of that
/// passage, wherever it stands in either and however much else either has: a copy trimmed by a
/// third, or with a paragraph dropped or moved, still shares most of its keys with the original.
public struct Fingerprint: Sendable, Equatable {
    /// The distinct shingle hashes, ascending.
    public let shingles: [UInt64]
    /// The sampled shingles, each once (at its first occurrence), in text order.
    public let keys: [WordShingles.Shingle]
    /// The hashes of `keys`, ascending.
    public let keyHashes: [UInt64]

    /// One shingle in `sampleRate` is a key: about twenty keys for an article of 300 words.
    public static let sampleRate: UInt64 = 16
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
        // Each sampled hash once, at its first occurrence: by hash, then by position.
        let sampled = all.indices.filter { all[$0] % Self.sampleRate == 0 || all[$0] <= smallestBound }
            .sorted { (all[$0], $0) < (all[$1], $1) }
        var firsts: [Int] = []
        var hashes: [UInt64] = []
        for index in sampled where hashes.last != all[index] {
            firsts.append(index)
            hashes.append(all[index])
        }
        keyHashes = hashes
        keys = firsts.sorted().map { WordShingles.Shingle(hash: all[$0], span: WordShingles.span(of: $0, in: words)) }
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
        Resemblance(shared: Self.common(shingles, other.shingles), sizes: (shingles.count, other.shingles.count))
    }

    /// Whether the two texts may be copies, judged from their keys alone: the keys are a sample
    /// of the shingles chosen by hash, so the share of the fewer keys that the other text has
    /// estimates the share of its shingles that the other has. Below a quarter (the threshold
    /// of a copy is 60 %) the texts are not copies but by a chance of about one in a thousand for
    /// a copy at the threshold (less for real copies, which share more); texts with few keys are
    /// always worth the exact comparison.
    public func mayCopy(_ other: Fingerprint) -> Bool {
        let fewer = min(keyHashes.count, other.keyHashes.count)
        guard fewer >= Self.sampleCheckMinimum else { return true }
        return Double(Self.common(keyHashes, other.keyHashes)) >= Self.sampledContainmentFloor * Double(fewer)
    }

    static let sampleCheckMinimum = 16
    static let sampledContainmentFloor = 0.25

    /// How many values two ascending arrays of distinct values have in common.
    private static func common(_ left: [UInt64], _ right: [UInt64]) -> Int {
        var shared = 0
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            let a = left[i]
            let b = right[j]
            if a == b { shared += 1 }
            if a <= b { i += 1 }
            if b <= a { j += 1 }
        }
        return shared
    }
}
