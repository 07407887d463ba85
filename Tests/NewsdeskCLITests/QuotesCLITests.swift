import Foundation
import Testing

/// `newsdesk quotes` on a French and an English report of one meeting, written for these tests:
/// every quote listed with its speaker's identity, whatever language named it; a speaker's
/// quotes across languages by any of the names the gazetteer knows; words and dates narrow.
@Suite struct QuotesCLITests {
    static let french = """
        Sommet de Minsk : Loukachenko promet la paix

        Le président biélorusse Alexandre Loukachenko a reçu mardi son homologue russe Vladimir Poutine à Minsk.

        « Nous ne céderons pas à la pression de l'Occident », a déclaré Vladimir Poutine devant la presse.
        """
    static let english = """
        Putin warns the West in Minsk

        Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Minsk on Tuesday.

        "We will not give in to pressure from the West," Putin told reporters after the talks.
        """

    static func corpus() throws -> CLIHarness {
        let cli = try CLIHarness()
        for (name, text, date) in [("fr.txt", french, "2025-03-04"), ("en.txt", english, "2025-03-05")] {
            let run = try cli.run(["ingest", try cli.write(name, text), "--date", date, "--db", cli.database])
            #expect(run.status == 0, "\(run.stderr)")
        }
        return cli
    }

    static func quotes(_ cli: CLIHarness, _ arguments: [String]) throws -> [[String: Any]] {
        let run = try cli.run(["quotes"] + arguments + ["--db", cli.database, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.json as? [[String: Any]] ?? []
    }

    @Test func aSpeakersQuotesInEveryLanguage() throws {
        let cli = try Self.corpus()
        let all = try Self.quotes(cli, [])
        #expect(all.contains { $0["text"] as? String == "Nous ne céderons pas à la pression de l'Occident" && $0["entity"] as? String == "Q7747" })
        #expect(all.contains { ($0["text"] as? String ?? "").hasPrefix("We will not give in") && $0["entity"] as? String == "Q7747" })
        // Most recent first: the English report is a day later.
        #expect((all.first?["published"] as? String) == "2025-03-05")
        for name in ["Poutine", "putin", "Q7747"] {
            let putin = try Self.quotes(cli, ["--speaker", name])
            #expect(putin.count == 2, "\(name): \(putin)")
            #expect(putin.allSatisfy { $0["entity"] as? String == "Q7747" })
        }
        let table = try cli.run(["quotes", "--speaker", "Poutine", "--db", cli.database])
        #expect(table.stdout.contains("Vladimir Poutine [Q7747]  direct"), "\(table.stdout)")
        // The entity view shows what the person said.
        let profile = try cli.run(["entity", "Q7747", "--db", cli.database, "--format", "json"])
        #expect((profile.jsonObject["quotes"] as? [[String: Any]])?.count == 2, "\(profile.stdout)")
    }

    @Test func wordsAndDatesNarrow() throws {
        let cli = try Self.corpus()
        let french = try Self.quotes(cli, ["--speaker", "Q7747", "--search", "pression"])
        #expect(french.map { $0["published"] as? String } == ["2025-03-04"])
        let since = try Self.quotes(cli, ["--since", "2025-03-05"])
        #expect(!since.isEmpty && since.allSatisfy { $0["published"] as? String == "2025-03-05" })
    }

    @Test func nothingFoundAndBadInputs() throws {
        let cli = try Self.corpus()
        let nobody = try cli.run(["quotes", "--speaker", "Jules Fabrecourt", "--db", cli.database])
        #expect(nobody.status == 3)
        #expect(nobody.stderr.contains("no quotes"))
        for arguments in [["--limit", "0"], ["--since", "2025-13"], ["--speaker", " "], ["--format", "xml"]] {
            #expect(try cli.run(["quotes"] + arguments + ["--db", cli.database]).status == 64, "\(arguments)")
        }
    }
}
