import Foundation
import GRDB
public import NewsdeskCore

extension SQLiteStore: ArticleStoring {
    public func contains(id: String) throws(StoreError) -> Bool {
        try run {
            try pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM articles WHERE id = ?)", arguments: [id]) ?? false
            }
        }
    }

    public func insert(_ articles: [StoredArticle], stories: StoryChanges) throws(StoreError) -> [InsertOutcome] {
        guard !articles.isEmpty || !stories.isEmpty else { return [] }
        for stored in articles { try StoredLayer.validate(stored.layers, articleID: stored.article.id) }
        let now = ISO8601DateFormatter().string(from: Date())
        let columns = (["id"] + ArticleRow.columns + ["origin", "ingested_at", "original", "duplicate_of", "story", "storyline"])
        let sql = """
            INSERT INTO articles (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            ON CONFLICT(id) DO NOTHING
            """
        return try run {
            try pool.write { db in
                let statement = try db.cachedStatement(sql: sql)
                let outcomes = try articles.map { stored -> InsertOutcome in
                    let article = stored.article
                    try statement.execute(
                        arguments: StatementArguments([article.id] + ArticleRow.values(of: article)
                            + [stored.origin, stored.ingestedAt ?? now, stored.original, article.duplicateOf, article.story, article.storyline]))
                    guard db.changesCount > 0 else { return .duplicate }
                    try SQLiteLayers.insert(stored.layers, article: db.lastInsertedRowID, of: article, in: db)
                    if let learned = stored.learnedLines { try SourceLines.record(learned, in: db) }
                    return .stored
                }
                try SQLiteStories.save(stories, in: db)
                return outcomes
            }
        }
    }

    public func update(_ articles: [StoredArticle]) throws(StoreError) {
        guard !articles.isEmpty else { return }
        for stored in articles { try StoredLayer.validate(stored.layers, articleID: stored.article.id) }
        let sql = "UPDATE articles SET \(ArticleRow.columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE seq = ?"
        try run {
            try pool.write { db in
                for stored in articles {
                    let article = stored.article
                    guard let row = try Row.fetchOne(db, sql: "SELECT seq, language FROM articles WHERE id = ?", arguments: [article.id]) else {
                        throw StoreError(.notFound, "no article with id \(article.id)")
                    }
                    let seq: Int64 = row["seq"]
                    try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(ArticleRow.values(of: article) + [seq]))
                    try SQLiteLayers.setPublished(article.published, article: seq, in: db)
                    try SQLiteLayers.replace(stored.layers, article: seq, of: article, previousLanguage: row["language"], in: db)
                }
            }
        }
    }

    public func article(idPrefix: String) throws(StoreError) -> StoredArticle {
        let prefix = idPrefix.lowercased()
        guard prefix.count >= 4, prefix.allSatisfy(\.isHexDigit) else {
            throw StoreError(.notFound, "'\(idPrefix)' is not an article id: give at least 4 hex digits")
        }
        let (ids, stored) = try run {
            try pool.read { db -> ([String], StoredArticle?) in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 6", arguments: [prefix, prefix + "g"])
                return (rows.map { $0["id"] }, rows.count == 1 ? try decode(rows[0], in: db) : nil)
            }
        }
        if let stored { return stored }
        guard !ids.isEmpty else { throw StoreError(.notFound, "no article with id \(idPrefix)") }
        let candidates = ids.prefix(5).map { $0.prefix(12) }.joined(separator: ", ")
        throw StoreError(.ambiguous, "id prefix \(idPrefix) matches several articles (\(candidates)\(ids.count > 5 ? ", …" : "")); give more digits")
    }

    public func forEachArticle(_ body: (StoredArticle) throws -> Void) throws(StoreError) {
        try run {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM articles ORDER BY seq")
                while let row = try rows.next() {
                    try body(try decode(row, in: db))
                }
            }
        }
    }

    public func forEachArticle(source: String, _ body: (StoredArticle) throws -> Void) throws(StoreError) {
        try run {
            // Collect first: the caller may write while visiting, which a read transaction would block.
            let articles = try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM articles WHERE coalesce(source_name, source_domain) = ? ORDER BY seq", arguments: [source]
                ).map { try decode($0, in: db) }
            }
            for article in articles { try body(article) }
        }
    }

    public func list(limit: Int, offset: Int) throws(StoreError) -> [ArticleSummary] {
        try run {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT \(SummaryRow.columns) FROM articles a ORDER BY a.seq DESC LIMIT ? OFFSET ?",
                    arguments: [limit, offset]
                ).map(SummaryRow.decode)
            }
        }
    }

    public func statistics() throws(StoreError) -> StoreStatistics {
        let fileBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        return try run {
            try pool.read { db in
                func counts(_ column: String) throws -> [StoreStatistics.Count] {
                    try Row.fetchAll(
                        db,
                        sql: "SELECT coalesce(\(column), '(unknown)') AS value, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"
                    ).map { StoreStatistics.Count(value: $0["value"], count: $0["n"]) }
                }
                let totals = try Row.fetchOne(
                    db, sql: "SELECT count(*) AS n, coalesce(sum(length(text)), 0) AS chars, min(published) AS first, max(published) AS last FROM articles")
                return StoreStatistics(
                    articles: totals?["n"] ?? 0, characters: totals?["chars"] ?? 0,
                    languages: try counts("language"), sources: try counts("source_name"), encodings: try counts("encoding"),
                    earliestPublished: totals?["first"], latestPublished: totals?["last"], databaseBytes: fileBytes)
            }
        }
    }

    /// An `articles` row (all columns) with the article's layers.
    func decode(_ row: Row, in db: Database) throws -> StoredArticle {
        try ArticleRow.decode(row, layers: SQLiteLayers.read(article: row["seq"], in: db))
    }
}
