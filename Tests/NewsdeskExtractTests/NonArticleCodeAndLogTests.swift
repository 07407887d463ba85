import Foundation
@testable import NewsdeskExtract
import Testing

/// Source code and logs are not articles; news, in every form the project's corpora hold, is.
@Suite struct NonArticleCodeAndLogTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func kind(_ text: String) -> String? { NonArticleSniffer.kind(of: Array(text.utf8)) }

    /// Every source file of this repository with a few lines: Swift, Python, shell, Java.
    static var codeFiles: [URL] {
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
        let sources = (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
        let bench = (try? FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("bench"), includingPropertiesForKeys: nil)) ?? []
        return (sources + bench.filter { ["py", "sh", "java"].contains($0.pathExtension) }).filter { url in
            ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").count >= 8
        }
    }

    /// Nearly all: a file that is mostly a string literal (a table, a command's help) may pass.
    @Test func theRepositorysSourceFilesAreSourceCode() throws {
        let files = Self.codeFiles
        #expect(files.count > 100)
        let missed = try files.filter { NonArticleSniffer.kind(of: Array(try Data(contentsOf: $0))) == nil }
        #expect(missed.count * 20 <= files.count, "\(missed.map(\.lastPathComponent))")
    }

    /// A text browser's dump of a whole page: bullets and numbered links, not a program.
    @Test func aTextBrowsersPageDumpIsAnArticle() {
        let dump = """
               #[1]Startseite [2]Suche

                 * [3]English
                 * [4]Anmelden
                 * [5]Kontakt

            Nachrichten aus der Region

               [6]Logo der Zeitung

                 * [7]Politik
                      + [8]Inland
                      + [9]Ausland
                 * [10]Wirtschaft

            Hafenbrücke wird für Lastwagen gesperrt

               Der Regionalrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für schwere Lastwagen zu sperren.
            """
        #expect(kind(dump) == nil)
    }

    @Test func logsAreNotArticles() {
        let syslog = (1...8).map { "May 23 18:00:0\($0) host sshd[1234]: Accepted publickey for user from 10.0.0.\($0) port 22" }
        let access = (1...8).map { "10.0.0.\($0) - - [23/May/2024:18:00:0\($0) +0000] \"GET /page/\($0) HTTP/1.1\" 200 512 \"-\" \"curl/8.0\"" }
        let app = (1...8).map { "2024-05-23T18:00:0\($0).123Z INFO  worker \($0) finished batch in 12 ms" }
        let levels = (1...8).map { "[warn] request \($0) took longer than expected; retrying" }
        for lines in [syslog, access, app, levels] {
            #expect(kind(lines.joined(separator: "\n")) == "a log")
        }
    }

    /// The project's examples and fixtures, and the texts of the shared benchmark sets (news
    /// in several languages, live blogs with times among them), are all articles.
    @Test func newsIsNeverCodeOrALog() throws {
        var texts: [(String, String)] = []
        for folder in ["Examples", "Tests/Fixtures/plaintext"] {
            let urls = try FileManager.default.contentsOfDirectory(at: Self.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for url in urls where url.pathExtension == "txt" {
                texts.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        let shared = Self.root.appendingPathComponent("../shared/bench")
        for set in ["stories/ecbplus.jsonl", "stories/timeline.jsonl", "time/meantime-en.jsonl", "time/frtimebank-1999.jsonl",
                    "time/tempeval3-tbaq.jsonl", "quotes/polnear-train.jsonl"] {
            guard let data = try? Data(contentsOf: shared.appendingPathComponent(set)) else { continue }
            for (number, line) in data.split(separator: 0x0A).enumerated() {
                if let record = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = record["text"] as? String {
                    texts.append(("\(set):\(number + 1)", text))
                }
            }
        }
        #expect(texts.count > 20)
        let flagged = texts.filter { NonArticleSniffer.kind(of: Array($0.1.utf8)) != nil }.map(\.0)
        #expect(flagged.isEmpty, "\(flagged.prefix(10))")
    }
}

extension NonArticleCodeAndLogTests {
    /// A page that opens with a long style sheet is still a page.
    @Test func aPageOpeningWithAStyleSheetIsNotCode() {
        let css = (1...60).map { ".box-\($0) {\n    margin: \($0)px;\n    color: white;\n}" }.joined(separator: "\n")
        #expect(kind("<style>\n\(css)\n</style>\n<h1>Title</h1><p>Text of the article.</p>") == nil)
        #expect(kind(css) == "source code")
    }
}
