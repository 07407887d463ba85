import GRDB
public import NewsdeskCore

extension SQLiteStore: StoryStoring {
    public func storiesSharing(keySets: [[UInt64]], perKey: Int, limit: Int) throws(StoreError) -> [[String]] {
        try owners(table: "story_keys", owner: "story", keySets: keySets, perKey: perKey, limit: limit)
    }

    public func storylinesSharing(keySets: [[UInt64]], perKey: Int, limit: Int) throws(StoreError) -> [[String]] {
        try owners(table: "storyline_keys", owner: "storyline", keySets: keySets, perKey: perKey, limit: limit)
    }

    public func stories(ids: [String]) throws(StoreError) -> [StoryRecord] {
        try records(ids: ids, sql: "SELECT \(SQLiteStories.storyColumns) FROM stories WHERE id = ?", SQLiteStories.decodeStory)
    }

    public func storylines(ids: [String]) throws(StoreError) -> [StorylineRecord] {
        try records(ids: ids, sql: "SELECT \(SQLiteStories.storylineColumns) FROM storylines WHERE id = ?", SQLiteStories.decodeStoryline)
    }

    public func assignStories(_ assignments: [StoryAssignment], changes: StoryChanges) throws(StoreError) {
        guard !assignments.isEmpty || !changes.isEmpty else { return }
        try run {
            try pool.write { db in
                let statement = try db.cachedStatement(sql: "UPDATE articles SET story = ?, storyline = ? WHERE id = ?")
                for assignment in assignments {
                    try statement.execute(arguments: [assignment.story, assignment.storyline, assignment.article])
                }
                try SQLiteStories.save(changes, in: db)
            }
        }
    }

    public func articleIDsByDate() throws(StoreError) -> [String] {
        try run {
            try pool.read { db in
                try String.fetchAll(db, sql: "SELECT id FROM articles ORDER BY published IS NULL, substr(published, 1, 10), seq")
            }
        }
    }

    public func clearStories() throws(StoreError) {
        try run {
            try pool.write { db in
                try db.execute(
                    sql: """
                        DELETE FROM story_keys; DELETE FROM storyline_keys; DELETE FROM stories; DELETE FROM storylines;
                        UPDATE articles SET story = NULL, storyline = NULL WHERE story IS NOT NULL OR storyline IS NOT NULL;
                        """)
            }
        }
    }

    public func storyList(sinceDay: Int?, entity: String?, storyline: String?, limit: Int) throws(StoreError) -> [StoryRecord] {
        guard limit > 0 else { return [] }
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let sinceDay {
            conditions.append("s.last_day >= ?")
            arguments += [sinceDay]
        }
        if let storyline {
            conditions.append("s.storyline = ?")
            arguments += [storyline]
        }
        if let entity {
            conditions.append(
                """
                s.id IN (SELECT a.story FROM annotation_keys k JOIN articles a ON a.seq = k.article
                         WHERE k.kind = 'entities' AND k.key = ? AND a.story IS NOT NULL)
                """)
            arguments += [entity]
        }
        arguments += [limit]
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT s.* FROM stories s \(filter) ORDER BY s.last_day IS NULL, s.last_day DESC, s.articles DESC, s.id LIMIT ?
            """
        return try run {
            try pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(SQLiteStories.decodeStory) }
        }
    }

    public func story(idPrefix: String) throws(StoreError) -> StoryRecord {
        try one(table: "stories", columns: SQLiteStories.storyColumns, idPrefix: idPrefix, noun: "story", SQLiteStories.decodeStory)
    }

    public func storyline(idPrefix: String) throws(StoreError) -> StorylineRecord {
        try one(
            table: "storylines", columns: SQLiteStories.storylineColumns, idPrefix: idPrefix, noun: "storyline",
            SQLiteStories.decodeStoryline)
    }

    public func members(ofStory id: String) throws(StoreError) -> [StoryMember] {
        try run {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(SummaryRow.columns), a.duplicate_of FROM articles a WHERE a.story = ?
                        ORDER BY a.published IS NULL, a.published, a.seq
                        """,
                    arguments: [id]
                ).map { StoryMember(summary: SummaryRow.decode($0), duplicateOf: $0["duplicate_of"]) }
            }
        }
    }

    private func owners(table: String, owner: String, keySets: [[UInt64]], perKey: Int, limit: Int) throws(StoreError) -> [[String]] {
        guard limit > 0, perKey > 0 else { return keySets.map { _ in [] } }
        return try run {
            try pool.read { db in
                try keySets.map { keys in
                    let distinct = Array(Set(keys)).sorted().prefix(Self.maxSharedKeys)
                    guard !distinct.isEmpty else { return [] }
                    var arguments: StatementArguments = []
                    for key in distinct { arguments += [Int64(bitPattern: key), perKey] }
                    arguments += [limit]
                    let statement = try db.cachedStatement(sql: SQLiteStories.sharing(table: table, owner: owner, keys: distinct.count))
                    return try Row.fetchAll(statement, arguments: arguments).map { $0["owner"] }
                }
            }
        }
    }

    private func records<Record>(ids: [String], sql: String, _ decode: (Row) throws -> Record) throws(StoreError) -> [Record] {
        guard !ids.isEmpty else { return [] }
        return try run {
            try pool.read { db in
                let statement = try db.cachedStatement(sql: sql)
                return try ids.compactMap { id in try Row.fetchOne(statement, arguments: [id]).map(decode) }
            }
        }
    }

    /// The row whose id is `idPrefix` or the only one starting with it (`s-…`, `l-…`).
    private func one<Record>(
        table: String, columns: String, idPrefix: String, noun: String, _ decode: (Row) throws -> Record
    ) throws(StoreError) -> Record {
        let prefix = idPrefix.lowercased()
        let rows = try run {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT \(columns) FROM \(table) WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                    arguments: [prefix, prefix + "\u{10FFFF}"])
            }
        }
        guard let first = rows.first else { throw StoreError(.notFound, "no \(noun) with id \(idPrefix)") }
        guard rows.count == 1 || (first["id"] as String) == prefix else {
            let candidates = rows.prefix(5).map { ($0["id"] as String).prefix(14) }.joined(separator: ", ")
            throw StoreError(.ambiguous, "id prefix \(idPrefix) matches several \(noun == "story" ? "stories" : "storylines") (\(candidates)); give more")
        }
        return try run { try decode(first) }
    }
}
