import Foundation
import Testing

/// Site-template learning: lines a source repeats are removed even in a language no cue list knows.
@Suite struct SourceLearningCLITests {
    /// A Dutch page: the menu and footer lines are in no cue list.
    static func page(_ number: Int) -> String {
        """
        Nieuws Regio Sport Cultuur Weer
        Gemeente opent nieuw zwembad in wijk \(number)
        De gemeente heeft dinsdag een nieuw zwembad geopend in wijk \(number), na twee jaar bouwen en een lange discussie over de kosten.
        Wethouder Jansen sprak van een belangrijke dag voor de buurt en beloofde dat de tarieven laag blijven.
        Volg ons ook via de app voor het laatste nieuws
        Colofon Privacy Contact Adverteren
        """
    }

    @Test func repeatedLinesAreLearnedRecleanedAndRemovedFromLaterDocuments() throws {
        let cli = try CLIHarness()
        for number in 1...5 { try cli.write("site/\(number).txt", Self.page(number)) }
        let first = try cli.run(["ingest", cli.path("site"), "--source", "Stadskrant", "--db", cli.database])
        #expect(first.status == 0, "\(first.stderr)")

        let reclean = try cli.run(["reclean", "--db", cli.database, "--format", "json"])
        #expect(reclean.status == 0, "\(reclean.stderr)")
        #expect(reclean.jsonObject["changed"] as? Int == 5)
        // Three lines of every page are template: the menu, the app prompt, the footer.
        #expect(reclean.jsonObject["templateLinesRemoved"] as? Int == 15)

        let export = try cli.run(["export", "--db", cli.database])
        for line in export.stdout.split(separator: "\n") {
            let article = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let text = article?["text"] as? String ?? ""
            #expect(!text.contains("Volg ons ook via de app"))
            #expect(!text.contains("Colofon"))
            #expect(text.contains("Wethouder Jansen"))
            let removed = article?["removed"] as? [[String: String]] ?? []
            #expect(removed.contains { $0["reason"] == "site-template" && $0["text"] == "Volg ons ook via de app voor het laatste nieuws" })
            // Cleaning again re-ran the stages after extraction: languages and sentences are current.
            #expect(article?["language"] as? String == "nl")
            let paragraphs = article?["paragraphs"] as? [[String: Any]] ?? []
            #expect(!paragraphs.isEmpty && paragraphs.allSatisfy { $0["language"] as? String == "nl" })
            let sentences = article?["sentences"] as? [[String: Int]] ?? []
            #expect(!sentences.isEmpty && sentences.allSatisfy { ($0["end"] ?? .max) <= text.unicodeScalars.count })
        }

        // A later document of the same source is cleaned as it is ingested.
        let later = try cli.write("later.txt", Self.page(6))
        #expect(try cli.run(["ingest", later, "--source", "Stadskrant", "--db", cli.database]).status == 0)
        let id = try cli.sql("select id from articles where title like '%wijk 6'")
        let shown = try cli.run(["show", String(id.prefix(12)), "--db", cli.database, "--format", "json"])
        #expect(!(shown.jsonObject["text"] as? String ?? "").contains("Volg ons"))
    }

    @Test func recleanWithNothingOutOfDateChangesNothing() throws {
        let cli = try CLIHarness()
        try cli.write("a.txt", IngestCLITests.article)
        #expect(try cli.run(["ingest", cli.path("a.txt"), "--db", cli.database]).status == 0)
        let run = try cli.run(["reclean", "--db", cli.database])
        #expect(run.status == 0)
        #expect(run.stdout.contains("0 articles visited, 0 changed"))
    }

    @Test func recleanOfAChosenStageRunsItAndWhatReadsIt() throws {
        let cli = try CLIHarness()
        try cli.write("a.txt", IngestCLITests.article)
        #expect(try cli.run(["ingest", cli.path("a.txt"), "--db", cli.database]).status == 0)
        let run = try cli.run(["reclean", "--stage", "language", "--db", cli.database, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let stages = run.jsonObject["stages"] as? [[String: Any]] ?? []
        #expect(stages.map { $0["stage"] as? String } == ["extract", "language", "sentences", "times", "entities", "quotes", "fingerprint", "story-profile"])
        #expect(stages.map { $0["articles"] as? Int } == [0, 1, 0, 1, 1, 1, 0, 0])
        let unknown = try cli.run(["reclean", "--stage", "sentiment", "--db", cli.database])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'sentiment' is not a stage"))
        let nowhere = try cli.run(["reclean", "--source", "Nope", "--db", cli.database])
        #expect(nowhere.status == 3)
        #expect(nowhere.stderr.contains("no stored article has the source 'Nope'"))
    }
}
