/// Querying the annotation layers that stages wrote: which stage versions ran where, and where
/// a layer key (an entity, a speaker, a date) occurs.
///
/// Key and date bounds compare as text, which orders ISO 8601 dates and TIMEX3 values
/// chronologically at equal precision. An upper bound also takes in every value it begins:
/// `"2022-10"` as an upper bound includes `"2022-10-31"` and `"2022-10-31T20:00"`.
public protocol AnnotationStoring: Sendable {
    /// For each stage id, how many articles carry a run of each of its versions.
    func stageVersions() throws(StoreError) -> [String: [Int: Int]]
    /// The ids of the articles a re-run of `stage` at `version` must revisit: those with no run
    /// of `stage` and those with a run of another version, in ingest order.
    func articleIDs(whereStage stage: String, isNot version: Int) throws(StoreError) -> [String]
    /// Where `key` occurs in layers of `kind`, at most `limit` occurrences: the most recently
    /// published articles first (those without a date last), in text order within an article.
    func occurrences(kind: String, key: String, limit: Int) throws(StoreError) -> [KeyOccurrence]
    /// The articles with `key` in a layer of `kind`, each once, most recently published first
    /// (those without a date last); with a bound, only articles whose publication date is within
    /// it (those without a date are then left out).
    func articles(kind: String, key: String, publishedFrom: String?, publishedTo: String?, limit: Int)
        throws(StoreError) -> [ArticleSummary]
    /// The articles with a key from `keysFrom` to `keysTo` in a layer of `kind` (say, the times
    /// an article talks about), each once, most recently published first.
    func articles(kind: String, keysFrom: String, keysTo: String, limit: Int) throws(StoreError) -> [ArticleSummary]
    /// For each set of keys (what an article's copies are looked up by), the articles that have
    /// the most of its keys in layers of `kind`, at most `limit`, most keys in common first
    /// (ties: most recently ingested first); all in one read. Bounded work: of each key only the
    /// `perKey` most recently published articles count, so a key that thousands of articles
    /// share costs no more than a rare one. Callers look up a few dozen keys per set; a store
    /// may use only the first 256 of a set in sorted order.
    func articlesSharing(kind: String, keySets: [[String]], perKey: Int, limit: Int) throws(StoreError) -> [[KeyOverlap]]
}

extension AnnotationStoring {
    /// `articlesSharing` for one set of keys.
    public func articlesSharing(kind: String, keys: [String], perKey: Int, limit: Int) throws(StoreError) -> [KeyOverlap] {
        try articlesSharing(kind: kind, keySets: [keys], perKey: perKey, limit: limit).first ?? []
    }
}
