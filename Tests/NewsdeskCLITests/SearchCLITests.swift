import Foundation
import Testing

/// search: paging, words of scripts without spaces, queries too broad to answer.
@Suite struct SearchCLITests {
    @Test func offsetShowsTheNextPage() throws {
        let cli = try QueryCLITests.archive()
        func ids(_ extra: [String]) throws -> [String] {
            let run = try cli.run(["search", "Biélorussie", "--db", cli.database, "--format", "json"] + extra)
            return (run.json as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let all = try ids([])
        #expect(all.count == 2)
        #expect(try ids(["--limit", "1"]) + ids(["--limit", "1", "--offset", "1"]) == all)
        #expect(try cli.run(["search", "Biélorussie", "--db", cli.database, "--offset", "-1"]).status == 64)
    }

    @Test func aJapaneseWordIsFoundInsideASentence() throws {
        let cli = try CLIHarness()
        try cli.write("in/shohyo.txt", """
            特許庁、改正法の運用指針を公表

            政府は改正商標法の施行に向けて準備を進めており、特許庁は来月にも新たな審査基準を示す方針だ。

            児童虐待の相談件数は昨年度、過去最多となったと厚生労働省が発表した。
            """)
        try #require(try cli.run(["ingest", cli.path("in"), "--db", cli.database]).status == 0)
        for word in ["商標法", "虐待", "審査基準"] {
            let run = try cli.run(["search", word, "--db", cli.database, "--format", "json"])
            #expect(run.status == 0, "\(word): \(run.stderr)")
            #expect((run.json as? [[String: Any]])?.count == 1, "\(word)")
        }
        #expect(try cli.run(["search", "商法", "--db", cli.database]).status == 3)
    }

    @Test func aQueryTooBroadIsAUsageError() throws {
        let cli = try QueryCLITests.archive()
        let run = try cli.run(["search", "s*", "t*", "--db", cli.database])
        #expect(run.status == 64)
        #expect(run.stderr.contains("too broad"))
    }
}
