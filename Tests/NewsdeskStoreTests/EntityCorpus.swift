import Foundation
import NewsdeskCore
import NewsdeskStore

/// Three articles with entities layers as the entity stage writes them (the JSON contract's
/// `mentions` and `entities`): Macron in Paris and at the UN, Macron again, and Berlin alone.
enum EntityCorpus {
    static let macron = "nd:person:emmanuel-macron"
    static let paris = "Q90"
    static let un = "Q1065"
    static let berlin = "Q64"

    /// One mention: the `occurrence`-th appearance of `word`, its type and entity.
    struct Named {
        var word: String
        var occurrence = 0
        var type: String
        var entity: String?
    }

    /// An entities layer over `text` for these mentions, listing `entities` as (id, type, name, wikidata).
    static func layer(
        _ text: String, _ mentions: [Named], entities: [(String, String, String, String?)], version: Int = 1
    ) -> StoredLayer {
        var items: [String] = []
        var keys: [LayerKey] = []
        for mention in mentions {
            let span = StoreFixtures.span(of: mention.word, occurrence: mention.occurrence, in: text)
            let entity = mention.entity.map { "\"\($0)\"" } ?? "null"
            items.append(
                "{\"start\":\(span.start),\"end\":\(span.end),\"text\":\"\(mention.word)\",\"type\":\"\(mention.type)\",\"kind\":\"name\",\"entity\":\(entity)}")
            if let id = mention.entity { keys.append(LayerKey(key: id, start: span.start, end: span.end)) }
        }
        let listed = entities.map { id, type, name, wikidata in
            "{\"id\":\"\(id)\",\"type\":\"\(type)\",\"name\":\"\(name)\",\"wikidata\":\(wikidata.map { "\"\($0)\"" } ?? "null"),\"geonames\":null}"
        }
        let json = "{\"mentions\":[\(items.joined(separator: ","))],\"entities\":[\(listed.joined(separator: ","))]}"
        return StoredLayer(stage: "entities", version: version, kind: "entities", json: json, keys: keys)
    }

    static let summitText = "Emmanuel Macron est arrivé à Paris. Macron a parlé de l’ONU à Paris."
    static let summit = StoreFixtures.article(
        StoreFixtures.id("e1"), title: "Macron à Paris", text: summitText, published: "2025-03-12",
        layers: [
            layer(
                summitText,
                [
                    Named(word: "Emmanuel Macron", type: "person", entity: macron),
                    Named(word: "Paris", type: "place", entity: paris),
                    Named(word: "Macron", occurrence: 1, type: "person", entity: macron),
                    Named(word: "ONU", type: "organization", entity: un),
                    Named(word: "Paris", occurrence: 1, type: "place", entity: paris),
                ],
                entities: [(macron, "person", "Emmanuel Macron", nil), (paris, "place", "Paris", "Q90"), (un, "organization", "ONU", "Q1065")])
        ])

    static let speechText = "President Macron spoke at the United Nations on Monday."
    static let speech = StoreFixtures.article(
        StoreFixtures.id("e2"), title: "Macron at the UN", text: speechText, language: "en", published: "2025-04-02",
        layers: [
            layer(
                speechText,
                [Named(word: "Macron", type: "person", entity: macron), Named(word: "United Nations", type: "organization", entity: un)],
                entities: [(macron, "person", "Macron", nil), (un, "organization", "United Nations", "Q1065")])
        ])

    static let berlinText = "Berlin hat gewählt. In Berlin bleibt alles offen."
    static let berlinArticle = StoreFixtures.article(
        StoreFixtures.id("e3"), title: "Berlin", text: berlinText, language: "de", published: nil,
        layers: [
            layer(
                berlinText,
                [Named(word: "Berlin", type: "place", entity: berlin), Named(word: "Berlin", occurrence: 1, type: "place", entity: berlin)],
                entities: [(berlin, "place", "Berlin", "Q64")])
        ])

    static let all = [summit, speech, berlinArticle]

    static func store(_ factory: StoreFactory, in scratch: ScratchDirectory) throws -> any NewsdeskStore {
        let store = try factory.make(try scratch.directory())
        _ = try store.insert(all)
        return store
    }
}
