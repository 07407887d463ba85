/// The fields of an entities layer as the JSON contract writes them (`mentions[]` and
/// `entities[]`, offsets in Unicode scalars): what the entity stage's layer reads back, and what
/// the store reads its entity tables from, in one definition.
public struct EntityLayerRecords: Decodable, Sendable {
    public struct MentionRecord: Decodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        public var kind: String
        public var entity: String?
    }

    public struct EntityRecord: Decodable, Sendable {
        public var id: String
        public var type: String
        public var name: String
        public var wikidata: String?
        public var geonames: String?
    }

    public var mentions: [MentionRecord]
    public var entities: [EntityRecord]
}
