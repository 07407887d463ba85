import GRDB

extension SQLiteStore: AnnotationStoring {
    public func stageVersions() throws(StoreError) -> [String: [Int: Int]] {
        try run {
            try pool.read { db in
                var versions: [String: [Int: Int]] = [:]
                for row in try Row.fetchAll(db, sql: SQLiteAnnotationQueries.stageVersions) {
                    versions[row["stage"], default: [:]][row["version"]] = row["n"]
                }
                return versions
            }
        }
    }

    public func articleIDs(whereStage stage: String, isNot version: Int) throws(StoreError) -> [String] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: SQLiteAnnotationQueries.articleIDs, arguments: [stage, version])
                    .map { (seq: $0["seq"] as Int64, id: $0["id"] as String) }
                    .sorted { $0.seq < $1.seq }
                    .map(\.id)
            }
        }
    }

    public func occurrences(kind: String, key: String, limit: Int) throws(StoreError) -> [KeyOccurrence] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: SQLiteAnnotationQueries.occurrences, arguments: [kind, key, limit]).map { row in
                    KeyOccurrence(articleID: row["id"], start: row["span_start"], end: row["span_end"], published: row["published"])
                }
            }
        }
    }

    public func articles(kind: String, key: String, publishedFrom: String?, publishedTo: String?, limit: Int)
        throws(StoreError) -> [ArticleSummary]
    {
        let sql = SQLiteAnnotationQueries.articlesWithKey(from: publishedFrom != nil, to: publishedTo != nil)
        var arguments: StatementArguments = [kind, key]
        for bound in [publishedFrom, publishedTo.map(KeyBounds.through)].compactMap(\.self) { arguments += [bound] }
        arguments += [limit]
        return try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map(SummaryRow.decode)
            }
        }
    }

    public func articles(kind: String, keysFrom: String, keysTo: String, limit: Int) throws(StoreError) -> [ArticleSummary] {
        try run {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: SQLiteAnnotationQueries.articlesWithKeyRange,
                    arguments: [kind, keysFrom, KeyBounds.through(keysTo), limit]
                ).map(SummaryRow.decode)
            }
        }
    }

    public func articlesSharing(kind: String, keySets: [[String]], perKey: Int, limit: Int) throws(StoreError) -> [[KeyOverlap]] {
        guard limit > 0, perKey > 0, keySets.contains(where: { !$0.isEmpty }) else { return keySets.map { _ in [] } }
        return try run {
            try pool.read { db in
                try keySets.map { keys in
                    let distinct = Array(Set(keys)).sorted().prefix(Self.maxSharedKeys)
                    guard !distinct.isEmpty else { return [] }
                    var arguments: StatementArguments = []
                    for key in distinct { arguments += [kind, key, perKey] }
                    arguments += [limit]
                    // One statement per number of keys, prepared once: callers use few sizes.
                    let statement = try db.cachedStatement(sql: SQLiteAnnotationQueries.articlesSharing(keys: distinct.count))
                    return try Row.fetchAll(statement, arguments: arguments).map { KeyOverlap(articleID: $0["id"], shared: $0["shared"]) }
                }
            }
        }
    }

    /// The most keys one `articlesSharing` looks up (SQLite's limit on a compound select is 500).
    static let maxSharedKeys = 256
}
