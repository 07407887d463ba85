import NewsdeskCore
import NewsdeskStore
import Testing

/// Conformance: which stage versions ran where, and where layer keys occur.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func stageVersionsCountArticlesPerVersion(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        #expect(try store.stageVersions() == [
            "extract": [1: 4], "language": [1: 4], "sentences": [1: 1],
            "entities": [1: 1, 2: 2], "quotes": [1: 1], "times": [1: 3],
        ])
    }

    @Test(arguments: StoreFactory.all)
    func articlesToRevisitLackTheStageOrHaveAnotherVersion(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let (minsk, astana, antwerp, belarus) = (
            MeetingCorpus.minsk.article.id, MeetingCorpus.astana.article.id, MeetingCorpus.antwerp.article.id,
            MeetingCorpus.belarus.article.id
        )
        #expect(try store.articleIDs(whereStage: "entities", isNot: 2) == [astana, antwerp])
        #expect(try store.articleIDs(whereStage: "entities", isNot: 1) == [minsk, antwerp, belarus])
        #expect(try store.articleIDs(whereStage: "quotes", isNot: 1) == [astana, antwerp, belarus])
        #expect(try store.articleIDs(whereStage: "stories", isNot: 1) == [minsk, astana, antwerp, belarus])
        #expect(try store.articleIDs(whereStage: "extract", isNot: 1).isEmpty)

        var rerun = MeetingCorpus.astana
        rerun.layers = [StoreFixtures.layer(stage: "entities", version: 2, kind: "mentions", keys: [])]
        try store.update(rerun)
        #expect(try store.articleIDs(whereStage: "entities", isNot: 2) == [antwerp])
        #expect(try store.stageVersions()["entities"] == [2: 3])
    }

    @Test(arguments: StoreFactory.all)
    func occurrencesComeMostRecentFirstThenInTextOrder(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let texts = Dictionary(uniqueKeysWithValues: MeetingCorpus.all.map { ($0.article.id, $0.article.text) })
        let found = try store.occurrences(kind: "mentions", key: MeetingCorpus.putin, limit: 10)
        #expect(found.map { $0.articleID.prefix(2) } == ["a1", "a1", "a2", "c4"])
        #expect(found.map(\.published) == ["2022-12-20T08:00:00Z", "2022-12-20T08:00:00Z", "2022-10-14", nil])
        #expect(found.map { StoreFixtures.text(texts[$0.articleID] ?? "", start: $0.start, end: $0.end) }
                == ["Vladimir Poutine", "Poutine", "Vladimir Poutine", "Poutine"])
        #expect(try store.occurrences(kind: "mentions", key: MeetingCorpus.putin, limit: 3) == Array(found.prefix(3)))

        let quoted = try store.occurrences(kind: "quotes", key: MeetingCorpus.lukashenko, limit: 10)
        #expect(quoted.map { StoreFixtures.text(MeetingCorpus.minskText, start: $0.start, end: $0.end) } == ["Nous avons convenu de tout"])
        #expect(try store.occurrences(kind: "quotes", key: "Q1520", limit: 10).isEmpty, "a key counts only in its kind")
    }

    @Test(arguments: StoreFactory.all, [
        (nil, nil, 10, ["a1", "a2", "c4"]),
        (nil, nil, 2, ["a1", "a2"]),
        ("2022-11", nil, 10, ["a1"]),
        (nil, "2022-12", 10, ["a1", "a2"]),
        (nil, "2022-12-19", 10, ["a2"]),
        ("2022-10-14", "2022-10-14", 10, ["a2"]),
        ("2023", nil, 10, []),
    ] as [(String?, String?, Int, [String])])
    func articlesWithAKeyInAPublicationRange(factory: StoreFactory, bounds: (String?, String?, Int, [String])) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let (from, to, limit, expected) = bounds
        let found = try store.articles(kind: "mentions", key: MeetingCorpus.putin, publishedFrom: from, publishedTo: to, limit: limit)
        #expect(found.map { String($0.id.prefix(2)) } == expected)
    }

    @Test(arguments: StoreFactory.all)
    func articleSummariesOfAKeyDescribeTheArticles(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let found = try store.articles(kind: "quotes", key: MeetingCorpus.putin, publishedFrom: nil, publishedTo: nil, limit: 10)
        let summary = try #require(found.first)
        #expect(found.count == 1)
        #expect(summary.id == MeetingCorpus.minsk.article.id)
        #expect(summary.title == "Loukachenko reçoit Poutine à Minsk")
        #expect(summary.source == "Le Journal")
        #expect(summary.published == "2022-12-20T08:00:00Z")
        #expect(summary.language == "fr")
        #expect(summary.characters == MeetingCorpus.minskText.count)
    }

    @Test(arguments: StoreFactory.all)
    func keysFollowAChangedPublicationDate(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        var redated = MeetingCorpus.astana
        redated.article.published = "2024-06-01"
        redated.layers = []
        try store.update(redated)
        let ids = try store.articles(kind: "mentions", key: MeetingCorpus.putin, publishedFrom: "2024", publishedTo: nil, limit: 10).map(\.id)
        #expect(ids == [redated.article.id])
        let found = try store.occurrences(kind: "mentions", key: MeetingCorpus.putin, limit: 10)
        #expect(found.map { $0.articleID.prefix(2) } == ["a2", "a1", "a1", "c4"])
        #expect(found.first?.published == "2024-06-01")
    }

    @Test(arguments: StoreFactory.all, [
        ("2022", "2023", 10, ["a1", "a2"]),
        ("2022-10", "2022-12", 10, ["a1", "a2"]),
        ("2022-12-01", "2024-05-31", 10, ["b3", "a1", "a2"]),
        ("2022-12-01", "2024-05-31", 2, ["b3", "a1"]),
        ("2023", "2023", 10, ["a2"]),
        ("2025", "2026", 10, []),
    ])
    func articlesByTheDatesTheyTalkAbout(factory: StoreFactory, range: (String, String, Int, [String])) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let (from, to, limit, expected) = range
        let found = try store.articles(kind: "times", keysFrom: from, keysTo: to, limit: limit)
        #expect(found.map { String($0.id.prefix(2)) } == expected)
    }
}
