public import NewsdeskCore

/// A stretch of text that names or designates an entity: `mentions[]` in the JSON contract.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A proper name ("Vladimir Poutine", "Bélarus").
        case name
        /// An acronym standing for a name ("ONU", "AFP").
        case acronym
        /// A demonym or adjective of a place ("biélorusse" → Belarus).
        case adjective
        /// A role that designates a person ("le président russe").
        case role
    }

    /// UTF-8 span into the article text.
    public var span: TextSpan
    public var text: String
    public var type: NameType
    public var kind: Kind
    /// The id of the entity in the layer's `entities`, nil when it cannot be resolved.
    public var entity: String?

    public init(span: TextSpan, text: String, type: NameType, kind: Kind, entity: String?) {
        self.span = span
        self.text = text
        self.type = type
        self.kind = kind
        self.entity = entity
    }
}

/// An entity as an article's layer lists it: `entities[]` in the JSON contract.
public struct Entity: Sendable, Hashable {
    /// The Wikidata id where Newsdesk knows it, else a Newsdesk id that is the same in every
    /// article ("nd:person:jean-dupont").
    public var id: String
    public var type: NameType
    public var name: String
    public var wikidata: String?
    public var geonames: String?

    public init(id: String, type: NameType, name: String, wikidata: String?, geonames: String?) {
        self.id = id
        self.type = type
        self.name = name
        self.wikidata = wikidata
        self.geonames = geonames
    }

    init(_ record: EntityRecord) {
        self.init(id: record.id, type: record.type, name: record.name, wikidata: record.wikidata, geonames: record.geonames)
    }
}
