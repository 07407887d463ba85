import GRDB

extension SQLiteStore: SearchStoring {
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let match = try FTSQuery.translate(query.text)
        let terms = BoundedSnippet.terms(of: try FTSQuery.tokenize(query.text))
        return try run {
            try pool.read { db in
                // Ranked and limited first, snippets made for the hits shown only: making a snippet
                // reads the whole matching text, so doing it for every match before the limit cost
                // seconds on broad queries over long articles; a very long article gets a bounded
                // snippet of its first part (BoundedSnippet). bm25 weights: a match in the title
                // counts ten times one in the body.
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        WITH top AS MATERIALIZED (
                            SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS rank
                            FROM articles_fts WHERE articles_fts MATCH ?1
                                AND (?6 IS NULL OR rowid IN (
                                    SELECT article FROM annotation_keys WHERE kind = ?6 AND key >= ?7 AND key <= ?8))
                            ORDER BY rank LIMIT ?2
                        )
                        SELECT a.id, a.title, a.source_name, a.published, a.language, top.rank,
                            CASE WHEN length(a.text) <= ?3 THEN snippet(articles_fts, 1, char(2), char(3), '…', ?4) END AS snippet,
                            CASE WHEN length(a.text) > ?3 THEN substr(a.text, 1, ?5) END AS long_prefix
                        FROM top
                        JOIN articles_fts ON articles_fts.rowid = top.rowid
                        JOIN articles a ON a.seq = top.rowid
                        WHERE articles_fts MATCH ?1
                        ORDER BY top.rank
                        """,
                    arguments: [
                        match, query.limit, BoundedSnippet.longArticle, BoundedSnippet.words, BoundedSnippet.prefixCharacters,
                        query.keys?.kind, query.keys?.from, query.keys.map { KeyBounds.through($0.to) },
                    ])
                return rows.map { row in
                    SearchHit(
                        id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
                        language: row["language"], score: -(row["rank"] as Double),
                        snippet: (row["long_prefix"] as String?).map { BoundedSnippet.make($0, terms: terms) }
                            ?? MarkedText(delimited: row["snippet"] ?? "", open: "\u{2}", close: "\u{3}"))
                }
            }
        }
    }
}
