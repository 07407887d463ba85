public import NewsdeskCore
import Foundation

/// The article's mentions and the entities they resolve to: `"mentions": [{"start", "end",
/// "text", "type", "kind", "entity"}]` and `"entities": [{"id", "type", "name", "wikidata",
/// "geonames"}]` in the JSON contract. Indexed by entity id, so that the store can find every
/// article that names an entity.
public struct EntityLayer: AnnotationLayer {
    public static let kind = AnnotationKind.entities

    public var mentions: [Mention]
    /// Each entity the mentions resolve to, once, in order of first mention.
    public var entities: [Entity]

    public init(mentions: [Mention], entities: [Entity]) {
        self.mentions = mentions
        self.entities = entities
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {
        writer.key("mentions")
        writer.beginArray()
        for mention in mentions {
            writer.beginObject()
            writer.spanFields(mention.span, offsets: offsets)
            writer.field("text", mention.text)
            writer.field("type", mention.type.label)
            writer.field("kind", mention.kind.rawValue)
            writer.field("entity", mention.entity)
            writer.endObject()
        }
        writer.endArray()
        writer.key("entities")
        writer.beginArray()
        for entity in entities {
            writer.beginObject()
            writer.field("id", entity.id)
            writer.field("type", entity.type.label)
            writer.field("name", entity.name)
            writer.field("wikidata", entity.wikidata)
            writer.field("geonames", entity.geonames)
            writer.endObject()
        }
        writer.endArray()
    }

    public var indexKeys: [IndexKey] {
        mentions.compactMap { mention in mention.entity.map { IndexKey(key: $0, span: mention.span) } }
    }

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) throws {
        let fields = try JSONDecoder().decode(EntityLayerRecords.self, from: Data(json))
        mentions = try fields.mentions.map { record in
            let span = try offsets.utf8Span(start: record.start, end: record.end, in: Self.kind, of: "mention")
            guard let type = NameType(label: record.type), let kind = Mention.Kind(rawValue: record.kind) else {
                throw LayerDecodingError(kind: Self.kind, reason: "unknown mention type '\(record.type)' or kind '\(record.kind)'")
            }
            return Mention(span: span, text: record.text, type: type, kind: kind, entity: record.entity)
        }
        entities = try fields.entities.map { record in
            guard let type = NameType(label: record.type) else {
                throw LayerDecodingError(kind: Self.kind, reason: "unknown entity type '\(record.type)'")
            }
            return Entity(id: record.id, type: type, name: record.name, wikidata: record.wikidata, geonames: record.geonames)
        }
    }
}

extension AnnotationKind {
    /// Entity mentions and the entities they resolve to.
    public static let entities = AnnotationKind(rawValue: "entities")
}
