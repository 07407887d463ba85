import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStore
import NewsdeskText
import Testing

/// Ingest and re-runs over a real SQLite store in a scratch directory.
@Suite final class RerunTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-pipeline-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// Four French texts of one source sharing a footer line, written to the scratch directory.
    func writeTexts() throws -> [InputItem] {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let bodies = [
            "Les dirigeants européens se sont entendus jeudi soir sur un budget commun pour la défense, après deux jours de discussions.",
            "Le conseil municipal a voté mardi la rénovation de l'école primaire du centre-ville, dont les travaux commenceront en juin.",
            "Les dockers du port ont prolongé leur grève d'une semaine, faute d'accord sur les retraites avec la direction du port.",
            "La préfecture a levé lundi l'alerte aux crues sur le département, après une semaine de pluies continues sur la région.",
        ]
        let titles = ["Accord sur la défense", "Une école rénovée", "La grève continue", "Fin de l'alerte aux crues"]
        return try bodies.enumerated().map { index, body in
            let text = "\(titles[index])\n\n\(body)\n\nLe Val vu par ses habitants depuis toujours\n"
            let file = scratch.appendingPathComponent("texte-\(index).txt")
            try Data(text.utf8).write(to: file)
            return .file(path: file.path)
        }
    }

    static func pipeline() throws -> Pipeline {
        try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
    }

    func ingest(_ items: [InputItem], into store: SQLiteStore) throws -> IngestTally {
        try IngestRun(store: store, pipeline: try Self.pipeline(), metadata: InputMetadata(sourceName: "La Gazette"), jobs: 2)
            .run(items)
    }

    @Test func ingestStoresEveryStageWithItsLayer() throws {
        let items = try writeTexts()
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        let tally = try ingest(items, into: store)
        #expect(tally.stored == 4)
        let ids = try store.list(limit: 10, offset: 0).map(\.id)
        let stored = try store.article(idPrefix: try #require(ids.first))
        #expect(stored.layers.map(\.stage) == ["extract", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(stored.layers.map(\.kind) == [nil, nil, "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        let document = Document.reading(stored).document
        let sentences = try #require(document.article.layers[SentenceLayer.self])
        #expect(!sentences.spans.isEmpty)
        #expect(document.article.language == "fr")
        #expect(try store.stageVersions()["sentences"] == [SentenceStage.version: 4])
    }

    @Test func languageSurvivesARecleanWithTheSourceTemplate() throws {
        let items = try writeTexts()
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        _ = try ingest(items, into: store)
        let summary = try Rerun(store: store, pipeline: try Self.pipeline()).run()
        #expect(summary.changed >= 1)
        #expect(summary.templateLinesRemoved >= 1)
        var visited = 0
        try store.forEachArticle { stored in
            visited += 1
            #expect(stored.article.language == "fr")
            #expect(stored.article.paragraphs.allSatisfy { $0.language == "fr" })
            #expect(!stored.article.text.contains("Le Val vu par"))
            let document = Document.reading(stored).document
            let sentences = try #require(document.article.layers[SentenceLayer.self])
            #expect(sentences.spans.allSatisfy { $0.end <= document.article.text.utf8.count })
        }
        #expect(visited == 4)
        // Nothing is out of date any more.
        #expect(try Rerun(store: store, pipeline: try Self.pipeline()).run().changed == 0)
    }

    @Test func aChosenStageRunsAgainWithTheStagesThatReadIt() throws {
        let items = try writeTexts()
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        _ = try ingest(items, into: store)
        let summary = try Rerun(store: store, pipeline: try Self.pipeline(), chosen: ["language"], dryRun: true).run()
        #expect(summary.articles == 4)
        // The time, entity and quote stages read the language, so they run again with it.
        #expect(summary.stages.map(\.stage) == ["extract", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(summary.stages.map(\.articles) == [0, 4, 0, 4, 4, 4, 0, 0])
        #expect(summary.changed == 0)
    }

    @Test func layersOfOtherStagesSurviveAReRun() throws {
        let items = try writeTexts()
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        _ = try ingest(items, into: store)
        let id = try #require(try store.list(limit: 1, offset: 0).first?.id)
        var stored = try store.article(idPrefix: id)
        // A layer no registered stage leaves (a newer Newsdesk's), and sentences out of date.
        stored.layers = [
            StoredLayer(stage: "mentions", version: 1, kind: "mentions", json: #"{"mentions":[]}"#, keys: [LayerKey(key: "Q90", start: 0, end: 3)]),
            StoredLayer(stage: "sentences", version: 0, kind: "sentences", json: #"{"sentences":[]}"#),
        ]
        try store.update(stored)
        let summary = try Rerun(store: store, pipeline: try Self.pipeline()).run()
        #expect((summary.stages.first { $0.stage == "sentences" }?.articles ?? 0) >= 1)
        let after = try store.article(idPrefix: id)
        #expect(after.layers.first { $0.stage == "mentions" }?.json == #"{"mentions":[]}"#)
        #expect(try store.occurrences(kind: "mentions", key: "Q90", limit: 5).count == 1)
        #expect(after.layers.first { $0.stage == "sentences" }?.version == SentenceStage.version)
    }

    @Test func anUnreadableLayerIsWrittenAgain() throws {
        let items = try writeTexts()
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        _ = try ingest(items, into: store)
        let id = try #require(try store.list(limit: 1, offset: 0).first?.id)
        var stored = try store.article(idPrefix: id)
        stored.layers = [StoredLayer(stage: "sentences", version: SentenceStage.version, kind: "sentences", json: #"{"sentences":[{"start":0,"end":99999}]}"#)]
        try store.update(stored)
        #expect(Document.reading(try store.article(idPrefix: id)).unreadable.count == 1)
        let summary = try Rerun(store: store, pipeline: try Self.pipeline()).run()
        #expect(summary.unreadableLayers == 1)
        let (document, unreadable) = Document.reading(try store.article(idPrefix: id))
        #expect(unreadable.isEmpty)
        #expect(document.article.layers[SentenceLayer.self]?.spans.isEmpty == false)
    }
}
