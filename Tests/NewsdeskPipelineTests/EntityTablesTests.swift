import Foundation
import NewsdeskCore
import NewsdeskEntities
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// The store's entity tables follow the entity stage's layers: filled at ingest, replaced when
/// `reclean` writes the layer again.
@Suite final class EntityTablesTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-entities-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: scratch) }

    @Test func theStoreKeepsItsTablesFromTheEntityStagesKind() {
        #expect(StoredEntity.layerKind == EntityLayer.kind.rawValue)
    }

    @Test func aRecleanThatRewritesTheLayerReplacesItsCounts() throws {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent("lyon.txt")
        try Data("""
            Le ministre a rencontré Jean Dupont à Lyon. Jean Dupont a déclaré que Lyon accueillerait le sommet. \
            Dupont a ajouté que la ville de Lyon était prête.

            """.utf8).write(to: file)
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        let pipeline = try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
        _ = try IngestRun(store: store, pipeline: pipeline, metadata: InputMetadata(), jobs: 1).run([.file(path: file.path)])
        let ingested = try store.topEntities(type: nil, publishedFrom: nil, limit: 10)
        let lyon = try #require(ingested.first { $0.name == "Lyon" })
        #expect(lyon.type == "place" && lyon.articles == 1 && lyon.mentions == 3)

        // An entities layer of an older version that named nothing: the counts drop, the rows stay.
        let id = try #require(try store.list(limit: 1, offset: 0).first?.id)
        var stored = try store.article(idPrefix: id)
        stored.layers = [StoredLayer(stage: EntityStage.id, version: 0, kind: StoredEntity.layerKind, json: #"{"mentions":[],"entities":[]}"#)]
        try store.update(stored)
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 10).isEmpty)
        #expect(try store.entity(id: lyon.id)?.name == "Lyon")

        let summary = try Rerun(store: store, pipeline: pipeline).run()
        #expect(summary.changed == 1)
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 10) == ingested)
        #expect(try store.aliases(of: lyon.id, limit: 5) == [EntityAlias(text: "Lyon", language: "fr", mentions: 3)])
    }
}
