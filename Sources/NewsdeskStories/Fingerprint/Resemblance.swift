/// How much two texts share, in distinct word 3-grams.
public struct Resemblance: Sendable, Equatable {
    public var shared: Int
    public var smaller: Int
    public var larger: Int

    /// Below this share of the shorter text found in the longer, two texts are not copies: a
    /// report that quotes half of another, or shares its background paragraphs, is its own article.
    public static let copyContainment = 0.6
    /// Texts this short are copies only when all of the shorter is in the longer.
    public static let shortText = 12

    public init(shared: Int, sizes: (Int, Int)) {
        self.shared = shared
        self.smaller = min(sizes.0, sizes.1)
        self.larger = max(sizes.0, sizes.1)
    }

    /// The share of the shorter text's shingles that the longer has.
    public var containment: Double { smaller == 0 ? 0 : Double(shared) / Double(smaller) }

    /// Shared shingles over all distinct shingles of the two.
    public var jaccard: Double {
        let union = smaller + larger - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Whether one text is a copy of the other: (nearly) all of the shorter is in the longer.
    public var isCopy: Bool {
        guard shared > 0 else { return false }
        return smaller < Self.shortText ? shared == smaller : containment >= Self.copyContainment
    }
}
