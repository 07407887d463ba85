import Foundation
import NewsdeskCore

/// What the entity tables take from an article's `entities` layer, read from the layer's JSON
/// in the contract's form (`{"mentions": [...], "entities": [...]}`): per entity its row and
/// how many mentions name it, and per (entity, mention text) how many times it was written so.
struct EntityLayerContent: Equatable {
    /// The annotation kind of the layer the entity tables are kept from.
    static let kind = StoredEntity.layerKind

    struct EntityRow: Equatable {
        var id: String
        var type: String
        var name: String
        var wikidata: String?
        var geonames: String?
        var mentions: Int
    }

    struct AliasCount: Hashable {
        var entity: String
        var text: String
    }

    /// In order of first listing.
    var entities: [EntityRow]
    var aliases: [AliasCount: Int]

    /// Throws when the JSON is not an entities layer. A mention of an entity the layer does not
    /// list still gives its entity a row, named and typed as that mention.
    init(json: String) throws {
        let fields = try JSONDecoder().decode(EntityLayerRecords.self, from: Data(json.utf8))
        var rows: [EntityRow] = []
        var index: [String: Int] = [:]
        for entity in fields.entities where index[entity.id] == nil {
            index[entity.id] = rows.count
            rows.append(EntityRow(id: entity.id, type: entity.type, name: entity.name, wikidata: entity.wikidata, geonames: entity.geonames, mentions: 0))
        }
        var aliases: [AliasCount: Int] = [:]
        for mention in fields.mentions {
            guard let id = mention.entity else { continue }
            if index[id] == nil {
                index[id] = rows.count
                rows.append(EntityRow(id: id, type: mention.type, name: mention.text, wikidata: nil, geonames: nil, mentions: 0))
            }
            if let position = index[id] { rows[position].mentions += 1 }
            aliases[AliasCount(entity: id, text: mention.text), default: 0] += 1
        }
        entities = rows
        self.aliases = aliases
    }
}

/// The form names and aliases are looked up by: case, accents and apostrophes do not count
/// ("l’ONU", "L'ONU" and "l'onu" are one), runs of white space are one space.
enum EntityNameKey {
    static func make(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
