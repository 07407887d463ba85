public import NewsdeskCore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, full-text search with FTS5.
///
/// Opening never damages a file: a file that is not SQLite, or a SQLite database that belongs
/// to another program, is refused before anything is written to it.
public final class SQLiteStore: ArticleStore {
    public let path: String
    let pool: DatabasePool

    /// Opens (and with `create`, creates) the database at `path`, migrating it to the current schema.
    public init(path: String, create: Bool = true) throws(StoreError) {
        self.path = path
        try SQLiteFileCheck.check(path: path, create: create)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "newsdesk"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: true)
        }
        try migrate()
    }

    private func migrate() throws(StoreError) {
        let migrator = SQLiteSchema.migrator
        try run {
            try pool.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != SQLiteSchema.applicationID && tableCount > 0 {
                    throw StoreError(.notNewsdesk, "\(path) is a SQLite database of another program; Newsdesk leaves it untouched")
                }
                if try migrator.hasBeenSuperseded(db) {
                    throw StoreError(.newerSchema, "\(path) was written by a newer Newsdesk; upgrade Newsdesk to use it")
                }
            }
            try migrator.migrate(pool)
        }
    }

    /// Runs database work, turning every failure into a `StoreError` that names the file.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: false)
        }
    }

    public func contains(id: String) throws(StoreError) -> Bool {
        try run {
            try pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM articles WHERE id = ?)", arguments: [id]) ?? false
            }
        }
    }

    public func insert(_ articles: [StoredArticle]) throws(StoreError) -> [InsertOutcome] {
        guard !articles.isEmpty else { return [] }
        let now = ISO8601DateFormatter().string(from: Date())
        let encoder = JSONEncoder()
        return try run {
            try pool.write { db in
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO articles (id, url, source_name, source_domain, title, authors, published, language,
                        text, paragraphs, credits, removed, encoding, origin, ingested_at, original, modified, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO NOTHING
                    """)
                return try articles.map { stored in
                    let article = stored.article
                    try statement.execute(arguments: [
                        article.id, article.url, article.source.name, article.source.domain, article.title,
                        try encoder.jsonString(article.authors), article.published, article.language, article.text,
                        try encoder.jsonString(ParagraphRecord.records(for: article.paragraphs, in: article.text)),
                        try encoder.jsonString(article.credits), try encoder.jsonString(article.removed),
                        article.encoding, stored.origin, stored.ingestedAt ?? now, stored.original, article.modified,
                        article.description,
                    ])
                    guard db.changesCount > 0 else { return .duplicate }
                    if let learned = stored.learnedLines { try SourceLines.record(learned, in: db) }
                    return .stored
                }
            }
        }
    }

    public func templateKeys(source: String, minimumDocuments: Int, minimumShare: Double) throws(StoreError) -> Set<String> {
        try run {
            try pool.read { db in
                try SourceLines.templateKeys(source: source, minimumDocuments: minimumDocuments, minimumShare: minimumShare, in: db)
            }
        }
    }

    public func learnedSources() throws(StoreError) -> [StoreStatistics.Count] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT name, documents FROM sources ORDER BY documents DESC, name")
                    .map { StoreStatistics.Count(value: $0["name"], count: $0["documents"]) }
            }
        }
    }

    public func update(_ article: Article) throws(StoreError) {
        let encoder = JSONEncoder()
        try run {
            try pool.write { db in
                try db.execute(
                    sql: """
                        UPDATE articles SET url = ?, source_name = ?, source_domain = ?, title = ?, authors = ?,
                            published = ?, language = ?, text = ?, paragraphs = ?, credits = ?, removed = ?, encoding = ?,
                            modified = ?, description = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        article.url, article.source.name, article.source.domain, article.title,
                        try encoder.jsonString(article.authors), article.published, article.language, article.text,
                        try encoder.jsonString(ParagraphRecord.records(for: article.paragraphs, in: article.text)),
                        try encoder.jsonString(article.credits), try encoder.jsonString(article.removed), article.encoding,
                        article.modified, article.description, article.id,
                    ])
            }
        }
    }

    public func forEachArticle(source: String, _ body: (StoredArticle) throws -> Void) throws(StoreError) {
        try run {
            // Collect first: the caller may write while visiting, which a read transaction would block.
            let rows = try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM articles WHERE coalesce(source_name, source_domain) = ? ORDER BY seq", arguments: [source]) }
            for row in rows { try body(try ArticleRow.decode(row)) }
        }
    }

    public func article(idPrefix: String) throws(StoreError) -> StoredArticle {
        let prefix = idPrefix.lowercased()
        guard prefix.count >= 4, prefix.allSatisfy(\.isHexDigit) else {
            throw StoreError(.notFound, "'\(idPrefix)' is not an article id: give at least 4 hex digits")
        }
        let rows = try run {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                    arguments: [prefix, prefix + "g"])
            }
        }
        guard let row = rows.first else { throw StoreError(.notFound, "no article with id \(idPrefix)") }
        guard rows.count == 1 else {
            let candidates = rows.prefix(5).map { String(($0["id"] as String).prefix(12)) }.joined(separator: ", ")
            throw StoreError(.ambiguous, "id prefix \(idPrefix) matches several articles (\(candidates)\(rows.count > 5 ? ", …" : "")); give more digits")
        }
        return try run { try ArticleRow.decode(row) }
    }

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

    public func list(limit: Int, offset: Int) throws(StoreError) -> [ArticleSummary] {
        try run {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, title, source_name, published, language, ingested_at, length(text) AS characters
                        FROM articles ORDER BY seq DESC LIMIT ? OFFSET ?
                        """,
                    arguments: [limit, offset]
                ).map { row in
                    ArticleSummary(
                        id: row["id"], title: row["title"], source: row["source_name"], published: row["published"],
                        language: row["language"], ingestedAt: row["ingested_at"], characters: row["characters"])
                }
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

    public func forEachArticle(_ body: (StoredArticle) throws -> Void) throws(StoreError) {
        try run {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM articles ORDER BY seq")
                while let row = try rows.next() {
                    try body(try ArticleRow.decode(row))
                }
            }
        }
    }
}

extension JSONEncoder {
    fileprivate func jsonString(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
