import Foundation
import NewsdeskTestSupport
import Testing

@Suite struct LanguageCLITests {
    @Test func linesGetOneResultEachInOrder() throws {
        let cli = try CLIHarness()
        let input = """
            Les dirigeants européens se sont entendus jeudi soir sur le budget.
            The port workers extended their strike for a second day on Tuesday.
            Die Mieten in Leipzig sind im ersten Halbjahr stark gestiegen.

            Los maquinistas irán a la huelga cuatro días en noviembre.
            """
        let run = try cli.run(["language", "--lines", "--format", "json", "-"], stdin: Array(input.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let results = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(results.count == 5)
        #expect(results.map { $0?["language"] as? String } == ["fr", "en", "de", "und", "es"])
        #expect((results[0]?["confidence"] as? Double ?? 0) > 0.5)
    }

    @Test func onlyRestrictsTheCandidates() throws {
        let cli = try CLIHarness()
        let path = try cli.write("pt.txt", "O governo anunciou ontem novas medidas para o setor da habitação.")
        let free = try cli.run(["language", path])
        #expect(free.stdout.hasPrefix("pt"), "\(free.stdout)")
        let restricted = try cli.run(["language", "--only", "es,fr", path])
        #expect(restricted.stdout.hasPrefix("es") || restricted.stdout.hasPrefix("fr"), "\(restricted.stdout)")
    }

    @Test func extractedArticlesAndParagraphsCarryTheirLanguage() throws {
        let cli = try CLIHarness()
        let text = """
            Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget
            Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union, après quatre jours de négociations difficiles.
            "We have found a compromise that works for every member state," the Council president told reporters in English.
            La présidente du Conseil a ensuite quitté la salle sans répondre aux autres questions des journalistes.
            """
        let path = try cli.write("mixed.txt", text)
        let run = try cli.run(["extract", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.jsonObject["language"] as? String == "fr")
        let paragraphs = run.jsonObject["paragraphs"] as? [[String: Any]] ?? []
        #expect(paragraphs.map { $0["language"] as? String } == ["fr", "en", "fr"])
    }

    @Test func aMissingFileIsAnError() throws {
        let cli = try CLIHarness()
        let run = try cli.run(["language", cli.path("nope.txt")])
        #expect(run.status != 0)
        #expect(run.stderr.contains("nope.txt"))
    }
}

@Suite struct LanguageJunkCLITests {
    @Test func junkAndTooShortInputIsUndetermined() throws {
        let cli = try CLIHarness()
        var generator = SeededGenerator(state: 13)
        let random = (0..<2_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let inputs: [(String, [UInt8])] = [
            ("random.bin", random),
            ("base64.txt", Array(Data(random).base64EncodedString().utf8)),
            ("ok.txt", Array("ok\n".utf8)),
            ("date.txt", Array("12 mars 2025\n".utf8)),
        ]
        for (name, bytes) in inputs {
            let run = try cli.run(["language", try cli.write(name, bytes)])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stdout == "und\t0\n", "\(name): \(run.stdout)")
        }
    }
}
