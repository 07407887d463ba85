import NewsdeskCore
import NewsdeskStore
import Testing

/// Conformance: `duplicateOf` as ingestion records it, copy groups, and the key lookup that
/// finds an article's copies.
extension StoreConformanceTests {
    /// A wire story stored first, two copies of it (one undated), and another article.
    private func copyCorpus(_ factory: StoreFactory) throws -> any NewsdeskStore {
        let store = try emptyStore(factory)
        func article(_ prefix: String, published: String?, duplicateOf: String?, keys: [String]) -> StoredArticle {
            let text = "Le pont du port fermera aux poids lourds au printemps."
            var stored = StoreFixtures.article(
                StoreFixtures.id(prefix), title: "Pont fermé", text: text, published: published,
                layers: [StoreFixtures.layer(stage: "fingerprint", version: 1, kind: "fingerprint", keys: keys.map {
                    StoreFixtures.key($0, on: "pont", in: text)
                })])
            stored.article.duplicateOf = duplicateOf.map(StoreFixtures.id)
            return stored
        }
        _ = try store.insert([
            article("f1", published: "2026-03-02", duplicateOf: nil, keys: ["k1", "k2", "k3"]),
            article("f3", published: nil, duplicateOf: "f1", keys: ["k1", "k2"]),
            article("f2", published: "2026-03-03", duplicateOf: "f1", keys: ["k1", "k2", "k3"]),
            article("f4", published: "2026-03-03", duplicateOf: nil, keys: ["k3", "k9"]),
        ])
        return store
    }

    @Test(arguments: StoreFactory.all)
    func duplicateOfIsStoredAndKeptByUpdates(factory: StoreFactory) throws {
        let store = try copyCorpus(factory)
        var copy = try store.article(idPrefix: "f200")
        #expect(copy.article.duplicateOf == StoreFixtures.id("f1"))
        #expect(try store.article(idPrefix: "f100").article.duplicateOf == nil)
        copy.article.duplicateOf = nil
        copy.article.title = "Pont fermé aux camions"
        try store.update(copy)
        #expect(try store.article(idPrefix: "f200").article.duplicateOf == StoreFixtures.id("f1"), "ingestion's record is kept")
    }

    @Test(arguments: StoreFactory.all)
    func copiesComeByPublicationDateUndatedLast(factory: StoreFactory) throws {
        let store = try copyCorpus(factory)
        #expect(try store.copies(of: StoreFixtures.id("f1")).map { $0.article.id.prefix(2) } == ["f2", "f3"])
        #expect(try store.copies(of: StoreFixtures.id("f4")).isEmpty)
        #expect(try store.copies(of: StoreFixtures.id("f2")).isEmpty, "copies name the first copy, not each other")
    }

    @Test(arguments: StoreFactory.all)
    func articlesSharingKeysComeMostSharedFirst(factory: StoreFactory) throws {
        let store = try copyCorpus(factory)
        let found = try store.articlesSharing(kind: "fingerprint", keys: ["k1", "k2", "k3", "k7"], perKey: 10, limit: 10)
        #expect(found.map { $0.articleID.prefix(2) } == ["f2", "f1", "f3", "f4"], "ties: most recently ingested first")
        #expect(found.map(\.shared) == [3, 3, 2, 1])
        #expect(try store.articlesSharing(kind: "fingerprint", keys: ["k1", "k2", "k3"], perKey: 10, limit: 2).count == 2)
        #expect(try store.articlesSharing(kind: "mentions", keys: ["k1"], perKey: 10, limit: 10).isEmpty, "a key counts only in its kind")
        #expect(try store.articlesSharing(kind: "fingerprint", keys: [], perKey: 10, limit: 10).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func eachKeyCountsOnlyItsMostRecentlyPublishedArticles(factory: StoreFactory) throws {
        let store = try copyCorpus(factory)
        // Of k1's articles (f2 2026-03-03, f1 2026-03-02, f3 undated) only the most recent counts.
        let found = try store.articlesSharing(kind: "fingerprint", keys: ["k1"], perKey: 1, limit: 10)
        #expect(found == [KeyOverlap(articleID: StoreFixtures.id("f2"), shared: 1)])
    }

    @Test(arguments: StoreFactory.all)
    func copySourcesGiveTextDateAndFirstCopyInTheOrderAsked(factory: StoreFactory) throws {
        let store = try copyCorpus(factory)
        let sources = try store.copySources(ids: [StoreFixtures.id("f3"), StoreFixtures.id("ff"), StoreFixtures.id("f1")])
        #expect(sources.map { $0.id.prefix(2) } == ["f3", "f1"], "an id not stored is left out")
        #expect(sources.map(\.published) == [nil, "2026-03-02"])
        #expect(sources.map(\.duplicateOf) == [StoreFixtures.id("f1"), nil])
        #expect(sources.first?.text == "Le pont du port fermera aux poids lourds au printemps.")
        #expect(try store.copySources(ids: []).isEmpty)
    }
}
