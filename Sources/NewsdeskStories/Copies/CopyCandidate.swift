/// An article that a new one may be a copy of: its id, its date, its fingerprint, and the
/// first copy of its group when it is itself a copy.
public struct CopyCandidate: Sendable, Equatable {
    public var id: String
    public var published: String?
    public var fingerprint: Fingerprint
    /// The earliest copy of the candidate's group (its `duplicateOf`), nil when it is the first.
    public var original: String?

    public init(id: String, published: String?, fingerprint: Fingerprint, original: String?) {
        self.id = id
        self.published = published
        self.fingerprint = fingerprint
        self.original = original
    }

    /// The first copy of the candidate's group.
    public var groupFirst: String { original ?? id }
}

/// Which earlier article a new one is a copy of: among the candidates it is confirmed a copy of
/// (`Fingerprint.mayCopy`, then exactly: `Resemblance.isCopy`), the one it resembles most, and the first copy of that one's group.
/// When it copies articles of several groups, the group whose first copy was published first.
public enum CopyDecision {
    /// The id the new article's `duplicateOf` takes, or nil when it copies none of the candidates.
    /// `published` gives the candidates' groups' first copies their dates (nil: unknown).
    public static func original(
        of fingerprint: Fingerprint, id: String, among candidates: [CopyCandidate], published: (String) -> String?
    ) -> String? {
        guard !fingerprint.isEmpty else { return nil }
        let confirmed = candidates
            .filter { $0.id != id && $0.groupFirst != id && fingerprint.mayCopy($0.fingerprint) }
            .map { (candidate: $0, resemblance: fingerprint.resemblance(to: $0.fingerprint)) }
            .filter { $0.resemblance.isCopy }
            .sorted { $0.resemblance.containment > $1.resemblance.containment }
        guard let best = confirmed.first else { return nil }
        // Undated first copies sort after dated ones.
        func date(_ group: String) -> String { published(group) ?? "\u{10FFFF}" }
        let earliest = confirmed.map(\.candidate.groupFirst).min { date($0) < date($1) }
        guard let earliest, date(earliest) < date(best.candidate.groupFirst) else { return best.candidate.groupFirst }
        return earliest
    }
}
