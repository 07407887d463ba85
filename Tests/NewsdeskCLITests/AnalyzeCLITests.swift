import Foundation
import Testing

/// `newsdesk analyze`: the interface the evaluations call (DESIGN.md, "Analysing given text").
@Suite struct AnalyzeCLITests {
    static let text = "Le président a déclaré mardi que « la réforme ira jusqu'au bout ».\r\nIl s'exprimait à Paris.\r\n\r\nLes syndicats ont répondu dès mercredi. Ils appellent à la grève.\r\n"

    @Test func verbatimTextIsTheInputAndSentenceOffsetsIndexIt() throws {
        let cli = try CLIHarness()
        let file = try cli.write("input.txt", Self.text)
        let run = try cli.run(["analyze", "--verbatim", "--date", "2024-05-23", file])
        #expect(run.status == 0, "\(run.stderr)")
        let article = run.jsonObject
        let text = try #require(article["text"] as? String)
        #expect(text == Self.text.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(article["published"] as? String == "2024-05-23")
        #expect(article["language"] as? String == "fr")
        #expect((article["removed"] as? [Any])?.isEmpty == true)
        let scalars = Array(text.unicodeScalars)
        let sentences = try #require(article["sentences"] as? [[String: Int]])
        let spans = sentences.map { sentence in
            String(String.UnicodeScalarView(scalars[(sentence["start"] ?? 0)..<(sentence["end"] ?? 0)]))
        }
        #expect(spans == [
            "Le président a déclaré mardi que « la réforme ira jusqu'au bout ».", "Il s'exprimait à Paris.",
            "Les syndicats ont répondu dès mercredi.", "Ils appellent à la grève.",
        ])
        let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 2)
    }

    @Test func jsonLinesKeepOrderAndReportABadInputOnItsLine() throws {
        let cli = try CLIHarness()
        let first = try cli.write("a.txt", "The port workers extended their strike on Monday. Talks resume on Thursday.")
        let empty = try cli.write("b.txt", "")
        let third = try cli.write("c.txt", "Die Gewerkschaft rief am Montag zum Streik auf. Die Gespräche gehen weiter.")
        let run = try cli.run(["analyze", "--verbatim", "--format", "jsonl", first, empty, cli.path("missing.txt"), third])
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 4)
        #expect(lines[0]?["language"] as? String == "en")
        #expect((lines[1]?["error"] as? [String: String])?["code"] == "empty")
        #expect(lines[1]?["path"] as? String == empty)
        #expect((lines[2]?["error"] as? [String: String])?["code"] == "unreadable")
        #expect(lines[3]?["language"] as? String == "de")
        #expect((lines[3]?["sentences"] as? [Any])?.count == 2)
    }

    @Test func languageAndStandardInputAreTaken() throws {
        let cli = try CLIHarness()
        let run = try cli.run(["analyze", "--verbatim", "--language", "pt", "-"], stdin: Array("Uma frase curta.".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.jsonObject["language"] as? String == "pt")
        #expect(run.jsonObject["text"] as? String == "Uma frase curta.")
    }

    @Test func pagesAreExtractedBeforeTheStagesRun() throws {
        let cli = try CLIHarness()
        let page = """
            <html><head><title>Grève au port</title></head><body><nav>Accueil Politique Sport</nav>
            <article><h1>Grève au port</h1><p>Les dockers du port ont prolongé leur grève mardi, faute d'accord sur les retraites avec la direction.</p>
            <p>Les négociations reprendront jeudi. Les syndicats restent prudents sur l'issue des discussions.</p></article></body></html>
            """
        let run = try cli.run(["analyze", "--date", "2024-05-23", try cli.write("page.html", page)])
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.jsonObject["text"] as? String ?? ""
        #expect(!text.contains("Accueil"))
        #expect(run.jsonObject["published"] as? String == "2024-05-23")
        #expect((run.jsonObject["sentences"] as? [Any])?.count == 3)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let cli = try CLIHarness()
        let file = try cli.write("a.txt", "Texte.")
        #expect(try cli.run(["analyze", "--date", "2024-02-30", file]).status == 64)
        #expect(try cli.run(["analyze", "--language", "French", file]).status == 64)
        #expect(try cli.run(["analyze", "--format", "csv", file]).status == 64)
    }

    @Test func aBadConfigurationFileIsNamed() throws {
        let cli = try CLIHarness()
        let file = try cli.write("a.txt", "Texte assez long pour être lu.")
        let config = try cli.write("config.json", #"{"limits": {"maxInputBytes": -1}}"#)
        let run = try cli.run(["analyze", "--verbatim", "--config", config, file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("config.json"))
        let unknown = try cli.write("unknown.json", #"{"stages": {"sentimentz": {}}}"#)
        let second = try cli.run(["analyze", "--verbatim", "--config", unknown, file])
        #expect(second.status == 1)
        #expect(second.stderr.contains("unknown stage 'sentimentz'"))
    }
}
