import GRDB
import NewsdeskCore

/// The per-source line counts behind site-template learning.
enum SourceLines {
    static func record(_ learned: LearnedLines, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO sources (name, documents) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET documents = documents + 1",
            arguments: [learned.source])
        let statement = try db.cachedStatement(sql: """
            INSERT INTO source_lines (source, key, documents) VALUES (?, ?, 1)
            ON CONFLICT(source, key) DO UPDATE SET documents = documents + 1
            """)
        for key in learned.keys {
            try statement.execute(arguments: [learned.source, key])
        }
    }

    static func templateKeys(source: String, minimumDocuments: Int, minimumShare: Double, in db: Database) throws -> Set<String> {
        let documents = try Int.fetchOne(db, sql: "SELECT documents FROM sources WHERE name = ?", arguments: [source]) ?? 0
        let threshold = max(minimumDocuments, Int((Double(documents) * minimumShare).rounded(.up)))
        guard documents >= minimumDocuments else { return [] }
        return Set(try String.fetchAll(
            db, sql: "SELECT key FROM source_lines WHERE source = ? AND documents >= ?", arguments: [source, threshold]))
    }
}
