import NewsdeskCore
import NewsdeskStore
import Testing

/// Conformance: the per-source line counts behind site-template learning.
extension StoreConformanceTests {
    /// Ten documents of one source: every one has the menu line, four the newsletter line, one
    /// its own line; the last two documents repeat ids, so they are duplicates and count nothing.
    func storeWithLearnedLines(_ factory: StoreFactory) throws -> any NewsdeskStore {
        let store = try emptyStore(factory)
        let documents = (0..<10).map { index in
            var keys: Set<String> = ["accueil monde politique"]
            if index < 4 { keys.insert("inscrivez-vous à la newsletter") }
            if index == 5 { keys.insert("une ligne à elle") }
            var stored = StoreFixtures.article(
                StoreFixtures.id("0\(min(index, 7))"), title: "T\(index)", text: "Texte \(index).",
                source: "Gazette")
            stored.learnedLines = LearnedLines(source: "gazette.example", keys: keys)
            return stored
        }
        #expect(try store.insert(documents).filter { $0 == .duplicate }.count == 2)
        _ = try store.insert([{
            var other = StoreFixtures.article(StoreFixtures.id("ff"), title: "Autre", text: "Autre texte.", source: "Wire")
            other.learnedLines = LearnedLines(source: "wire.example", keys: ["accueil monde politique"])
            return other
        }()])
        return store
    }

    @Test(arguments: StoreFactory.all)
    func templateKeysNeedEnoughDocumentsAndShare(factory: StoreFactory) throws {
        let store = try storeWithLearnedLines(factory)
        let menu = "accueil monde politique", newsletter = "inscrivez-vous à la newsletter"
        #expect(try store.templateKeys(source: "gazette.example", minimumDocuments: 3, minimumShare: 0.6) == [menu])
        #expect(try store.templateKeys(source: "gazette.example", minimumDocuments: 3, minimumShare: 0.5) == [menu, newsletter])
        #expect(try store.templateKeys(source: "gazette.example", minimumDocuments: 5, minimumShare: 0.1) == [menu])
        #expect(try store.templateKeys(source: "gazette.example", minimumDocuments: 1, minimumShare: 0.1)
                == [menu, newsletter, "une ligne à elle"])
        #expect(try store.templateKeys(source: "gazette.example", minimumDocuments: 9, minimumShare: 0.1).isEmpty)
        #expect(try store.templateKeys(source: "wire.example", minimumDocuments: 3, minimumShare: 0.1).isEmpty)
        #expect(try store.templateKeys(source: "unknown.example", minimumDocuments: 1, minimumShare: 0).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func learnedSourcesCountTheirDocuments(factory: StoreFactory) throws {
        let store = try storeWithLearnedLines(factory)
        #expect(try store.learnedSources() == [.init(value: "gazette.example", count: 8), .init(value: "wire.example", count: 1)])
    }
}
