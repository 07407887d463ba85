import GRDB

/// Reads the lines of article lists (`list` and the key queries).
enum SummaryRow {
    /// The select list of a summary over `articles` aliased as `a`.
    static let columns = "a.id, a.title, a.source_name, a.published, a.language, a.ingested_at, length(a.text) AS characters"

    static func decode(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
            language: row["language"], ingestedAt: row["ingested_at"], characters: row["characters"])
    }
}
