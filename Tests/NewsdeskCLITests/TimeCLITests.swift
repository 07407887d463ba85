import Foundation
import Testing

/// Time expressions through the binary: `analyze` prints them, the store indexes them, and
/// `list --about` / `search --about` find articles by the dates they talk about.
@Suite struct TimeCLITests {
    static let summit = "Sommet à Paris\n\nPublié le 19 décembre 2022\n\nLe sommet s'est ouvert ce lundi (19) à Paris. Mi-octobre, les négociateurs avaient échoué, a dit le ministre.\n"
    static let vote = "Vote in May\n\nMay 20, 2024\n\nThe vote was held on May 3, 2024 after talks in March 2023, officials said.\n"

    @Test func analyzePrintsTimesResolvedAgainstTheDate() throws {
        let cli = try CLIHarness()
        let file = try cli.write("input.txt", "Le sommet s'est ouvert ce lundi (19). Mi-octobre, tout avait échoué.")
        let run = try cli.run(["analyze", "--verbatim", "--language", "fr", "--date", "2022-12-19", file])
        #expect(run.status == 0, "\(run.stderr)")
        let times = try #require(run.jsonObject["times"] as? [[String: Any]])
        #expect(times.map { $0["text"] as? String } == ["ce lundi (19)", "Mi-octobre"])
        #expect(times.map { $0["value"] as? String } == ["2022-12-19", "2022-10"])
        #expect(times.map { $0["mod"] as? String } == [nil, "MID"])
        #expect(times.first?["start"] as? Int == 23)
        #expect(times.first?["type"] as? String == "date")

        let undated = try cli.run(["analyze", "--verbatim", "--language", "fr", file])
        let values = (undated.jsonObject["times"] as? [[String: Any]])?.map { $0["value"] as? String }
        #expect(values == ["XXXX-WXX-1", "XXXX-10"])
    }

    @Test func recordsCarryTheirOwnDateAndLanguage() throws {
        let cli = try CLIHarness()
        let records = [
            #"{"text": "Le sommet s'est ouvert ce lundi (19).", "date": "2022-12-19", "language": "fr"}"#,
            "not a record",
            "",
            #"{"text": "The talks ended last week.", "date": "2024-05-23"}"#,
            #"{"text": "x", "date": "2024-13-01"}"#,
        ]
        let file = try cli.write("records.jsonl", records.joined(separator: "\n") + "\n")
        let run = try cli.run(["analyze", "--verbatim", "--input-format", "jsonl", "--format", "jsonl", "--language", "en", file])
        #expect(run.status == 2, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 4)
        #expect(lines[0]?["language"] as? String == "fr")
        #expect((lines[0]?["times"] as? [[String: Any]])?.first?["value"] as? String == "2022-12-19")
        #expect((lines[1]?["error"] as? [String: Any])?["code"] as? String == "not-a-document")
        #expect(lines[1]?["path"] as? String == file + ":2")
        // --language fills in what a record leaves out.
        #expect(lines[2]?["language"] as? String == "en")
        #expect((lines[2]?["times"] as? [[String: Any]])?.first?["value"] as? String == "2024-W20")
        #expect(((lines[3]?["error"] as? [String: Any])?["reason"] as? String)?.contains("YYYY-MM-DD") == true)
    }

    @Test func listAndSearchFindArticlesByTheDatesTheyTalkAbout() throws {
        let cli = try CLIHarness()
        try cli.write("summit.txt", Self.summit)
        try cli.write("vote.txt", Self.vote)
        let ingest = try cli.run(["ingest", cli.path("summit.txt"), cli.path("vote.txt"), "--db", cli.database])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        func titles(_ arguments: [String]) throws -> [String] {
            let run = try cli.run(arguments + ["--db", cli.database, "--format", "json"])
            return (run.json as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        }
        #expect(try titles(["list", "--about", "2022-10"]) == ["Sommet à Paris"])
        #expect(try titles(["list", "--about", "2023..2024-05-03"]) == ["Vote in May"])
        #expect(try titles(["list", "--about", "2021"]) == [])
        #expect(try titles(["search", "vote", "--about", "2024-05"]) == ["Vote in May"])
        #expect(try cli.run(["search", "vote", "--about", "2022", "--db", cli.database]).status == 3)
        #expect(try cli.run(["list", "--about", "2024-13-99x", "--db", cli.database]).status == 64)
        #expect(try cli.run(["list", "--about", "2024..2023", "--db", cli.database]).status == 64)

        let listed = try cli.run(["list", "--db", cli.database, "--format", "json"])
        let id = try #require((listed.json as? [[String: Any]])?.first { $0["title"] as? String == "Vote in May" }?["id"] as? String)
        let shown = try cli.run(["show", id, "--db", cli.database])
        #expect(shown.stdout.contains("times (2):"))
        #expect(shown.stdout.contains("2024-05-03  date  \"May 3, 2024\""))
    }
}
