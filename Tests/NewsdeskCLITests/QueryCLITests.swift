import Foundation
import Testing

/// search, show, list, stats and export on a small archive.
@Suite struct QueryCLITests {
    static let articles = [
        ("bielorussie.txt", """
            La Biélorussie ferme sa frontière avec la Pologne
            Minsk a annoncé jeudi la fermeture de la frontière, laissant des centaines de camions à l'arrêt.
            Les transporteurs dénoncent une décision « prise sans concertation », selon leur fédération.
            """),
        ("budget.txt", """
            Budget européen : accord à Bruxelles
            Les Vingt-Sept se sont entendus sur le budget, après quatre jours de négociations serrées.
            La question de la Biélorussie n'a pas été abordée lors du sommet, ont indiqué des diplomates.
            """),
    ]

    static func archive() throws -> CLIHarness {
        let cli = try CLIHarness()
        for (name, text) in articles { try cli.write("in/\(name)", text) }
        let run = try cli.run(["ingest", cli.path("in"), "--db", cli.database])
        try #require(run.status == 0, "\(run.stderr)")
        return cli
    }

    @Test func searchFindsWithoutAccentsAndRanksTheTitleFirst() throws {
        let cli = try Self.archive()
        let run = try cli.run(["search", "Bielorussie", "--db", cli.database, "--format", "json"])
        #expect(run.status == 0)
        let hits = run.json as? [[String: Any]] ?? []
        #expect(hits.compactMap { $0["title"] as? String } == [
            "La Biélorussie ferme sa frontière avec la Pologne", "Budget européen : accord à Bruxelles",
        ])
        let second = try #require(hits.last)
        let snippet = try #require(second["snippet"] as? String)
        let highlight = try #require((second["highlights"] as? [[Int]])?.first)
        let scalars = Array(snippet.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[highlight[0]..<highlight[1]])) == "Biélorussie")
    }

    @Test func searchTableHighlightsAndNoResultIsStatus3() throws {
        let cli = try Self.archive()
        let table = try cli.run(["search", "camions", "--db", cli.database])
        #expect(table.status == 0)
        #expect(table.stdout.contains("[camions]"))
        let none = try cli.run(["search", "introuvable", "--db", cli.database])
        #expect(none.status == 3)
        let bad = try cli.run(["search", "NOT", "budget", "--db", cli.database])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("NOT needs a search term before it"))
    }

    @Test func aLeadingDashExcludesAWordRatherThanNamingAnOption() throws {
        let cli = try Self.archive()
        let all = try cli.run(["search", "Biélorussie", "--db", cli.database, "--format", "json"])
        let without = try cli.run(["search", "Biélorussie", "-camions", "--db", cli.database, "--format", "json"])
        #expect(without.status == 0, "\(without.stderr)")
        #expect(((without.json as? [Any])?.count ?? 0) == ((all.json as? [Any])?.count ?? 0) - 1)
        let unknown = try cli.run(["search", "budget", "--bogus", "--db", cli.database])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown option '--bogus'"))
    }

    @Test func showByPrefixInTextAndJSON() throws {
        let cli = try Self.archive()
        let id = try cli.sql("select id from articles where title like 'Budget%'")
        let json = try cli.run(["show", String(id.prefix(8)), "--db", cli.database, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.jsonObject["id"] as? String == id)
        #expect(json.jsonObject["title"] as? String == "Budget européen : accord à Bruxelles")
        let text = try cli.run(["show", String(id.prefix(8)), "--db", cli.database])
        #expect(text.stdout.hasPrefix("Budget européen : accord à Bruxelles\n"))
        let missing = try cli.run(["show", "ffffffff", "--db", cli.database])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no article with id ffffffff"))
        // Not an id at all is a usage error, not "nothing found".
        for bad in ["zzzz", "ab"] {
            let run = try cli.run(["show", bad, "--db", cli.database])
            #expect(run.status == 64, "\(bad)")
            #expect(run.stderr.contains("is not an article id"))
        }
    }

    @Test func listAndStats() throws {
        let cli = try Self.archive()
        let list = try cli.run(["list", "--db", cli.database])
        #expect(list.stdout.split(separator: "\n").count == 2)
        #expect(list.stdout.split(separator: "\n").first?.contains("Budget européen") == true, "most recent first")
        let stats = try cli.run(["stats", "--db", cli.database, "--format", "json"])
        #expect(stats.jsonObject["articles"] as? Int == 2)
    }

    @Test func exportStreamsJSONLinesAndCSV() throws {
        let cli = try Self.archive()
        let jsonl = try cli.run(["export", "--db", cli.database])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["title"] as? String == "La Biélorussie ferme sa frontière avec la Pologne")
        #expect(first?["paragraphs"] is [[String: Any]])

        let csvPath = cli.path("out.csv")
        let csv = try cli.run(["export", "--db", cli.database, "--format", "csv", "--output", csvPath])
        #expect(csv.status == 0)
        let content = try String(contentsOfFile: csvPath, encoding: .utf8)
        #expect(content.hasPrefix("id,url,source,domain,title,description,authors,published,modified,language,encoding,duplicateOf,story,storyline,text\r\n"))
        #expect(content.contains(",utf-8,,s-"))
        #expect(content.contains(",\"Minsk a annoncé jeudi la fermeture de la frontière, laissant"))
        #expect(content.contains("selon leur fédération.\"\r\n"))
        #expect(!FileManager.default.fileExists(atPath: csvPath + ".partial"))
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let run = try CLIHarness().run(["ingest", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("EXIT STATUS"))
        #expect(run.stdout.contains("130"))
    }
}
