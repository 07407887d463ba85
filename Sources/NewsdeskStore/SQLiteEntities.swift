import GRDB

/// Keeps the entity tables (`entities`, `entity_aliases`, migration v6) in step with the
/// articles' `entities` layers, inside the caller's transaction: a layer written adds its
/// counts, a layer replaced takes its old counts away first.
enum SQLiteEntities {
    /// Adds an article's entities layer: a new entity gets its row, a known one keeps its name
    /// (unless the stored row has no Wikidata id and this one has: then the linked name wins),
    /// and every count grows.
    static func add(_ json: String, language: String?, articleID: String, in db: Database) throws {
        let content = try read(json, articleID: articleID)
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entities (id, type, name, name_key, wikidata, geonames, first_seen, articles, mentions)
            VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = CASE WHEN entities.wikidata IS NULL AND excluded.wikidata IS NOT NULL THEN excluded.name ELSE entities.name END,
                name_key = CASE WHEN entities.wikidata IS NULL AND excluded.wikidata IS NOT NULL THEN excluded.name_key ELSE entities.name_key END,
                wikidata = coalesce(entities.wikidata, excluded.wikidata),
                geonames = coalesce(entities.geonames, excluded.geonames),
                articles = entities.articles + 1,
                mentions = entities.mentions + excluded.mentions
            """)
        for entity in content.entities {
            try upsert.execute(arguments: [
                entity.id, entity.type, entity.name, EntityNameKey.make(entity.name), entity.wikidata, entity.geonames, entity.mentions,
            ])
        }
        let alias = try db.cachedStatement(sql: """
            INSERT INTO entity_aliases (entity, text, language, text_key, mentions) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (entity, text, language) DO UPDATE SET mentions = entity_aliases.mentions + excluded.mentions
            """)
        for (key, count) in content.aliases {
            try alias.execute(arguments: [key.entity, key.text, language ?? "und", EntityNameKey.make(key.text), count])
        }
    }

    /// Takes an article's entities layer away from the counts (before it is replaced). Entity
    /// rows stay, so an id keeps its name; aliases no mention uses any more go.
    static func subtract(_ json: String, language: String?, articleID: String, in db: Database) throws {
        let content = try read(json, articleID: articleID)
        let entity = try db.cachedStatement(sql: """
            UPDATE entities SET articles = max(articles - 1, 0), mentions = max(mentions - ?, 0) WHERE id = ?
            """)
        for row in content.entities { try entity.execute(arguments: [row.mentions, row.id]) }
        let alias = try db.cachedStatement(sql: """
            UPDATE entity_aliases SET mentions = mentions - ? WHERE entity = ? AND text = ? AND language = ?
            """)
        let unused = try db.cachedStatement(sql: """
            DELETE FROM entity_aliases WHERE entity = ? AND text = ? AND language = ? AND mentions <= 0
            """)
        for (key, count) in content.aliases {
            let arguments: StatementArguments = [key.entity, key.text, language ?? "und"]
            try alias.execute(arguments: [count] + arguments)
            try unused.execute(arguments: arguments)
        }
    }

    /// Fills the tables from the entities layers already stored (a database written before them).
    static func backfill(in db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.language, n.data FROM annotations n JOIN articles a ON a.seq = n.article
            WHERE n.kind = ? AND n.data IS NOT NULL ORDER BY a.seq
            """, arguments: [EntityLayerContent.kind])
        while let row = try rows.next() {
            // A layer that cannot be read stays out of the counts; opening the database goes on.
            do {
                try add(row["data"], language: row["language"], articleID: row["id"], in: db)
            } catch let error as StoreError where error.code == .invalidLayer {
                continue
            }
        }
    }

    private static func read(_ json: String, articleID: String) throws -> EntityLayerContent {
        do {
            return try EntityLayerContent(json: json)
        } catch {
            throw StoreError(.invalidLayer, "article \(articleID.prefix(12)): the entities layer cannot be read: \(error)")
        }
    }
}
