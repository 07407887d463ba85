import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// Ingest links copies: within one run (the store not yet committed, or empty when the run
/// began), and across runs (looked up in the store), always to the first copy of the group.
@Suite final class CopyLinkingTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-copies-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: scratch) }

    static let story = [
        "Les dirigeants européens se sont entendus jeudi soir sur un budget commun pour la défense, après deux jours de discussions à Bruxelles.",
        "Le fonds, doté de 150 milliards d'euros, financera des achats communs de munitions et de systèmes de défense aérienne d'ici à 2030.",
        "« C'est un pas historique pour notre sécurité collective », a déclaré la présidente de la Commission à l'issue du sommet.",
        "Plusieurs pays du Nord ont obtenu que les prêts soient remboursés par les États qui en bénéficient, et non par le budget commun.",
    ]

    /// Writes texts (title, blank line, paragraphs) and returns them as inputs, in order.
    func write(_ texts: [(name: String, title: String, paragraphs: [String])]) throws -> [InputItem] {
        try texts.map { text in
            let file = scratch.appendingPathComponent(text.name)
            try Data((text.title + "\n\n" + text.paragraphs.joined(separator: "\n\n") + "\n").utf8).write(to: file)
            return .file(path: file.path)
        }
    }

    func ingest(_ items: [InputItem], into store: SQLiteStore, date: String) throws -> IngestTally {
        let pipeline = try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
        return try IngestRun(store: store, pipeline: pipeline, metadata: InputMetadata(date: date), jobs: 2).run(items)
    }

    /// Each stored article's title and the title of the article its `duplicateOf` names.
    func links(_ store: SQLiteStore) throws -> [String: String] {
        var titles: [String: String] = [:]
        var originals: [String: String] = [:]
        try store.forEachArticle { stored in
            titles[stored.article.id] = stored.article.title ?? ""
            originals[stored.article.id] = stored.article.duplicateOf
        }
        return Dictionary(uniqueKeysWithValues: titles.map { id, title in (title, originals[id].flatMap { titles[$0] } ?? "-") })
    }

    @Test func copiesWithinOneRunAndAcrossRunsPointAtTheFirstCopy() throws {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: scratch.appendingPathComponent("db.sqlite").path)
        let first = try write([
            ("1.txt", "Accord sur la défense européenne", Self.story),
            ("2.txt", "Défense : les Vingt-Sept s'accordent", Array(Self.story.dropLast()) + ["Avec l'AFP"]),
            ("3.txt", "Grève au port", ["Les dockers du port ont prolongé leur grève d'une semaine, faute d'accord sur les retraites avec la direction du port."]),
        ])
        let tally = try ingest(first, into: store, date: "2026-03-05")
        #expect(tally.stored == 3 && tally.copies == 1)
        let later = try write([("4.txt", "Budget de défense : ce qui a été décidé", Array(Self.story.dropFirst()))])
        #expect(try ingest(later, into: store, date: "2026-03-06").copies == 1)
        #expect(try links(store) == [
            "Accord sur la défense européenne": "-",
            "Défense : les Vingt-Sept s'accordent": "Accord sur la défense européenne",
            "Grève au port": "-",
            "Budget de défense : ce qui a été décidé": "Accord sur la défense européenne",
        ])
    }
}
