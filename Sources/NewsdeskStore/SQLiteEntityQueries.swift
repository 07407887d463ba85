/// The SQL behind `EntityStoring`, kept apart so that a test can check each query's plan.
enum SQLiteEntityQueries {
    /// The columns of a `StoredEntity` over `entities` aliased as `e`, before its two counts.
    static let columns = "e.id, e.type, e.name, e.wikidata, e.geonames, e.first_seen"

    /// Arguments: type (or null for every type), limit.
    static let topByKeptCounts = """
        SELECT \(columns), e.articles, e.mentions FROM entities e
        WHERE e.articles > 0 AND (?1 IS NULL OR e.type = ?1)
        ORDER BY e.articles DESC, e.mentions DESC, e.id
        LIMIT ?2
        """

    /// Arguments: kind, lowest publication date, type (or null), limit.
    static let topPublishedFrom = """
        SELECT \(columns), k.articles, k.mentions
        FROM (
            SELECT key, count(DISTINCT article) AS articles, count(*) AS mentions FROM annotation_keys
            WHERE kind = ?1 AND published >= ?2
            GROUP BY key
        ) k JOIN entities e ON e.id = k.key
        WHERE ?3 IS NULL OR e.type = ?3
        ORDER BY k.articles DESC, k.mentions DESC, e.id
        LIMIT ?4
        """

    /// Arguments: id.
    static let byID = "SELECT \(columns), e.articles, e.mentions FROM entities e WHERE e.id = ?"

    /// Arguments: folded name (twice), limit.
    static let byName = """
        SELECT \(columns), e.articles, e.mentions FROM entities e
        WHERE e.id IN (SELECT entity FROM entity_aliases WHERE text_key = ?1) OR e.name_key = ?1
        ORDER BY e.articles DESC, e.mentions DESC, e.id
        LIMIT ?2
        """

    /// Arguments: id, limit.
    static let aliases = """
        SELECT text, language, mentions FROM entity_aliases WHERE entity = ?
        ORDER BY mentions DESC, text, language
        LIMIT ?
        """

    /// Arguments: kind, id.
    static let monthly = """
        SELECT substr(published, 1, 7) AS month, count(DISTINCT article) AS articles FROM annotation_keys
        WHERE kind = ? AND key = ?
        GROUP BY month
        ORDER BY month IS NULL, month
        """

    /// Arguments: kind, id, the number of recent articles, limit.
    static let companions = """
        WITH recent AS (
            SELECT DISTINCT published, article FROM annotation_keys
            WHERE kind = ?1 AND key = ?2
            ORDER BY published DESC, article DESC
            LIMIT ?3
        )
        SELECT \(columns), c.articles, c.mentions
        FROM (
            SELECT k.key, count(DISTINCT k.article) AS articles, count(*) AS mentions
            FROM recent r JOIN annotation_keys k ON k.article = r.article AND k.kind = ?1
            WHERE k.key <> ?2
            GROUP BY k.key
        ) c JOIN entities e ON e.id = c.key
        ORDER BY c.articles DESC, c.mentions DESC, e.id
        LIMIT ?4
        """
}
