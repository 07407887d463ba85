import GRDB

extension SQLiteStore: SearchStoring {
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let match = try FTSQuery.translate(query.text)
        return try run {
            try pool.read { db in
                // bm25 weights: a match in the title counts ten times one in the body.
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.id, a.title, a.source_name, a.published, a.language,
                            bm25(articles_fts, 10.0, 1.0) AS rank,
                            snippet(articles_fts, 1, char(2), char(3), '…', 24) AS snippet
                        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                        WHERE articles_fts MATCH ?
                        ORDER BY rank LIMIT ?
                        """,
                    arguments: [match, query.limit])
                return rows.map { row in
                    SearchHit(
                        id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
                        language: row["language"], score: -(row["rank"] as Double),
                        snippet: MarkedText(delimited: row["snippet"] ?? "", open: "\u{2}", close: "\u{3}"))
                }
            }
        }
    }
}
