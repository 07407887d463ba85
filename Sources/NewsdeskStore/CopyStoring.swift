/// Reading the copy groups that ingestion records: each stored copy of a wire story names the
/// earliest stored copy as its `duplicateOf`.
public protocol CopyStoring: Sendable {
    /// The articles whose `duplicateOf` is `firstID`, with their layers: by publication date
    /// (those without a date last), then in ingest order.
    func copies(of firstID: String) throws(StoreError) -> [StoredArticle]
}
