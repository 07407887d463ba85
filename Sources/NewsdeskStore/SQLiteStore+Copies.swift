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
}
