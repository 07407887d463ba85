import Foundation
import NewsdeskStore
import Testing

/// Conformance: search in bounded time, and paging.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all, [
        Array(repeating: "e*", count: 3_000).joined(separator: " "),
        "s* t*",
        (1...65).map { "mot\($0)" }.joined(separator: " "),
        (1...9).map { "pr\($0)*" }.joined(separator: " OR "),
    ])
    func tooBroadQueriesAreRefusedAtOnce(factory: StoreFactory, query: String) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        let started = Date()
        let error = #expect(throws: StoreError.self) { try store.search(SearchQuery(query)) }
        #expect(error?.code == .badQuery)
        #expect(error?.message.contains("too broad") == true)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test(arguments: StoreFactory.all)
    func aQueryPastItsTimeIsStopped(factory: StoreFactory) throws {
        let store = try factory.make(try scratch.directory())
        let words = ["budget", "conseil", "frontière", "grève", "accord", "sommet", "camions", "ministre"]
        _ = try store.insert((0..<400).map { index in
            let text = (0..<60).map { words[($0 * 7 + index) % words.count] }.joined(separator: " ")
            return StoreFixtures.article(StoreFixtures.id(String(format: "%04x", index)), title: "Article \(index)", text: text)
        })
        #expect(try store.search(SearchQuery("budget OR conseil")).count == 20)
        let error = #expect(throws: StoreError.self) {
            try store.search(SearchQuery("budget OR conseil", timeLimit: .zero))
        }
        #expect(error?.code == .badQuery)
        #expect(error?.message.contains("ran past") == true)
    }

    /// Found by scripts/fuzz.sh: a NUL ended FTS5's reading of the translated query.
    @Test(arguments: StoreFactory.all, ["budget\u{0}OR strike", "budget\u{1}strike", "\"budget\u{0}\"", "budget\u{7F}"])
    func controlCharactersAreSpaces(factory: StoreFactory, query: String) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        let spaced = String(String.UnicodeScalarView(query.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        #expect(try store.search(SearchQuery(query)).map(\.id) == store.search(SearchQuery(spaced)).map(\.id))
    }

    /// Found by scripts/fuzz.sh: a quote with a combining mark after it was not escaped.
    @Test(arguments: StoreFactory.all, ["strike\"\u{593}", "(a O(a %R b\"\u{593} NO)b)R\u{8}T c"])
    func aQuoteWithACombiningMarkIsRead(factory: StoreFactory, query: String) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        do {
            _ = try store.search(SearchQuery(query))
        } catch {
            #expect(error.code == .badQuery, "\(error)")
        }
    }

    @Test(arguments: StoreFactory.all)
    func offsetPagesThroughTheRanking(factory: StoreFactory) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        let query = "budget OR strike OR frontière"
        let all = try store.search(SearchQuery(query)).map(\.id)
        let pages = try [0, 2].flatMap { try store.search(SearchQuery(query, limit: 2, offset: $0)).map(\.id) }
        #expect(all.count == 3)
        #expect(pages == all)
    }
}

/// Conformance: words of scripts written without spaces are found inside running text.
extension StoreConformanceTests {
    static let japanese = StoreFixtures.article(
        StoreFixtures.id("dd55"), title: "特許庁が新たな指針を公表",
        text: "政府は改正商標法の施行に向けて準備を進めている。児童虐待の相談件数は過去最多となった。iPhone発売の影響も大きい。",
        language: "ja")
    static let chinese = StoreFixtures.article(
        StoreFixtures.id("ee66"), title: "国务院发布新规定",
        text: "国务院总理在北京主持召开常务会议，研究部署经济工作。", language: "zh")

    @Test(arguments: StoreFactory.all, [
        ("商標法", ["dd55"]), ("虐待", ["dd55"]), ("特許庁", ["dd55"]), ("準備", ["dd55"]),
        ("法", ["dd55"]), ("iPhone", ["dd55"]), ("iPhone発売", ["dd55"]), ("\"改正商標法\"", ["dd55"]),
        ("北京", ["ee66"]), ("经济工作", ["ee66"]), ("商標法 OR 北京", ["dd55", "ee66"]),
        ("商標法 -虐待", []), ("商法", []), ("标法", []), ("Biélorussie 北京", []),
    ])
    func segmentedWordsAreFoundInRunningText(factory: StoreFactory, example: (query: String, expected: [String])) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        _ = try store.insert([Self.japanese, Self.chinese])
        let hits = try store.search(SearchQuery(example.query))
        #expect(Set(hits.map { String($0.id.prefix(4)) }) == Set(example.expected))
    }

    @Test(arguments: StoreFactory.all)
    func aRewrittenTextIsSearchedByItsNewWords(factory: StoreFactory) throws {
        let store = try factory.make(try scratch.directory())
        _ = try store.insert([Self.japanese])
        try store.update([
            StoreFixtures.article(StoreFixtures.id("dd55"), title: "内閣", text: "内閣は新しい予算案を閣議決定した。", language: "ja")
        ])
        #expect(try store.search(SearchQuery("予算案")).map { String($0.id.prefix(4)) } == ["dd55"])
        #expect(try store.search(SearchQuery("商標法")).isEmpty)
    }
}
