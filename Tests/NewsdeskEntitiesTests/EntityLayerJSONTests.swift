import NewsdeskCore
import NewsdeskEntities
import Testing

/// The entities layer's JSON is what the store reads its entity tables from: it must read back
/// as it was written.
@Test func entityLayerReadsBackWhatItWrites() throws {
    let text = "Emmanuel Macron à Paris."
    let offsets = ScalarOffsetMap(text)
    let layer = EntityLayer(
        mentions: [
            Mention(span: TextSpan(start: 0, end: 15), text: "Emmanuel Macron", type: .person, kind: .name, entity: "nd:person:emmanuel-macron"),
            Mention(span: TextSpan(start: 19, end: 24), text: "Paris", type: .place, kind: .name, entity: "Q90"),
        ],
        entities: [
            Entity(id: "nd:person:emmanuel-macron", type: .person, name: "Emmanuel Macron", wikidata: nil, geonames: nil),
            Entity(id: "Q90", type: .place, name: "Paris", wikidata: "Q90", geonames: "2988507"),
        ])
    let json = layer.fieldsJSON(offsets: offsets)
    let read = try EntityLayer(fields: json, offsets: offsets)
    #expect(read.mentions == layer.mentions)
    #expect(read.entities == layer.entities)
    #expect(read.indexKeys.map(\.key) == ["nd:person:emmanuel-macron", "Q90"])
}
