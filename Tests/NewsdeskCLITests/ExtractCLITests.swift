import Foundation
import Testing

@Suite struct ExtractCLITests {
    @Test func jsonIsTheArticleContractForText() throws {
        let cli = try CLIHarness()
        let path = try cli.write("a.txt", IngestCLITests.article)
        let run = try cli.run(["extract", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let article = run.jsonObject
        #expect(Set(article.keys) == ["id", "url", "source", "title", "description", "authors", "published", "modified", "language", "duplicateOf", "story", "storyline",
                                      "text", "paragraphs", "credits", "removed", "encoding"])
        #expect(article["title"] as? String == "Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget")
        #expect((article["removed"] as? [[String: String]])?.first?["reason"] == "advertisement-label")
        let text = try #require(article["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for paragraph in article["paragraphs"] as? [[String: Any]] ?? [] {
            let start = try #require(paragraph["start"] as? Int)
            let end = try #require(paragraph["end"] as? Int)
            #expect(end <= scalars.count)
            #expect(start < end)
        }
    }

    @Test func jsonIsTheArticleContractForHTML() throws {
        let cli = try CLIHarness()
        let page = """
            <!DOCTYPE html><html lang="fr"><head><title>Accord sur le budget - Le Journal</title>
            <meta property="og:site_name" content="Le Journal"></head>
            <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
            <article><h1>Accord sur le budget</h1>
            <p>Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union, après quatre jours de négociations.</p>
            <p>« Nous avons trouvé un compromis », a déclaré la présidente du Conseil devant la presse réunie à Bruxelles.</p>
            </article><footer>© Le Journal</footer></body></html>
            """
        let path = try cli.write("page.html", page)
        let run = try cli.run(["extract", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.jsonObject["title"] as? String == "Accord sur le budget")
        #expect(run.jsonObject["language"] as? String == "fr")
        let text = run.jsonObject["text"] as? String ?? ""
        #expect(text.hasPrefix("Les dirigeants européens"))
        #expect(!text.contains("Accueil"))
    }

    @Test func jsonLinesKeepInputOrderAndReportFailuresInline() throws {
        let cli = try CLIHarness()
        var paths: [String] = []
        for index in 0..<12 {
            paths.append(try cli.write("\(index).txt", IngestCLITests.article + "\nVariante \(index) du même article, pour le distinguer."))
        }
        paths.insert(cli.path("missing.txt"), at: 5)
        let run = try cli.run(["extract", "--format", "jsonl", "--jobs", "3"] + paths)
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 13)
        #expect((lines[5]?["error"] as? [String: String])?["reason"] == "no such file or directory")
        #expect(lines[5]?["path"] as? String == cli.path("missing.txt"))
        for (index, line) in lines.enumerated() where index != 5 {
            let number = index < 5 ? index : index - 1
            #expect((line?["text"] as? String)?.contains("Variante \(number) ") == true)
        }
    }
}
