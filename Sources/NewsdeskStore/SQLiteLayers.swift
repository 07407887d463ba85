import GRDB
import NewsdeskCore

/// Writes and reads the annotation layers of articles (tables `annotations` and
/// `annotation_keys`, migration v4) inside the caller's transaction.
enum SQLiteLayers {
    /// Writes the layers of a new article, which has none yet.
    static func insert(_ layers: [StoredLayer], article: Int64, of stored: Article, in db: Database) throws {
        for layer in layers {
            try db.cachedStatement(sql: "INSERT INTO annotations (article, stage, version, kind, data) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [article, layer.stage, layer.version, layer.kind, layer.json])
            try insertKeys(of: layer, article: article, published: stored.published, in: db)
            if layer.kind == EntityLayerContent.kind, let json = layer.json {
                try SQLiteEntities.add(json, language: stored.language, articleID: stored.id, in: db)
            }
        }
    }

    /// Writes each layer in place of the run of the same stage, with its keys; other stages'
    /// layers are kept. Throws `invalidLayer` when another stage of the article writes the same kind.
    /// `previousLanguage` is the article's language before this update: the entity tables count
    /// the old layer's aliases under it.
    static func replace(_ layers: [StoredLayer], article: Int64, of stored: Article, previousLanguage: String?, in db: Database) throws {
        let articleID = stored.id
        for layer in layers {
            if let kind = layer.kind, let owner = try String.fetchOne(
                db.cachedStatement(sql: "SELECT stage FROM annotations WHERE article = ? AND kind = ? AND stage <> ? LIMIT 1"),
                arguments: [article, kind, layer.stage])
            {
                throw StoreError(
                    .invalidLayer, "article \(articleID.prefix(12)), stage '\(layer.stage)': stage '\(owner)' already writes kind '\(kind)'")
            }
            let old = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT kind, data FROM annotations WHERE article = ? AND stage = ?"), arguments: [article, layer.stage])
            if let oldKind = old?["kind"] as String? {
                try db.cachedStatement(sql: "DELETE FROM annotation_keys WHERE article = ? AND kind = ?").execute(arguments: [article, oldKind])
                if oldKind == EntityLayerContent.kind, let json = old?["data"] as String? {
                    try SQLiteEntities.subtract(json, language: previousLanguage, articleID: articleID, in: db)
                }
            }
            try db.cachedStatement(sql: """
                INSERT INTO annotations (article, stage, version, kind, data) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (article, stage) DO UPDATE SET version = excluded.version, kind = excluded.kind, data = excluded.data
                """
            ).execute(arguments: [article, layer.stage, layer.version, layer.kind, layer.json])
            try insertKeys(of: layer, article: article, published: stored.published, in: db)
            if layer.kind == EntityLayerContent.kind, let json = layer.json {
                try SQLiteEntities.add(json, language: stored.language, articleID: articleID, in: db)
            }
        }
    }

    /// Copies the article's (possibly new) publication date to its keys.
    static func setPublished(_ published: String?, article: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE annotation_keys SET published = ? WHERE article = ? AND published IS NOT ?")
            .execute(arguments: [published, article, published])
    }

    private static func insertKeys(of layer: StoredLayer, article: Int64, published: String?, in db: Database) throws {
        guard let kind = layer.kind, !layer.keys.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO annotation_keys (article, kind, key, span_start, span_end, published) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for key in layer.keys {
            try statement.execute(arguments: [article, kind, key.key, key.start, key.end, published])
        }
    }

    /// The article's layers in the order their stages first ran, each with its keys in text order.
    static func read(article: Int64, in db: Database) throws -> [StoredLayer] {
        var layers = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT stage, version, kind, data FROM annotations WHERE article = ? ORDER BY id"),
            arguments: [article]
        ).map { StoredLayer(stage: $0["stage"], version: $0["version"], kind: $0["kind"], json: $0["data"]) }
        guard layers.contains(where: { $0.kind != nil }) else { return layers }
        var keys: [String: [LayerKey]] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT kind, key, span_start, span_end FROM annotation_keys WHERE article = ? ORDER BY span_start, span_end, key
                """),
            arguments: [article])
        while let row = try rows.next() {
            keys[row["kind"], default: []].append(LayerKey(key: row["key"], start: row["span_start"], end: row["span_end"]))
        }
        for index in layers.indices {
            if let kind = layers[index].kind { layers[index].keys = keys[kind] ?? [] }
        }
        return layers
    }
}
