import NewsdeskCore
import NewsdeskStore
import Testing

/// Conformance: the entity tables kept from the articles' entities layers.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func topEntitiesCountArticlesThenMentions(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let top = try store.topEntities(type: nil, publishedFrom: nil, limit: 10)
        #expect(top.map(\.id) == [EntityCorpus.macron, EntityCorpus.un, EntityCorpus.berlin, EntityCorpus.paris])
        #expect(top.map(\.articles) == [2, 2, 1, 1])
        #expect(top.map(\.mentions) == [3, 2, 2, 2])
        #expect(try store.topEntities(type: "place", publishedFrom: nil, limit: 10).map(\.id) == [EntityCorpus.berlin, EntityCorpus.paris])
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 1).map(\.id) == [EntityCorpus.macron])
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 0).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func topEntitiesSinceADateCountOnlyArticlesPublishedFromThen(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let since = try store.topEntities(type: nil, publishedFrom: "2025-04", limit: 10)
        #expect(since.map(\.id) == [EntityCorpus.un, EntityCorpus.macron], "the undated Berlin article and the March one are out")
        #expect(since.map(\.articles) == [1, 1])
        #expect(try store.topEntities(type: "person", publishedFrom: "2025-01-01", limit: 10).map(\.mentions) == [3])
        #expect(try store.topEntities(type: nil, publishedFrom: "2026", limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func firstNameSeenStaysUnlessAWikidataLinkedNameComes(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let macron = try #require(try store.entity(id: EntityCorpus.macron))
        #expect(macron.name == "Emmanuel Macron", "the English article's 'Macron' does not rename it")
        #expect(macron.type == "person" && macron.wikidata == nil)
        #expect(try store.entity(id: EntityCorpus.un)?.name == "ONU", "both are linked: the first stays")
        #expect(try store.entity(id: "Q9") == nil)
        #expect(try store.entity(id: "Q6") == nil, "an id is matched exactly, not as a prefix")

        let text = "Emmanuel Macron, président."
        let linked = StoreFixtures.article(
            StoreFixtures.id("e4"), title: "Q3052772", text: text,
            layers: [EntityCorpus.layer(text, [.init(word: "Emmanuel Macron", type: "person", entity: EntityCorpus.macron)],
                                        entities: [(EntityCorpus.macron, "person", "Emmanuel Jean-Michel Macron", "Q3052772")])])
        _ = try store.insert([linked])
        let renamed = try #require(try store.entity(id: EntityCorpus.macron))
        #expect(renamed.name == "Emmanuel Jean-Michel Macron" && renamed.wikidata == "Q3052772")
        #expect(renamed.firstSeen == macron.firstSeen)
    }

    @Test(arguments: StoreFactory.all)
    func aliasesCountMentionTextsPerLanguage(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        #expect(try store.aliases(of: EntityCorpus.macron, limit: 10) == [
            EntityAlias(text: "Emmanuel Macron", language: "fr", mentions: 1),
            EntityAlias(text: "Macron", language: "en", mentions: 1),
            EntityAlias(text: "Macron", language: "fr", mentions: 1),
        ])
        #expect(try store.aliases(of: EntityCorpus.paris, limit: 10) == [EntityAlias(text: "Paris", language: "fr", mentions: 2)])
        #expect(try store.aliases(of: EntityCorpus.macron, limit: 1).count == 1)
    }

    @Test(arguments: StoreFactory.all)
    func namesResolveThroughAliasesWithCaseAndAccentsFolded(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        #expect(try store.entities(named: "macron", limit: 5).map(\.id) == [EntityCorpus.macron])
        #expect(try store.entities(named: "  EMMANUEL   macron ", limit: 5).map(\.id) == [EntityCorpus.macron])
        #expect(try store.entities(named: "onu", limit: 5).map(\.id) == [EntityCorpus.un])
        #expect(try store.entities(named: "united nations", limit: 5).map(\.id) == [EntityCorpus.un])
        #expect(try store.entities(named: "Pâris", limit: 5).map(\.id) == [EntityCorpus.paris])
        #expect(try store.entities(named: "Lyon", limit: 5).isEmpty)
        #expect(try store.entities(named: "", limit: 5).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func monthlyArticlesAndCompanions(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        #expect(try store.monthlyArticles(of: EntityCorpus.macron) == [MonthCount(month: "2025-03", articles: 1), MonthCount(month: "2025-04", articles: 1)])
        #expect(try store.monthlyArticles(of: EntityCorpus.berlin) == [MonthCount(month: nil, articles: 1)])
        let companions = try store.companions(of: EntityCorpus.macron, recentArticles: 10, limit: 10)
        #expect(companions.map(\.id) == [EntityCorpus.un, EntityCorpus.paris])
        #expect(companions.map(\.articles) == [2, 1])
        #expect(try store.companions(of: EntityCorpus.macron, recentArticles: 1, limit: 10).map(\.id) == [EntityCorpus.un],
                "only the most recent article (the English one) counts")
        #expect(try store.companions(of: EntityCorpus.berlin, recentArticles: 10, limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func rewritingTheLayerReplacesItsCountsAndKeepsTheIdentity(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        var rerun = EntityCorpus.summit
        let text = EntityCorpus.summitText
        rerun.layers = [EntityCorpus.layer(
            text, [.init(word: "Paris", type: "place", entity: EntityCorpus.paris)], entities: [(EntityCorpus.paris, "place", "Paris", "Q90")], version: 2)]
        try store.update(rerun)
        #expect(try store.entity(id: EntityCorpus.paris)?.mentions == 1)
        let macron = try #require(try store.entity(id: EntityCorpus.macron))
        #expect(macron.articles == 1 && macron.mentions == 1 && macron.name == "Emmanuel Macron")
        #expect(try store.aliases(of: EntityCorpus.macron, limit: 10) == [EntityAlias(text: "Macron", language: "en", mentions: 1)])
        #expect(try store.entities(named: "Emmanuel Macron", limit: 5).map(\.id) == [EntityCorpus.macron], "its name still finds it")
        #expect(try store.topEntities(type: "person", publishedFrom: nil, limit: 10).map(\.articles) == [1])

        // The same layer again changes nothing.
        try store.update(rerun)
        try store.update(rerun)
        #expect(try store.entity(id: EntityCorpus.paris)?.mentions == 1)
        #expect(try store.aliases(of: EntityCorpus.paris, limit: 10) == [EntityAlias(text: "Paris", language: "fr", mentions: 1)])
    }

    @Test(arguments: StoreFactory.all)
    func anEntitiesLayerThatCannotBeReadIsRefusedAndWritesNothing(factory: StoreFactory) throws {
        let store = try factory.make(try scratch.directory())
        let broken = StoreFixtures.article(
            StoreFixtures.id("e9"), title: "T", text: "Paris.",
            layers: [StoredLayer(stage: "entities", version: 1, kind: "entities", json: "{\"mentions\":3}", keys: [])])
        let error = #expect(throws: StoreError.self) { try store.insert([EntityCorpus.summit, broken]) }
        #expect(error?.code == .invalidLayer)
        #expect(try store.statistics().articles == 0)
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 10).isEmpty)
    }
}

/// Conformance: search restricted to the articles that mention an entity.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func searchByEntityMatchesTheIdExactly(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let berlin = EntityCorpus.berlinArticle.article.id
        #expect(try store.search(SearchQuery("", filters: [.exactly("Q64", kind: "entities")])).map(\.id) == [berlin])
        #expect(try store.search(SearchQuery("", filters: [.exactly("Q6", kind: "entities")])).isEmpty, "Q6 is not Q64")
        #expect(try store.search(SearchQuery("", filters: [KeyRange(kind: "entities", from: "Q6", to: "Q6")])).map(\.id) == [berlin],
                "a range that takes prefixes does take Q64 in")
    }

    @Test(arguments: StoreFactory.all)
    func searchWithoutWordsListsTheEntitysArticlesMostRecentFirst(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let hits = try store.search(SearchQuery(" ", filters: [.exactly(EntityCorpus.macron, kind: "entities")]))
        #expect(hits.map(\.id) == [EntityCorpus.speech.article.id, EntityCorpus.summit.article.id])
        #expect(hits.map(\.score) == [0, 0])
        let snippet = try #require(hits.last?.snippet)
        #expect(snippet.marks.map { String(decoding: Array(snippet.text.utf8)[$0], as: UTF8.self) } == ["Emmanuel Macron"])
        #expect(try store.search(SearchQuery("", limit: 1, filters: [.exactly(EntityCorpus.macron, kind: "entities")])).count == 1)
    }

    @Test(arguments: StoreFactory.all)
    func searchFiltersCombineWithWordsAndWithEachOther(factory: StoreFactory) throws {
        let store = try EntityCorpus.store(factory, in: scratch)
        let summit = EntityCorpus.summit.article.id
        #expect(try store.search(SearchQuery("Macron")).count == 2)
        #expect(try store.search(SearchQuery("Macron", filters: [.exactly(EntityCorpus.paris, kind: "entities")])).map(\.id) == [summit])
        let both = [KeyRange.exactly(EntityCorpus.macron, kind: "entities"), .exactly(EntityCorpus.paris, kind: "entities")]
        #expect(try store.search(SearchQuery("", filters: both)).map(\.id) == [summit])
        #expect(try store.search(SearchQuery("Berlin", filters: both)).isEmpty)
    }
}
