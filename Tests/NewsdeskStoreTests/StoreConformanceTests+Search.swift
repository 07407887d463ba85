import Foundation
import NewsdeskStore
import Testing

/// Conformance: full-text search.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func searchIgnoresAccentsAndRanksTitleMatchesFirst(factory: StoreFactory) throws {
        let hits = try SearchCorpus.store(factory, in: scratch).search(SearchQuery("Bielorussie"))
        #expect(hits.map { $0.id.prefix(4) } == ["aa11", "aa22"])
        #expect(hits.first?.title == "La Biélorussie ferme sa frontière")
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test(arguments: StoreFactory.all, [
        ("\"fermeture de la frontière\"", ["aa11"]),
        ("budget OR strike", ["aa22", "bb33"]),
        ("Biélorussie NOT budget", ["aa11"]),
        ("Biélorussie -budget", ["aa11"]),
        ("negoti*", ["bb33"]),
        ("(budget OR frontière) Minsk", ["aa11"]),
        ("l'Union d'accord", []),
    ])
    func queryOperators(factory: StoreFactory, example: (query: String, expected: [String])) throws {
        let hits = try SearchCorpus.store(factory, in: scratch).search(SearchQuery(example.query))
        #expect(Set(hits.map { String($0.id.prefix(4)) }) == Set(example.expected))
    }

    @Test(arguments: StoreFactory.all)
    func searchHonoursTheLimit(factory: StoreFactory) throws {
        let hits = try SearchCorpus.store(factory, in: scratch).search(SearchQuery("budget OR strike OR frontière", limit: 2))
        #expect(hits.count == 2)
    }

    @Test(arguments: StoreFactory.all)
    func snippetsMarkTheMatches(factory: StoreFactory) throws {
        let hits = try SearchCorpus.store(factory, in: scratch).search(SearchQuery("camions"))
        let snippet = try #require(hits.first?.snippet)
        let marked = snippet.marks.map { String(decoding: Array(snippet.text.utf8)[$0], as: UTF8.self) }
        #expect(marked == ["camions"])
    }

    @Test(arguments: StoreFactory.all)
    func aPhraseIsMarkedAsOne(factory: StoreFactory) throws {
        let hits = try SearchCorpus.store(factory, in: scratch).search(SearchQuery("\"fermeture de la frontière\""))
        let snippet = try #require(hits.first?.snippet)
        let marked = snippet.marks.map { String(decoding: Array(snippet.text.utf8)[$0], as: UTF8.self) }
        #expect(marked == ["fermeture de la frontière"])
    }

    /// Whether the index keeps prefixes of their length (SQLite: 2 to 4 characters) or expands
    /// them, prefixes find the articles with a word they begin, accents and case ignored.
    @Test(arguments: StoreFactory.all)
    func prefixesOfEveryLengthFindTheWordsTheyBegin(factory: StoreFactory) throws {
        let texts = [
            "Le conseil municipal a voté.", "La conserverie ferme.", "Une console neuve.", "Le Concert est annulé.",
            "L'École consulaire rouvre.", "Côte ouest : la consigne est levée.",
        ]
        let store = try factory.make(try scratch.directory())
        _ = try store.insert(texts.indices.map { StoreFixtures.article(StoreFixtures.id("c\($0)"), title: "Article", text: texts[$0]) })
        func fold(_ text: String) -> String { text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        for prefix in ["co", "cô", "con", "cons", "conse", "conser", "ec", "éco", "ÉCOLE"] {
            let expected = texts.indices.filter { index in
                texts[index].split(whereSeparator: { !$0.isLetter }).contains { fold(String($0)).hasPrefix(fold(prefix)) }
            }
            let hits = try store.search(SearchQuery(prefix + "*", limit: 10)).map(\.id)
            #expect(Set(hits) == Set(expected.map { StoreFixtures.id("c\($0)") }), "\(prefix)*")
        }
    }

    @Test(arguments: StoreFactory.all, ["NOT budget", "budget AND", "(budget", "\"open", "***"])
    func badQueriesGiveAClearError(factory: StoreFactory, query: String) throws {
        let store = try SearchCorpus.store(factory, in: scratch)
        let error = #expect(throws: StoreError.self) { try store.search(SearchQuery(query)) }
        #expect(error?.code == .badQuery)
    }
}

/// Conformance: a very long article among the hits gets a snippet in bounded time.
extension StoreConformanceTests {
    @Test(arguments: StoreFactory.all)
    func aVeryLongArticleGetsASnippetAroundItsFirstMatch(factory: StoreFactory) throws {
        let filler = Array(repeating: "Les travaux de voirie se poursuivent dans le quartier nord cette semaine.", count: 2_500)
            .joined(separator: "\n\n")
        let text = filler + "\n\nLe Conseil municipal de l'École Jules-Ferry a voté mardi.\n\n" + filler
        let store = try factory.make(try scratch.directory())
        _ = try store.insert([StoreFixtures.article(StoreFixtures.id("cc44"), title: "Compte rendu", text: text)])
        let started = Date()
        let hits = try store.search(SearchQuery("conseil ecole*"))
        #expect(Date().timeIntervalSince(started) < 5)
        let snippet = try #require(hits.first?.snippet)
        #expect(snippet.text.contains("Le Conseil municipal de l'École Jules-Ferry a voté mardi."))
        let marked = snippet.marks.map { range in
            String(decoding: Array(snippet.text.utf8)[range], as: UTF8.self)
        }
        #expect(marked == ["Conseil", "École"])
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
    }
}
