import Foundation
import Testing

/// Files that are not news are skipped at ingest with a reason, unless --keep-non-articles
/// (issue 13, case 3).
@Suite struct NonArticleCLITests {
    static let licence = """
        MIT License

        Copyright (c) 2020 Example

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
        """

    private func writeFolder(_ cli: CLIHarness) throws {
        try cli.write("in/article.txt", IngestCLITests.article)
        try cli.write("in/LICENSE", Self.licence)
        try cli.write("in/ground-truth.json", #"{"page-1": {"articleBody": "Les dirigeants européens se sont entendus.", "url": "https://example.org/1"}}"#)
        try cli.write("in/eval.jsonl", "{\"id\": 1, \"text\": \"Un\"}\n{\"id\": 2, \"text\": \"Deux\"}\n")
        let rows = (1...8).map { "\($0),Paris,\"Conseil, municipal\",2025-03-\(10 + $0)" }
        try cli.write("in/table.csv", (["id,city,body,date"] + rows).joined(separator: "\n"))
    }

    @Test func nonArticlesAreSkippedWithAReason() throws {
        let cli = try CLIHarness()
        try writeFolder(cli)
        let run = try cli.run(["ingest", cli.path("in"), "--db", cli.database, "--format", "json"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.jsonObject["stored"] as? Int == 1)
        let problems = run.jsonObject["problems"] as? [[String: String]] ?? []
        func reason(_ name: String) -> String? { problems.first { $0["path"]?.hasSuffix(name) == true }?["reason"] }
        #expect(reason("LICENSE")?.hasPrefix("not an article: a licence text") == true, "\(problems)")
        #expect(reason("ground-truth.json")?.hasPrefix("not an article: JSON data") == true)
        #expect(reason("eval.jsonl")?.hasPrefix("not an article: JSON data") == true)
        #expect(reason("table.csv")?.hasPrefix("not an article: CSV data") == true)
        #expect(problems.allSatisfy { $0["status"] == "skipped" })
    }

    @Test func keepNonArticlesStoresThem() throws {
        let cli = try CLIHarness()
        try writeFolder(cli)
        let run = try cli.run(["ingest", cli.path("in"), "--db", cli.database, "--format", "json", "--keep-non-articles"])
        // The article and the licence (prose) are stored; the extractor may still find no article
        // text in the data files, but they are no longer refused as non-articles.
        #expect(run.jsonObject["stored"] as? Int ?? 0 >= 2, "\(run.stdout) \(run.stderr)")
        #expect((run.jsonObject["problems"] as? [[String: String]] ?? []).allSatisfy { $0["reason"]?.hasPrefix("not an article") != true })
    }

    /// What was kept stays kept: `reclean` cleans stored text again without asking whether it
    /// is an article (it already is one), so it needs no --keep-non-articles of its own.
    @Test func recleanKeepsWhatKeepNonArticlesStored() throws {
        let cli = try CLIHarness()
        try writeFolder(cli)
        let run = try cli.run(["ingest", cli.path("in"), "--db", cli.database, "--format", "json", "--keep-non-articles"])
        let stored = try #require(run.jsonObject["stored"] as? Int)
        let licence = try cli.run(["search", "Permission", "--db", cli.database, "--format", "json"]).jsonArray
        #expect(licence.count == 1)
        let again = try cli.run(["reclean", "--db", cli.database, "--stage", "extract", "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.jsonObject["articles"] as? Int == stored)
        #expect(try cli.run(["stats", "--db", cli.database, "--format", "json"]).jsonObject["articles"] as? Int == stored)
        #expect(try cli.run(["search", "Permission", "--db", cli.database, "--format", "json"]).jsonArray.count == 1)
    }
}
