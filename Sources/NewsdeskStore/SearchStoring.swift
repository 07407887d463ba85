/// Full-text search over titles and texts.
public protocol SearchStoring: Sendable {
    /// The articles matching the query, best first.
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit]
}
