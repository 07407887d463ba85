import GRDB

extension SQLiteStore: EntityStoring {
    public func topEntities(type: String?, publishedFrom: String?, limit: Int) throws(StoreError) -> [StoredEntity] {
        guard limit > 0 else { return [] }
        return try fetchEntities { db in
            if let publishedFrom {
                return try Row.fetchAll(
                    db, sql: SQLiteEntityQueries.topPublishedFrom, arguments: [EntityLayerContent.kind, publishedFrom, type, limit])
            }
            return try Row.fetchAll(db, sql: SQLiteEntityQueries.topByKeptCounts, arguments: [type, limit])
        }
    }

    public func entity(id: String) throws(StoreError) -> StoredEntity? {
        try fetchEntities { db in try Row.fetchAll(db, sql: SQLiteEntityQueries.byID, arguments: [id]) }.first
    }

    public func entities(named name: String, limit: Int) throws(StoreError) -> [StoredEntity] {
        let key = EntityNameKey.make(name)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try fetchEntities { db in try Row.fetchAll(db, sql: SQLiteEntityQueries.byName, arguments: [key, limit]) }
    }

    public func aliases(of id: String, limit: Int) throws(StoreError) -> [EntityAlias] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: SQLiteEntityQueries.aliases, arguments: [id, limit]).map {
                    EntityAlias(text: $0["text"], language: $0["language"], mentions: $0["mentions"])
                }
            }
        }
    }

    public func monthlyArticles(of id: String) throws(StoreError) -> [MonthCount] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db, sql: SQLiteEntityQueries.monthly, arguments: [EntityLayerContent.kind, id]).map {
                    MonthCount(month: $0["month"], articles: $0["articles"])
                }
            }
        }
    }

    public func companions(of id: String, recentArticles: Int, limit: Int) throws(StoreError) -> [StoredEntity] {
        guard recentArticles > 0, limit > 0 else { return [] }
        return try fetchEntities { db in
            try Row.fetchAll(db, sql: SQLiteEntityQueries.companions, arguments: [EntityLayerContent.kind, id, recentArticles, limit])
        }
    }

    /// Rows of `SQLiteEntityQueries.columns` and two counts as entities.
    private func fetchEntities(_ rows: (Database) throws -> [Row]) throws(StoreError) -> [StoredEntity] {
        try run {
            try pool.read { db in
                try rows(db).map { row in
                    StoredEntity(
                        id: row["id"], type: row["type"], name: row["name"], wikidata: row["wikidata"], geonames: row["geonames"],
                        firstSeen: row["first_seen"], articles: row["articles"], mentions: row["mentions"])
                }
            }
        }
    }
}
