import Foundation
import Testing

/// Wire copies end to end: ingest links them, export and show carry `duplicateOf`, `copies`
/// shows the group, `analyze` links its inputs among themselves.
@Suite struct CopiesCLITests {
    static let story = [
        "The regional council of Valmora voted on Tuesday to close the old harbour bridge to heavy lorries from next spring, after engineers found cracks in two of its steel girders.",
        "The bridge, built in 1962, carries about 14,000 vehicles a day between the port and the northern ring road. Repairs are expected to take at least eighteen months.",
        "\"We cannot take any risk with a structure that so many people cross every day,\" said council president Irena Maslova, who called the decision painful but unavoidable.",
        "Hauliers' associations criticised the vote, saying the detour through the city centre would add forty minutes to every delivery and cost the sector millions.",
        "The council said it would open a temporary lane for emergency vehicles and buses, and publish a timetable for the works before the end of the month.",
    ]

    static let original = "Valmora to close harbour bridge to lorries\n\n" + story.joined(separator: "\n\n") + "\n"
    /// Re-headlined, its last paragraph cut, a credit line added.
    static let copy = "Cracked bridge: Valmora bans heavy lorries | The Northern Post\n\n"
        + (story.dropLast() + ["Reporting by Tomas Keller for Reuters"]).joined(separator: "\n\n") + "\n"
    static let other = """
        Valmora's harbour bridge reopens

        Valmora's harbour bridge reopened to all traffic on Monday after eighteen months of repairs to its steel girders, the regional council said.

        Council president Irena Maslova thanked hauliers for their patience and said the new girders would carry heavy lorries for another fifty years.

        """

    /// Each article's id and `duplicateOf`, by title, as `jsonl` output gives them.
    private func links(_ output: String) throws -> [String: (id: String, duplicateOf: String?)] {
        var links: [String: (id: String, duplicateOf: String?)] = [:]
        for line in output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let title = try #require(object["title"] as? String)
            links[String(title.prefix(14))] = (try #require(object["id"] as? String), object["duplicateOf"] as? String)
        }
        return links
    }

    @Test func ingestLinksACopyToTheFirstStoredCopyAndCopiesShowsWhatChanged() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", Self.original)
        let copy = try cli.write("2.txt", Self.copy)
        let other = try cli.write("3.txt", Self.other)
        let run = try cli.run(["ingest", first, "--db", cli.database, "--date", "2026-03-02", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let later = try cli.run(["ingest", copy, other, "--db", cli.database, "--date", "2026-03-03", "--format", "json"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.jsonObject["copies"] as? Int == 1)
        #expect((later.jsonObject["cpuSeconds"] as? [String: Double])?.keys.contains("link-copies") == true)

        let links = try links(try cli.run(["export", "--db", cli.database]).stdout)
        let originalID = try #require(links["Valmora to clo"]?.id)
        let copyID = try #require(links["Cracked bridge"]?.id)
        let otherID = try #require(links["Valmora's harb"]?.id)
        #expect(links["Valmora to clo"]?.duplicateOf == nil)
        #expect(links["Cracked bridge"]?.duplicateOf == originalID)
        #expect(links["Valmora's harb"]?.duplicateOf == nil)

        let shown = try cli.run(["copies", String(copyID.prefix(8)), "--db", cli.database])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("1 copy of \(originalID.prefix(12))"), "\(shown.stdout)")
        #expect(shown.stdout.contains("headline: \"Valmora to close harbour bridge to lorries\" -> \"Cracked bridge"))
        #expect(shown.stdout.contains("cut: \"The council said it would open"))
        #expect(shown.stdout.contains("credit added: \"Reporting by Tomas Keller for Reuters\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("agency: Reuters"))

        let json = try cli.run(["copies", String(originalID.prefix(8)), "--db", cli.database, "--format", "json"])
        let group = json.jsonObject
        #expect((group["first"] as? [String: Any])?["id"] as? String == originalID)
        let copies = try #require(group["copies"] as? [[String: Any]])
        #expect(copies.count == 1)
        let changes = try #require(copies.first?["changes"] as? [String: Any])
        #expect((changes["cut"] as? [String])?.count == 1)
        #expect((changes["edited"] as? [Any])?.isEmpty == true)
        #expect((changes["addedCredits"] as? [String]) == ["Reporting by Tomas Keller for Reuters"])

        let alone = try cli.run(["copies", String(otherID.prefix(8)), "--db", cli.database])
        #expect(alone.stdout.hasPrefix("0 copies of"), "\(alone.stdout)")
    }

    @Test func analyzeLinksSeveralInputsAmongThemselvesAndOneInputToNothing() throws {
        let cli = try CLIHarness()
        let first = try cli.write("1.txt", Self.original)
        let copy = try cli.write("2.txt", Self.copy)
        let both = try cli.run(["analyze", first, copy, "--format", "jsonl"])
        #expect(both.status == 0, "\(both.stderr)")
        let links = try links(both.stdout)
        #expect(links.count == 2)
        #expect(links["Valmora to clo"]?.duplicateOf == nil)
        #expect(links["Cracked bridge"]?.duplicateOf == links["Valmora to clo"]?.id)

        let single = try cli.run(["analyze", copy, "--format", "json"])
        #expect(single.jsonObject.keys.contains("duplicateOf"))
        #expect(single.jsonObject["duplicateOf"] is NSNull)
    }
}
