import Foundation
import Testing

/// Stories and storylines end to end: ingest groups articles as it stores them, export carries
/// `story` and `storyline`, `stories`, `story` and `storyline` read them, `restory` groups
/// again, `analyze` groups several inputs among themselves.
@Suite struct StoriesCLITests {
    /// A second report of the bridge closure of `CopiesCLITests`, in other words.
    static let sameEvent = """
        Heavy lorries banned from Valmora's harbour bridge

        Lorries will no longer be allowed on the harbour bridge of Valmora from next spring, the regional council decided on Tuesday after inspectors discovered cracks in two steel girders of the 1962 bridge.

        Council president Irena Maslova said the risk to the 14,000 vehicles that cross the bridge every day was too great. Hauliers warned that the detour through the city centre would cost them dearly.

        """

    /// Another event: a strike at a car plant in another town, the same week.
    static let otherEvent = """
        Workers strike at Orvento car plant

        Around 2,300 workers walked out at the Orvento car plant in Lisgard on Wednesday, halting production of its electric hatchback after wage talks with the management collapsed.

        Union leader Paolo Brenn said the strike would last until the company improved its offer of a 2 per cent raise.

        """

    private func exported(_ cli: CLIHarness) throws -> [String: [String: Any]] {
        var articles: [String: [String: Any]] = [:]
        for line in try cli.run(["export", "--db", cli.database]).stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            articles[String(try #require(object["title"] as? String).prefix(14))] = object
        }
        return articles
    }

    @Test func ingestGroupsReportsOfOneEventAndKeepsOtherEventsApart() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", CopiesCLITests.original)
        let copy = try cli.write("2.txt", CopiesCLITests.copy)
        let same = try cli.write("3.txt", Self.sameEvent)
        let strike = try cli.write("4.txt", Self.otherEvent)
        let reopening = try cli.write("5.txt", CopiesCLITests.other)
        #expect(try cli.run(["ingest", first, "--db", cli.database, "--date", "2026-03-02"]).status == 0)
        let run = try cli.run(["ingest", copy, same, strike, "--db", cli.database, "--date", "2026-03-03", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((run.jsonObject["cpuSeconds"] as? [String: Double])?.keys.contains("group-stories") == true)
        #expect(try cli.run(["ingest", reopening, "--db", cli.database, "--date", "2027-09-06"]).status == 0)

        let articles = try exported(cli)
        let closure = try #require(articles["Valmora to clo"]?["story"] as? String)
        #expect(closure.hasPrefix("s-"))
        #expect(articles["Cracked bridge"]?["story"] as? String == closure, "a copy joins its original's story")
        #expect(articles["Heavy lorries "]?["story"] as? String == closure, "another report of the event joins it")
        let strikeStory = try #require(articles["Workers strike"]?["story"] as? String)
        #expect(strikeStory != closure)
        let reopened = try #require(articles["Valmora's harb"]?["story"] as? String)
        #expect(reopened != closure, "eighteen months later: another story")
        #expect(articles["Workers strike"]?["storyline"] as? String != articles["Valmora to clo"]?["storyline"] as? String)

        let copyID = try #require(articles["Cracked bridge"]?["id"] as? String)
        let shownCopy = try cli.run(["show", String(copyID.prefix(10)), "--db", cli.database]).stdout
        #expect(shownCopy.contains("copy of: \(try #require(articles["Valmora to clo"]?["id"] as? String))"))
        #expect(shownCopy.contains("story: \(closure)"))

        let list = try cli.run(["stories", "--db", cli.database])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix(reopened) == true, "latest first: \(list.stdout)")
        #expect(list.stdout.contains("\(closure)  2026-03-02 – 2026-03-03  3 articles"), "\(list.stdout)")
        let since = try cli.run(["stories", "--db", cli.database, "--since", "2027", "--format", "json"])
        #expect((since.jsonArray.map { $0["id"] as? String }) == [reopened])

        let naming = try cli.run(["stories", "--db", cli.database, "--entity", "Irena Maslova", "--format", "json"]).jsonArray
        #expect(naming.contains { $0["id"] as? String == closure })
        #expect(!naming.contains { $0["id"] as? String == strikeStory })

        let timeline = try cli.run(["story", String(closure.prefix(8)), "--db", cli.database])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let timelineLines = timeline.stdout.split(separator: "\n").map(String.init)
        #expect(timelineLines.count == 5, "\(timeline.stdout)")
        #expect(timelineLines[1].contains("1 copy folded"))
        #expect(timelineLines[2].hasPrefix("2026-03-02  en"))
        #expect(timelineLines[3].hasPrefix("    copy 2026-03-03  en"), "the copy under its first copy")
        #expect(timelineLines[4].contains("Heavy lorries banned"))
        let json = try cli.run(["story", closure, "--db", cli.database, "--format", "json"]).jsonObject
        #expect((json["articles"] as? [[String: Any]])?.count == 2)
        #expect((json["story"] as? [String: Any])?["articles"] as? Int == 3)

        let line = try #require(articles["Valmora to clo"]?["storyline"] as? String)
        let shown = try cli.run(["storyline", line, "--db", cli.database, "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let stories = try #require(shown.jsonObject["stories"] as? [[String: Any]])
        #expect(stories.first?["id"] as? String == closure)
    }

    @Test func theExamplesFactoryClosureAndItsBuyerAreOneStoryline() throws {
        // README's example: a plant's closure and its buyer six months later, two stories of one
        // storyline, though the two articles name the firm "Valcor France" and "Valcor de Vénissieux".
        let cli = try CLIHarness()
        let examples = CLIHarness.packageRoot.appendingPathComponent("Examples").path
        #expect(try cli.run(["ingest", examples, "--db", cli.database]).status == 0)
        let rows = try cli.sql("select story || ' ' || storyline from articles where title like '%Valcor%' order by published")
            .split(separator: "\n").map { $0.split(separator: " ") }
        #expect(rows.count == 2)
        #expect(rows.count == 2 && rows[0][0] != rows[1][0], "two stories")
        #expect(rows.count == 2 && rows[0][1] == rows[1][1], "one storyline")
    }

    @Test func restoryGroupsTheStoredArticlesAgain() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", CopiesCLITests.original)
        let same = try cli.write("2.txt", Self.sameEvent)
        let strike = try cli.write("3.txt", Self.otherEvent)
        #expect(try cli.run(["ingest", first, same, strike, "--db", cli.database, "--date", "2026-03-02"]).status == 0)
        let before = try exported(cli).mapValues { $0["story"] as? String }
        let again = try cli.run(["restory", "--db", cli.database, "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.jsonObject["articles"] as? Int == 3)
        #expect(again.jsonObject["stories"] as? Int == 2)
        #expect(try exported(cli).mapValues { $0["story"] as? String } == before)
        #expect(try cli.run(["stories", "--db", cli.database]).stdout.split(separator: "\n").count == 2)
    }

    @Test func badIdsAndOptionsAreRefused() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", CopiesCLITests.original)
        #expect(try cli.run(["ingest", first, "--db", cli.database]).status == 0)
        #expect(try cli.run(["story", "s-ffff", "--db", cli.database]).status == 3)
        #expect(try cli.run(["storyline", "nothing", "--db", cli.database]).status == 3)
        #expect(try cli.run(["stories", "--limit", "0", "--db", cli.database]).status == 64)
        #expect(try cli.run(["stories", "--since", "2026-13", "--db", cli.database]).status == 64)
        #expect(try cli.run(["stories", "--entity", "Nobody Anywhere", "--db", cli.database]).status == 3)
        let missing = try cli.run(["stories", "--db", cli.path("none.sqlite")])
        #expect(missing.status != 0)
    }

    @Test func analyzeGroupsSeveralInputsAndLeavesOneAlone() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", CopiesCLITests.original)
        let same = try cli.write("2.txt", Self.sameEvent)
        let strike = try cli.write("3.txt", Self.otherEvent)
        let run = try cli.run(["analyze", first, same, strike, "--date", "2026-03-02", "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let stories = try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["story"] as? String
        }
        #expect(stories.count == 3)
        #expect(stories[0] != nil && stories[0] == stories[1])
        #expect(stories[2] != stories[0])
        let single = try cli.run(["analyze", first, "--format", "json"]).jsonObject
        #expect(single["story"] is NSNull)
        #expect(single["storyline"] is NSNull)
    }
}
