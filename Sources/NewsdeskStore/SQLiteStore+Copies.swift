import GRDB

extension SQLiteStore: CopyStoring {
    public func copies(of firstID: String) throws(StoreError) -> [StoredArticle] {
        try run {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM articles WHERE duplicate_of = ? ORDER BY published IS NULL, published, seq",
                    arguments: [firstID]
                ).map { try decode($0, in: db) }
            }
        }
    }

    public func copySources(ids: [String]) throws(StoreError) -> [CopySource] {
        guard !ids.isEmpty else { return [] }
        return try run {
            try pool.read { db in
                let statement = try db.cachedStatement(sql: "SELECT id, published, duplicate_of, text FROM articles WHERE id = ?")
                return try ids.compactMap { id in
                    try Row.fetchOne(statement, arguments: [id]).map {
                        CopySource(id: $0["id"], published: $0["published"], duplicateOf: $0["duplicate_of"], text: $0["text"])
                    }
                }
            }
        }
    }
}
