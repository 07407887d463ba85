import GRDB

extension SQLiteStore: SearchStoring {
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        if query.isFilterOnly { return try filteredArticles(query) }
        let match = try FTSQuery.translate(query.text)
        let tokens = try FTSQuery.tokenize(query.text)
        let (filters, filterArguments) = Self.filterClause(query.filters, firstParameter: 6)
        return try run {
            try pool.read { db in
                try QueryDeadline.run(db, within: query.timeLimit) {
                    // One evaluation of the MATCH: its most recently stored `rankedMatches` matches
                    // are scored as FTS5 yields them, newest first, and ranked (scoring is a look at
                    // each match's positions: ranking all 50,000 articles that hold "the" in a
                    // store of 100,000 took 150 ms, and finding the window in a pass of its own
                    // expanded a prefix twice). bm25 weights: a match in the title counts ten times
                    // one in the body, as much as one in its pairs of characters. Snippets are
                    // made from the stored text of the hits shown only (BoundedSnippet).
                    let rows = try Row.fetchAll(
                        db,
                        sql: """
                            WITH top AS MATERIALIZED (
                                SELECT rowid, rank FROM (
                                    SELECT rowid, bm25(articles_fts, 10.0, 1.0, 1.0) AS rank
                                    FROM articles_fts WHERE articles_fts MATCH ?1\(filters)
                                    ORDER BY rowid DESC LIMIT ?2
                                )
                                ORDER BY rank, rowid DESC LIMIT ?3 OFFSET ?4
                            )
                            SELECT a.id, a.title, a.source_name, a.published, a.language, top.rank,
                                substr(a.text, 1, ?5) AS text
                            FROM top JOIN articles a ON a.seq = top.rowid
                            ORDER BY top.rank, top.rowid DESC
                            """,
                        arguments: [match, Self.rankedMatches, query.limit, query.offset, BoundedSnippet.prefixCharacters]
                            + filterArguments)
                    var folding = WordFolding()
                    let terms = SnippetTerm.terms(of: tokens, folding: &folding)
                    return rows.map { row in
                        SearchHit(
                            id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
                            language: row["language"], score: -(row["rank"] as Double),
                            snippet: BoundedSnippet.make(row["text"], terms: terms, folding: &folding))
                    }
                }
            }
        }
    }

    /// Most matches a query is ranked among: its most recently stored ones.
    static let rankedMatches = 5_000

    /// A query without words: the articles with keys in every filter, most recently published
    /// first (those without a date last), each with a snippet around its first key of the first
    /// filter, marked; the score is 0.
    private func filteredArticles(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        guard let first = query.filters.first else { return [] }
        let (others, otherArguments) = Self.filterClause(Array(query.filters.dropFirst()), firstParameter: 6, column: "article")
        return try run {
            try pool.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.id, a.title, a.source_name, a.published, a.language,
                            (SELECT span_start FROM annotation_keys
                             WHERE article = k.article AND kind = ?1 AND key >= ?2 AND key <= ?3 ORDER BY span_start LIMIT 1) AS span_start,
                            (SELECT span_end FROM annotation_keys
                             WHERE article = k.article AND kind = ?1 AND key >= ?2 AND key <= ?3 ORDER BY span_start LIMIT 1) AS span_end,
                            a.text
                        FROM (
                            SELECT DISTINCT published, article FROM annotation_keys
                            WHERE kind = ?1 AND key >= ?2 AND key <= ?3\(others)
                            ORDER BY published DESC, article DESC
                            LIMIT ?4 OFFSET ?5
                        ) k JOIN articles a ON a.seq = k.article
                        ORDER BY k.published DESC, k.article DESC
                        """,
                    arguments: [first.kind, first.from, first.upperBound, query.limit, query.offset] + otherArguments)
                return rows.map { row in
                    SearchHit(
                        id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
                        language: row["language"], score: 0,
                        snippet: KeySnippet.make(row["text"], start: row["span_start"] ?? 0, end: row["span_end"] ?? 0))
                }
            }
        }
    }

    /// `AND column IN (…)` for each filter, with its parameters numbered from `firstParameter`.
    private static func filterClause(_ filters: [KeyRange], firstParameter: Int, column: String = "rowid")
        -> (sql: String, arguments: StatementArguments)
    {
        var sql = ""
        var arguments: StatementArguments = []
        for (index, filter) in filters.enumerated() {
            let number = firstParameter + 3 * index
            sql += """

                AND \(column) IN (SELECT article FROM annotation_keys WHERE kind = ?\(number) AND key >= ?\(number + 1) AND key <= ?\(number + 2))
                """
            arguments += [filter.kind, filter.from, filter.upperBound]
        }
        return (sql, arguments)
    }
}
