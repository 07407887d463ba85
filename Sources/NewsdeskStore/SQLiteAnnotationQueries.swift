/// The SQL behind `AnnotationStoring`, kept apart so that a test can check each query's plan
/// (indexes, not scans of `annotation_keys` or `articles`).
enum SQLiteAnnotationQueries {
    static let stageVersions = "SELECT stage, version, count(*) AS n FROM annotations GROUP BY stage, version"

    /// Arguments: stage, version. Without an ORDER BY, SQLite reads `seq` and `id` from the id
    /// index instead of the table, whose pages hold the texts; the caller sorts by `seq`.
    static let articleIDs = """
        SELECT seq, id FROM articles
        WHERE seq NOT IN (SELECT article FROM annotations WHERE stage = ? AND version = ?)
        """

    /// Arguments: kind, key, limit.
    static let occurrences = """
        SELECT a.id, k.span_start, k.span_end, k.published
        FROM annotation_keys k JOIN articles a ON a.seq = k.article
        WHERE k.kind = ? AND k.key = ?
        ORDER BY k.published DESC, k.article DESC, k.span_start, k.span_end
        LIMIT ?
        """

    /// Arguments: kind, key, then the lower bound if `from`, the upper bound if `to`, then limit.
    static func articlesWithKey(from: Bool, to: Bool) -> String {
        let bounds = (from ? " AND published >= ?" : "") + (to ? " AND published <= ?" : "")
        return """
            SELECT \(SummaryRow.columns)
            FROM (
                SELECT DISTINCT published, article FROM annotation_keys
                WHERE kind = ? AND key = ?\(bounds)
                ORDER BY published DESC, article DESC
                LIMIT ?
            ) k JOIN articles a ON a.seq = k.article
            ORDER BY k.published DESC, k.article DESC
            """
    }

    /// Arguments: kind, lowest key, highest key, limit.
    static let articlesWithKeyRange = """
        SELECT \(SummaryRow.columns)
        FROM (
            SELECT DISTINCT published, article FROM annotation_keys
            WHERE kind = ? AND key >= ? AND key <= ?
        ) k JOIN articles a ON a.seq = k.article
        ORDER BY k.published DESC, k.article DESC
        LIMIT ?
        """

    /// Arguments: for each of `keys` kind, key and the per-key limit, then the limit. SQLite
    /// allows at most 500 terms in a compound select: callers pass fewer keys.
    static func articlesSharing(keys: Int) -> String {
        let perKey = """
            SELECT article FROM (
                SELECT DISTINCT published, article FROM annotation_keys WHERE kind = ? AND key = ?
                ORDER BY published DESC, article DESC LIMIT ?
            )
            """
        return """
            SELECT a.id, k.shared
            FROM (
                SELECT article, count(*) AS shared
                FROM (\(Array(repeating: perKey, count: keys).joined(separator: " UNION ALL ")))
                GROUP BY article
                ORDER BY shared DESC, article DESC
                LIMIT ?
            ) k JOIN articles a ON a.seq = k.article
            ORDER BY k.shared DESC, k.article DESC
            """
    }
}
