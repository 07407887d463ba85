/// The per-source line counts that site-template learning reads (see `LearnedLines`).
public protocol SourceTemplateStoring: Sendable {
    /// The lines a source repeats in at least `minimumDocuments` of its documents and at least
    /// `minimumShare` of them.
    func templateKeys(source: String, minimumDocuments: Int, minimumShare: Double) throws(StoreError) -> Set<String>
    /// The sources that have learned lines, with their document counts.
    func learnedSources() throws(StoreError) -> [StoreStatistics.Count]
}
