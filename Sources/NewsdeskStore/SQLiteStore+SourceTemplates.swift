import GRDB

extension SQLiteStore: SourceTemplateStoring {
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
}
