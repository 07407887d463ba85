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
        let result = (reclean.json as? [[String: Any]])?.first
        #expect(result?["source"] as? String == "Stadskrant")
        #expect(result?["articlesChanged"] as? Int == 5)

        let export = try cli.run(["export", "--db", cli.database])
        for line in export.stdout.split(separator: "\n") {
            let article = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let text = article?["text"] as? String ?? ""
            #expect(!text.contains("Volg ons ook via de app"))
            #expect(!text.contains("Colofon"))
            #expect(text.contains("Wethouder Jansen"))
            let removed = article?["removed"] as? [[String: String]] ?? []
            #expect(removed.contains { $0["reason"] == "site-template" && $0["text"] == "Volg ons ook via de app voor het laatste nieuws" })
        }

        // A later document of the same source is cleaned as it is ingested.
        let later = try cli.write("later.txt", Self.page(6))
        #expect(try cli.run(["ingest", later, "--source", "Stadskrant", "--db", cli.database]).status == 0)
        let id = try cli.sql("select id from articles where title like '%wijk 6'")
        let shown = try cli.run(["show", String(id.prefix(12)), "--db", cli.database, "--format", "json"])
        #expect(!(shown.jsonObject["text"] as? String ?? "").contains("Volg ons"))
    }

    @Test func recleanWithoutLearnedSourcesSaysSo() throws {
        let cli = try CLIHarness()
        try cli.write("a.txt", IngestCLITests.article)
        #expect(try cli.run(["ingest", cli.path("a.txt"), "--db", cli.database]).status == 0)
        let run = try cli.run(["reclean", "--db", cli.database])
        #expect(run.status == 0)
        // The article names no source, so nothing was learned.
        #expect(run.stdout.contains("no source has learned lines yet"))
    }
}
