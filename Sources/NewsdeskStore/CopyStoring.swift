/// Reading the copy groups that ingestion records: each stored copy of a wire story names the
/// earliest stored copy as its `duplicateOf`.
public protocol CopyStoring: Sendable {
    /// The articles whose `duplicateOf` is `firstID`, with their layers: by publication date
    /// (those without a date last), then in ingest order.
    func copies(of firstID: String) throws(StoreError) -> [StoredArticle]
    /// What a new article is compared with to tell whether it copies stored ones: the text,
    /// publication date and `duplicateOf` of each stored article of `ids` (full ids; those not
    /// stored are left out), in the order of `ids`, in one read.
    func copySources(ids: [String]) throws(StoreError) -> [CopySource]
}

/// A stored article as a candidate original of a copy.
public struct CopySource: Sendable, Equatable {
    public var id: String
    public var published: String?
    public var duplicateOf: String?
    public var text: String

    public init(id: String, published: String?, duplicateOf: String?, text: String) {
        self.id = id
        self.published = published
        self.duplicateOf = duplicateOf
        self.text = text
    }
}
