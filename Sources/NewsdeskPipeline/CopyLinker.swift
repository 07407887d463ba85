public import NewsdeskCore
public import NewsdeskStore
import NewsdeskStories

/// Sets `duplicateOf` on articles as ingest stores them, in input order: a new article that is
/// a copy of a stored one (or of one earlier in the same run, not yet committed) points at the
/// first copy of that one's group.
///
/// Work per article is bounded: a store lookup of at most `Fingerprint.lookupKeys` keys (each
/// key's most recent articles only), at most `candidates` candidates confirmed, and a
/// fingerprint computed again from the stored text only for a candidate that is not among the
/// `remembered` most recent articles and shares more than one looked-up key (one key in common
/// is a stock phrase, not a copy). A batch costs two store reads. While every stored article is
/// remembered (the store was empty when the run began and none was forgotten since), the store
/// is not asked.
public struct CopyLinker {
    public let store: any ArticleStoring & AnnotationStoring & CopyStoring
    /// Articles per key that the store lookup considers.
    public var perKey = 32
    /// Candidates confirmed per article.
    public var candidates = 8
    private var recent: CopyIndex
    /// Whether the store may hold articles that are not remembered; nil until first asked.
    private var storeHasOthers: Bool?
    private var added = 0

    public init(store: any ArticleStoring & AnnotationStoring & CopyStoring, remembered: Int = 4096) {
        self.store = store
        self.recent = CopyIndex(capacity: remembered)
    }

    /// Sets each document's `duplicateOf` (nil when it copies nothing known), in order, and
    /// remembers them; documents of the batch are compared with the earlier ones of the batch
    /// too. A document without a fingerprint is left as it is.
    public mutating func link(_ documents: inout [Document]) throws(StoreError) {
        let fingerprints = documents.map { ($0.article.layers[AnnotationKind.fingerprint] as? FingerprintLayer)?.fingerprint }
        let stored = try storedCandidates(for: fingerprints)
        for index in documents.indices {
            guard let fingerprint = fingerprints[index], !fingerprint.isEmpty else { continue }
            let article = documents[index].article
            var found = recent.candidates(for: fingerprint, limit: candidates)
            let known = Set(found.map(\.id))
            found += stored[index].filter { !known.contains($0) && $0 != article.id }.compactMap { recent[$0] }
            let original = CopyDecision.original(of: fingerprint, id: article.id, among: found) { id in
                try? published(of: id)
            }
            documents[index].article.duplicateOf = original
            recent.add(CopyCandidate(id: article.id, published: article.published, fingerprint: fingerprint, original: original))
            added += 1
        }
    }

    /// For each fingerprint, the ids of the stored articles worth comparing it with, all of them
    /// remembered by then (those that were not are read from the store in one go).
    private mutating func storedCandidates(for fingerprints: [Fingerprint?]) throws(StoreError) -> [[String]] {
        if storeHasOthers == nil { storeHasOthers = try !store.list(limit: 1, offset: 0).isEmpty }
        guard storeHasOthers == true || added > recent.capacity else { return fingerprints.map { _ in [] } }
        let keySets = fingerprints.map { $0?.lookupKeys ?? [] }
        let overlaps = try store.articlesSharing(
            kind: FingerprintLayer.kind.rawValue, keySets: keySets, perKey: perKey, limit: candidates)
        let worth = zip(overlaps, keySets).map { overlaps, keys in
            overlaps.filter { $0.shared > 1 || keys.count < Self.fewLookupKeys }.map(\.articleID)
        }
        var missing: [String] = []
        var seen = Set<String>()
        for id in worth.joined() where recent[id] == nil && seen.insert(id).inserted { missing.append(id) }
        for source in try store.copySources(ids: missing) {
            recent.add(CopyCandidate(
                id: source.id, published: source.published, fingerprint: Fingerprint(text: source.text), original: source.duplicateOf))
        }
        return worth
    }

    /// Below this many looked-up keys, one key in common is worth an exact comparison.
    static let fewLookupKeys = 8

    /// The publication date of a group's first copy, remembered or stored.
    private func published(of id: String) throws(StoreError) -> String? {
        if let remembered = recent[id] { return remembered.published }
        return try store.copySources(ids: [id]).first?.published
    }
}
