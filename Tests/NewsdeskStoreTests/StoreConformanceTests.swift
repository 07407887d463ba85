import NewsdeskCore
import NewsdeskStore
import Testing

/// What every store must do, run against each store in `StoreFactory.all`. This file: keeping
/// articles and their layers; the extensions beside it cover annotation queries, search and
/// source templates. Each test gets a fresh suite instance, so its own scratch directory.
@Suite final class StoreConformanceTests {
    let scratch = ScratchDirectory()

    func emptyStore(_ factory: StoreFactory) throws -> any NewsdeskStore {
        try factory.make(try scratch.directory())
    }

    @Test(arguments: StoreFactory.all)
    func articlesAndLayersRoundTripExactly(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        let original = MeetingCorpus.minsk
        #expect(try store.insert([original]) == [.stored])
        let stored = try store.article(idPrefix: "a100")
        #expect(stored.article == original.article)
        #expect(stored.origin == original.origin)
        #expect(stored.ingestedAt != nil)
        #expect(stored.layers == original.layers)
        #expect(stored.layers.map(\.stage) == ["extract", "language", "sentences", "entities", "quotes", "times"])
        // The keys' scalar offsets still point at the words they were made from.
        let quotes = try #require(stored.layers.first { $0.kind == "quotes" })
        #expect(quotes.keys.map { StoreFixtures.text(stored.article.text, start: $0.start, end: $0.end) }
                == ["Nous avons convenu de tout", "allié fidèle"])
    }

    @Test(arguments: StoreFactory.all)
    func textAndOriginalRoundTripWithoutLayers(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        var original = StoreFixtures.article(StoreFixtures.id("cc11"), title: "Titre", text: "Été 😀 déjà.\n\nSecond paragraphe.")
        original.original = "Été 😀 déjà.\nPUBLICITÉ\nSecond paragraphe.\n"
        #expect(try store.insert([original]) == [.stored])
        let stored = try store.article(idPrefix: "cc11")
        #expect(stored.article == original.article)
        #expect(stored.original == original.original)
        #expect(stored.layers.isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func keysComeBackInTextOrderEachOnce(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        let text = MeetingCorpus.belarusText
        let belarus = StoreFixtures.key("Q184", on: "Biélorussie", in: text)
        let putin = StoreFixtures.key("Q7747", on: "Poutine", in: text)
        let layer = StoredLayer(stage: "entities", version: 1, kind: "mentions", json: "{\"mentions\":[]}", keys: [putin, belarus, putin])
        _ = try store.insert([StoreFixtures.article(StoreFixtures.id("dd"), title: "T", text: text, layers: [layer])])
        #expect(try store.article(idPrefix: "dd00").layers.first?.keys == [belarus, putin])
    }

    @Test(arguments: StoreFactory.all)
    func insertingTheSameIdAgainIsADuplicateAndWritesNothing(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        let first = MeetingCorpus.astana
        var second = first
        second.article.title = "Une autre version"
        second.layers = [StoreFixtures.layer(stage: "entities", version: 9, kind: "mentions", keys: [LayerKey(key: "Q1", start: 0, end: 8)])]
        #expect(try store.insert([first, second]) == [.stored, .duplicate])
        #expect(try store.insert([second]) == [.duplicate])
        #expect(try store.contains(id: first.article.id))
        #expect(try !store.contains(id: StoreFixtures.id("ff")))
        #expect(try store.statistics().articles == 1)
        let stored = try store.article(idPrefix: "a200")
        #expect(stored.article.title == first.article.title)
        #expect(stored.layers == first.layers)
        #expect(try store.occurrences(kind: "mentions", key: "Q1", limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func updateReplacesAStagesLayerAndKeysAndKeepsTheOthers(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let text = MeetingCorpus.minskText
        var changed = MeetingCorpus.minsk
        changed.article.title = "Minsk : la rencontre"
        changed.origin = nil
        changed.layers = [
            StoreFixtures.layer(stage: "entities", version: 3, kind: "mentions", keys: [
                StoreFixtures.key("Q7747", on: "Poutine", occurrence: 1, in: text)
            ]),
            StoreFixtures.layer(stage: "events", version: 1, kind: "events", keys: [
                StoreFixtures.key("meeting", on: "a reçu", in: text)
            ]),
        ]
        try store.update(changed)

        let stored = try store.article(idPrefix: "a100")
        #expect(stored.article == changed.article)
        #expect(stored.origin == MeetingCorpus.minsk.origin, "what ingestion recorded is kept")
        #expect(stored.layers.map(\.stage) == ["extract", "language", "sentences", "entities", "quotes", "times", "events"])
        #expect(stored.layers.first { $0.stage == "entities" } == changed.layers[0])
        #expect(stored.layers.first { $0.stage == "quotes" } == MeetingCorpus.minsk.layers.first { $0.stage == "quotes" })
        // The stage's old keys are gone, its new ones and the kept stages' keys are found.
        #expect(try store.occurrences(kind: "mentions", key: MeetingCorpus.lukashenko, limit: 10).isEmpty)
        #expect(try store.occurrences(kind: "mentions", key: "Q7747", limit: 10).filter { $0.articleID == changed.article.id }.count == 1)
        #expect(try store.occurrences(kind: "quotes", key: MeetingCorpus.lukashenko, limit: 10).count == 1)
        #expect(try store.occurrences(kind: "events", key: "meeting", limit: 10).map(\.articleID) == [changed.article.id])
    }

    @Test(arguments: StoreFactory.all)
    func updateWithoutLayersRewritesTheColumnsAndKeepsEveryLayer(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        var cleaned = MeetingCorpus.astana.article
        cleaned.title = "Sommet de la CEI"
        cleaned.removed.append(Removal(text: "Partager cet article", reason: .siteTemplate))
        try store.update(StoredArticle(article: cleaned))
        let stored = try store.article(idPrefix: "a200")
        #expect(stored.article == cleaned)
        #expect(stored.layers == MeetingCorpus.astana.layers)
        #expect(try store.search(SearchQuery("CEI")).map(\.id) == [cleaned.id])
        #expect(try store.search(SearchQuery("Astana")).map(\.id) == [cleaned.id], "the unchanged text is still indexed")
    }

    @Test(arguments: StoreFactory.all)
    func updatingAnUnknownArticleIsNotFound(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        let error = #expect(throws: StoreError.self) {
            try store.update(StoreFixtures.article(StoreFixtures.id("ee"), title: "T", text: "x."))
        }
        #expect(error?.code == .notFound)
        #expect(try store.statistics().articles == 4)
    }

    @Test(arguments: StoreFactory.all, [
        StoredLayer(stage: "sentences", version: 1, json: "{}"),
        StoredLayer(stage: "sentences", version: 1, kind: "sentences"),
        StoredLayer(stage: "language", version: 1, keys: [LayerKey(key: "fr", start: 0, end: 2)]),
        StoredLayer(stage: "entities", version: 1, kind: "mentions", json: "{}", keys: [LayerKey(key: "Q1", start: 5, end: 2)]),
        StoredLayer(stage: "", version: 1),
    ])
    func invalidLayersWriteNothing(factory: StoreFactory, layer: StoredLayer) throws {
        let store = try emptyStore(factory)
        let valid = MeetingCorpus.astana
        let invalid = StoreFixtures.article(StoreFixtures.id("ee"), title: "T", text: "Texte.", layers: [layer])
        let error = #expect(throws: StoreError.self) { try store.insert([valid, invalid]) }
        #expect(error?.code == .invalidLayer)
        #expect(try store.statistics().articles == 0)
    }

    @Test(arguments: StoreFactory.all)
    func twoStagesCannotWriteTheSameKind(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        var twice = MeetingCorpus.antwerp
        twice.layers = [
            StoredLayer(stage: "sentences", version: 1, kind: "sentences", json: "{}"),
            StoredLayer(stage: "segmenter", version: 1, kind: "sentences", json: "{}"),
        ]
        #expect(throws: StoreError.self) { try store.update(twice) }

        // Against a stored layer: the minsk article's "times" stage writes kind "times".
        var clash = MeetingCorpus.minsk
        clash.article.title = "Changé"
        clash.layers = [StoreFixtures.layer(stage: "dates", version: 1, kind: "times", keys: [LayerKey(key: "2022", start: 0, end: 4)])]
        let error = #expect(throws: StoreError.self) { try store.update(clash) }
        #expect(error?.code == .invalidLayer)
        let unchanged = try store.article(idPrefix: "a100")
        #expect(unchanged.article == MeetingCorpus.minsk.article, "a refused update changes nothing")
        #expect(unchanged.layers == MeetingCorpus.minsk.layers)
        #expect(try store.occurrences(kind: "times", key: "2022", limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func listStatisticsAndVisitingOrder(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        #expect(try store.list(limit: 2, offset: 0).map { $0.id.prefix(2) } == ["c4", "b3"])
        #expect(try store.list(limit: 10, offset: 3).map { $0.id.prefix(2) } == ["a1"])
        let summary = try #require(try store.list(limit: 1, offset: 2).first)
        #expect(summary.title == MeetingCorpus.astana.article.title)
        #expect(summary.published == "2022-10-14")
        #expect(summary.characters == MeetingCorpus.astanaText.count)

        let stats = try store.statistics()
        #expect(stats.articles == 4)
        #expect(stats.characters == MeetingCorpus.all.map(\.article.text.count).reduce(0, +))
        #expect(stats.languages == [.init(value: "fr", count: 3), .init(value: "en", count: 1)])
        #expect(stats.sources == [.init(value: "Le Journal", count: 3), .init(value: "Wire", count: 1)])
        #expect(stats.earliestPublished == "2022-10-14")
        #expect(stats.latestPublished == "2024-05-23")

        var visited: [StoredArticle] = []
        try store.forEachArticle { visited.append($0) }
        #expect(visited.map(\.article.id) == MeetingCorpus.all.map(\.article.id))
        #expect(visited.map(\.layers) == MeetingCorpus.all.map(\.layers))
    }

    @Test(arguments: StoreFactory.all)
    func visitingASourceAllowsWritingToIt(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        var visited: [String] = []
        try store.forEachArticle(source: "Le Journal") { stored in
            visited.append(String(stored.article.id.prefix(2)))
            var article = stored.article
            article.title = (article.title ?? "") + " (revu)"
            try store.update(StoredArticle(article: article))
        }
        #expect(visited == ["a1", "a2", "c4"])
        #expect(try store.article(idPrefix: "c400").article.title == "Poutine attendu en Biélorussie (revu)")
        #expect(try store.article(idPrefix: "b300").article.title == "Port strike enters second week")
    }

    @Test(arguments: StoreFactory.all)
    func aBatchUpdateIsAllOrNothing(factory: StoreFactory) throws {
        let store = try MeetingCorpus.store(factory, in: scratch)
        var first = MeetingCorpus.minsk.article
        first.title = "Changé"
        var second = MeetingCorpus.astana.article
        second.title = "Changé aussi"
        try store.update([StoredArticle(article: first), StoredArticle(article: second)])
        #expect(try store.article(idPrefix: first.id).article.title == "Changé")
        #expect(try store.article(idPrefix: second.id).article.title == "Changé aussi")

        first.title = "Jamais écrit"
        let missing = Article(id: String(repeating: "f", count: 64), text: "Absent.")
        let error = #expect(throws: StoreError.self) {
            try store.update([StoredArticle(article: first), StoredArticle(article: missing)])
        }
        #expect(error?.code == .notFound)
        #expect(try store.article(idPrefix: first.id).article.title == "Changé")
    }

    @Test(arguments: StoreFactory.all)
    func idPrefixesFindOneArticle(factory: StoreFactory) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        #expect(try store.article(idPrefix: "bb33").article.title == "Port strike enters second week")
        #expect(try store.article(idPrefix: "AA11").article.title == "La Biélorussie ferme sa frontière")
        for prefix in ["aa1", "aa00", "zzzz"] {
            let error = #expect(throws: StoreError.self) { try store.article(idPrefix: prefix) }
            #expect(error?.code == .notFound)
        }
    }

    @Test(arguments: StoreFactory.all)
    func ambiguousPrefixNamesTheCandidates(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        _ = try store.insert([
            StoreFixtures.article(StoreFixtures.id("abcd1"), title: "A", text: "a."),
            StoreFixtures.article(StoreFixtures.id("abcd2"), title: "B", text: "b."),
        ])
        let error = #expect(throws: StoreError.self) { try store.article(idPrefix: "abcd") }
        #expect(error?.code == .ambiguous)
        #expect(error?.message.contains("abcd10000000") == true)
    }
}
