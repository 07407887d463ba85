/// An entity Newsdesk knows by name: a country, a city, an organisation, a person.
public struct EntityRecord: Sendable, Hashable {
    /// The Wikidata id where known, else a Newsdesk id ("nd:place:fr-saint-denis").
    public var id: String
    public var type: NameType
    /// Finer class: country, territory, region, city; agency, international, government,
    /// party, company, media; person.
    public var entityClass: String
    public var name: String
    public var wikidata: String?
    public var geonames: String?
    /// Popularity weight (population for places) that settles ambiguous names.
    public var prior: Double

    public init(id: String, type: NameType, entityClass: String, name: String, wikidata: String?, geonames: String?, prior: Double) {
        self.id = id
        self.type = type
        self.entityClass = entityClass
        self.name = name
        self.wikidata = wikidata
        self.geonames = geonames
        self.prior = prior
    }
}

/// How an alias names its entity.
public enum AliasKind: String, Sendable {
    case name, acronym, adjective
}
