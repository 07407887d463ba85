import Foundation
import Testing

@Suite struct IngestCLITests {
    static let article = """
        Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget
        Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union, après quatre jours de négociations.
        PUBLICITÉ
        « Nous avons trouvé un compromis », a déclaré la présidente du Conseil devant la presse.
        """

    @Test func examplesAreStoredThenReportedAsDuplicates() throws {
        let cli = try CLIHarness()
        let examples = CLIHarness.packageRoot.appendingPathComponent("Examples").path
        let first = try cli.run(["ingest", examples, "--db", cli.database, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let documents = try FileManager.default.contentsOfDirectory(atPath: examples).filter { !$0.hasSuffix(".md") }.count
        #expect(first.jsonObject["stored"] as? Int == documents)
        #expect(first.jsonObject["failed"] as? Int == 0)

        let second = try cli.run(["ingest", examples, "--db", cli.database, "--format", "json"])
        #expect(second.status == 0)
        #expect(second.jsonObject["stored"] as? Int == 0)
        #expect(second.jsonObject["duplicates"] as? Int == documents)
        #expect(try cli.sql("select count(*) from articles") == "\(documents)")
    }

    @Test func badInputsAreReportedAndTheBatchGoesOn() throws {
        let cli = try CLIHarness()
        try cli.write("in/good.txt", Self.article)
        try cli.write("in/empty.txt", "")
        try cli.write("in/image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try cli.write("in/doc.txt", Array("%PDF-1.4\n%âãÏÓ\n1 0 obj".utf8))
        try cli.write("in/archive.txt", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0])
        try cli.write("in/big.txt", String(repeating: "Une phrase assez longue pour remplir. ", count: 40_000))
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/broken.txt"), withDestinationPath: cli.path("nowhere"))
        try FileManager.default.createSymbolicLink(atPath: cli.path("in/loop.txt"), withDestinationPath: cli.path("in/loop.txt"))

        let run = try cli.run(["ingest", cli.path("in"), cli.path("missing.html"), "--db", cli.database, "--format", "json", "--max-size", "1"])
        #expect(run.status == 2)
        #expect(run.jsonObject["stored"] as? Int == 1)
        let problems = run.jsonObject["problems"] as? [[String: String]] ?? []
        func problem(_ name: String) -> [String: String]? { problems.first { $0["path"]?.hasSuffix(name) == true } }
        #expect(problem("empty.txt")?["code"] == "empty")
        #expect(problem("empty.txt")?["status"] == "skipped")
        #expect(problem("image.html")?["reason"] == "not a document (PNG image)")
        #expect(problem("doc.txt")?["reason"] == "not a document (PDF document)")
        #expect(problem("archive.txt")?["reason"] == "not a document (ZIP archive)")
        #expect(problem("big.txt")?["code"] == "too-large")
        #expect(problem("big.txt")?["status"] == "failed")
        #expect(problem("missing.html")?["reason"] == "no such file or directory")
        #expect(problem("broken.txt")?["reason"]?.hasPrefix("broken symbolic link") == true)
        #expect(problem("loop.txt")?["reason"] == "symbolic link loop")
        #expect(problems.count == 8)
    }

    @Test func textOutputNamesEachFileAndReason() throws {
        let cli = try CLIHarness()
        try cli.write("empty.txt", "")
        let run = try cli.run(["ingest", cli.path("empty.txt"), "--db", cli.database])
        #expect(run.status == 2)
        #expect(run.stderr.contains("newsdesk: skipped \(cli.path("empty.txt")): empty file"))
        #expect(run.stdout.contains("stored 0, duplicates 0, skipped 1, failed 0"))
    }

    @Test func encodingsAreDecodedAndRecorded() throws {
        let cli = try CLIHarness()
        let body = "Le ministre a déclaré que l'été serait décisif pour la réforme, selon un communiqué publié à Besançon."
        let text = "Réforme : un été décisif\n\(body)\n"
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        try cli.write("latin1.txt", latin1)
        try cli.write("utf16.txt", [0xFF, 0xFE] + Array(text.replacingOccurrences(of: "Besançon", with: "Besançon-les-Bains").utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var invalid = Array(text.replacingOccurrences(of: "Besançon", with: "Dijon").utf8)
        invalid.insert(0xFF, at: 40)
        try cli.write("invalid.txt", invalid)
        let run = try cli.run(["ingest", cli.path("latin1.txt"), cli.path("utf16.txt"), cli.path("invalid.txt"), "--db", cli.database, "--format", "json"])
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.jsonObject["stored"] as? Int == 3)
        let rows = try cli.sql("select encoding, title from articles order by seq").split(separator: "\n").map(String.init)
        #expect(rows == ["windows-1252|Réforme : un été décisif", "utf-16le|Réforme : un été décisif", "utf-8|Réforme : un été décisif"])
        #expect(try cli.sql("select count(*) from articles where text like '%Ã%'") == "0")
    }

    @Test func standardInputAndGzipAreRead() throws {
        let cli = try CLIHarness()
        let run = try cli.run(["ingest", "-", "--db", cli.database, "--source", "Le Journal", "--url", "https://journal.example/a", "--format", "json"], stdin: Array(Self.article.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try cli.sql("select source_name, source_domain, url, origin from articles") == "Le Journal|journal.example|https://journal.example/a|-")

        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "printf '%s' \"$0\" | gzip -c > \"$1\"", Self.article + "\nUne autre phrase, pour changer les octets du document.", cli.path("page.txt.gz")]
        try gzip.run()
        gzip.waitUntilExit()
        let second = try cli.run(["ingest", cli.path("page.txt.gz"), "--db", cli.database, "--format", "json"])
        #expect(second.jsonObject["stored"] as? Int == 1, "\(second.stdout) \(second.stderr)")
    }

    @Test func unreadableFilesFailWithTheReason() throws {
        let cli = try CLIHarness()
        let path = try cli.write("secret.txt", Self.article)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let run = try cli.run(["ingest", path, "--db", cli.database, "--format", "json"], unprivileged: true)
        #expect(run.status == 2, "\(run.stderr)")
        let problems = run.jsonObject["problems"] as? [[String: String]] ?? []
        #expect(problems.first?["reason"] == "permission denied")
    }

    @Test func aTerminalGetsAProgressBarAndAPipeDoesNot() throws {
        let cli = try CLIHarness()
        for index in 0..<3 { try cli.write("in/\(index).txt", Self.article + "\nVariante \(index), une phrase de plus.") }
        guard let terminal = try cli.runInTerminal(["ingest", cli.path("in"), "--db", cli.database]) else { return }
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("3/3  stored 3"), "\(terminal.stdout)")
        #expect(terminal.stdout.contains("ETA"))
        let piped = try cli.run(["ingest", cli.path("in"), "--db", cli.path("other.sqlite")])
        #expect(!piped.stderr.contains("ETA"))
        #expect(piped.stdout.hasPrefix("stored 3, duplicates 0"))
    }

    @Test func urlNeedsASingleDocument() throws {
        let cli = try CLIHarness()
        try cli.write("a.txt", Self.article)
        try cli.write("b.txt", Self.article + " Deux.")
        let run = try cli.run(["ingest", cli.path("a.txt"), cli.path("b.txt"), "--url", "https://x.example/", "--db", cli.database])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--url names one page"))
    }
}
