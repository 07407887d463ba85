/// The entities that articles name, kept across the corpus: one row per entity id with its
/// name, the aliases its mentions were written as, and where it occurs. Written by the store
/// itself from each article's `entities` layer (the JSON contract's `mentions` and `entities`),
/// when the article is stored and when the layer is written again (`update`, `reclean`).
///
/// Identity is kept stable: an entity id, once stored, keeps its row even when no article names
/// it any more. Its name is the first one seen, unless a later article links it to Wikidata
/// where the stored row had no Wikidata id: that linked name replaces it, once.
public protocol EntityStoring: Sendable {
    /// The entities named in the most articles (then in the most mentions), at most `limit`; of
    /// one type when given. With `publishedFrom`, only articles published from that date on
    /// count (those without a date are left out), and the work is a scan of the keys of that
    /// period; without it, the counts kept with each entity are read.
    func topEntities(type: String?, publishedFrom: String?, limit: Int) throws(StoreError) -> [StoredEntity]
    /// The entity with exactly this id, or nil.
    func entity(id: String) throws(StoreError) -> StoredEntity?
    /// The entities whose name or an alias seen in a mention is `name`, case, accents and
    /// apostrophes folded; most named first. More than one is an ambiguity for the caller.
    func entities(named name: String, limit: Int) throws(StoreError) -> [StoredEntity]
    /// How the entity's mentions were written, per language of the article, most frequent first.
    func aliases(of id: String, limit: Int) throws(StoreError) -> [EntityAlias]
    /// In how many articles the entity occurs per month of publication, oldest month first;
    /// articles without a date count under a nil month, last.
    func monthlyArticles(of id: String) throws(StoreError) -> [MonthCount]
    /// The entities named in the same articles as `id`, counted over its `recentArticles` most
    /// recently published articles (bounded work), in the most shared articles first.
    func companions(of id: String, recentArticles: Int, limit: Int) throws(StoreError) -> [StoredEntity]
}

/// An entity as the store keeps it, with how often it occurs (over the articles a query counted).
public struct StoredEntity: Sendable, Equatable, Codable {
    /// The annotation kind of the layers the entity tables are kept from (the entity stage's),
    /// and under which `annotation_keys` indexes each mention's entity id.
    public static let layerKind = "entities"

    public var id: String
    /// `person`, `organization`, `place` or `other`.
    public var type: String
    public var name: String
    public var wikidata: String?
    public var geonames: String?
    /// When the store first recorded it (ISO 8601, UTC).
    public var firstSeen: String
    /// Articles naming it, and its mentions in them.
    public var articles: Int
    public var mentions: Int

    public init(
        id: String, type: String, name: String, wikidata: String?, geonames: String?, firstSeen: String, articles: Int, mentions: Int
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.wikidata = wikidata
        self.geonames = geonames
        self.firstSeen = firstSeen
        self.articles = articles
        self.mentions = mentions
    }

    /// Every field, `null` included, as the JSON contract writes entities.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(name, forKey: .name)
        try container.encode(wikidata, forKey: .wikidata)
        try container.encode(geonames, forKey: .geonames)
        try container.encode(firstSeen, forKey: .firstSeen)
        try container.encode(articles, forKey: .articles)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// One way an entity's mentions were written, in articles of one language.
public struct EntityAlias: Sendable, Equatable, Codable {
    public var text: String
    /// The article's language (ISO 639-1), `und` when unknown.
    public var language: String
    public var mentions: Int

    public init(text: String, language: String, mentions: Int) {
        self.text = text
        self.language = language
        self.mentions = mentions
    }
}

/// A count of articles in one month (`2025-03`), nil for articles without a date.
public struct MonthCount: Sendable, Equatable, Codable {
    public var month: String?
    public var articles: Int

    public init(month: String?, articles: Int) {
        self.month = month
        self.articles = articles
    }
}
