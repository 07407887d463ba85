public import NewsdeskCore
public import NewsdeskStore
import NewsdeskStories

/// Sets `duplicateOf` on articles as ingest stores them, in input order: a new article that is
/// a copy of a stored one (or of one earlier in the same run, not yet committed) points at the
/// first copy of that one's group.
///
/// Work per article is bounded: a store lookup of at most `Fingerprint.lookupKeys` keys (each
/// key's most recent articles only; one read for a whole batch), at most `candidates`
/// candidates confirmed, and a fingerprint computed again from the stored text only for a
/// candidate that is not among the `remembered` most recent articles. While every stored
/// article is remembered (the store was empty when the run began and none was forgotten
/// since), the store is not asked.
public struct CopyLinker {
    public let store: any ArticleStoring & AnnotationStoring
    /// Articles per key that the store lookup considers.
    public var perKey = 32
    /// Candidates confirmed per article.
    public var candidates = 8
    private var recent: CopyIndex
    /// Whether the store may hold articles that are not remembered; nil until first asked.
    private var storeHasOthers: Bool?
    private var added = 0

    public init(store: any ArticleStoring & AnnotationStoring, remembered: Int = 4096) {
        self.store = store
        self.recent = CopyIndex(capacity: remembered)
    }

    /// Sets each document's `duplicateOf` (nil when it copies nothing known), in order, and
    /// remembers them; documents of the batch are compared with the earlier ones of the batch
    /// too. A document without a fingerprint is left as it is.
    public mutating func link(_ documents: inout [Document]) throws(StoreError) {
        let fingerprints = documents.map { $0.article.layers[FingerprintLayer.self]?.fingerprint }
        if storeHasOthers == nil { storeHasOthers = try !store.list(limit: 1, offset: 0).isEmpty }
        var stored = fingerprints.map { _ in [KeyOverlap]() }
        if storeHasOthers == true || added > recent.capacity {
            stored = try store.articlesSharing(
                kind: FingerprintLayer.kind.rawValue, keySets: fingerprints.map { $0?.lookupKeys ?? [] }, perKey: perKey,
                limit: candidates)
        }
        for index in documents.indices {
            guard let fingerprint = fingerprints[index], !fingerprint.isEmpty else { continue }
            let article = documents[index].article
            var found = recent.candidates(for: fingerprint, limit: candidates)
            let known = Set(found.map(\.id))
            for overlap in stored[index] where !known.contains(overlap.articleID) && overlap.articleID != article.id {
                if let remembered = recent[overlap.articleID] {
                    found.append(remembered)
                } else {
                    let candidate = try storedCandidate(overlap.articleID)
                    recent.add(candidate)
                    found.append(candidate)
                }
            }
            let original = CopyDecision.original(of: fingerprint, id: article.id, among: found) { id in
                try? published(of: id)
            }
            documents[index].article.duplicateOf = original
            recent.add(CopyCandidate(id: article.id, published: article.published, fingerprint: fingerprint, original: original))
            added += 1
        }
    }

    private func storedCandidate(_ id: String) throws(StoreError) -> CopyCandidate {
        let stored = try store.article(idPrefix: id).article
        return CopyCandidate(id: stored.id, published: stored.published, fingerprint: Fingerprint(text: stored.text), original: stored.duplicateOf)
    }

    /// The publication date of a group's first copy, remembered or stored.
    private func published(of id: String) throws(StoreError) -> String? {
        if let remembered = recent[id] { return remembered.published }
        return try store.article(idPrefix: id).article.published
    }
}
