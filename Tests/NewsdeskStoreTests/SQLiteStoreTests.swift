import Foundation
import NewsdeskCore
import NewsdeskStore
import Testing

/// Each test gets its own scratch directory (a fresh suite instance per test), removed afterwards.
@Suite final class SQLiteStoreTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-store-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// A new database path inside the scratch directory.
    func temporaryPath() throws -> String {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch.appendingPathComponent("\(UUID().uuidString).sqlite").path
    }

    static func article(_ id: String, title: String, text: String, language: String = "fr", source: String = "Le Journal") -> StoredArticle {
        var builder = ArticleTextBuilder()
        for paragraph in text.components(separatedBy: "\n\n") { builder.append(paragraph, kind: .paragraph) }
        return StoredArticle(
            article: Article(
                id: id, source: Source(name: source, domain: "journal.example"), title: title,
                description: "Ce qu'il faut savoir.", authors: ["Julie Martin"], published: "2024-05-23",
                modified: "2024-05-24T09:30:00+02:00", language: language, text: builder.text, paragraphs: builder.paragraphs,
                credits: [Credit(role: .agency, agency: "AFP", text: "Avec l'AFP")],
                removed: [Removal(text: "PUBLICITÉ", reason: .advertisementLabel)]),
            origin: "/tmp/\(id).html")
    }

    func filledStore() throws -> SQLiteStore {
        let store = try SQLiteStore(path: try temporaryPath())
        _ = try store.insert([
            Self.article("aa11" + String(repeating: "0", count: 60), title: "La Biélorussie ferme sa frontière",
                    text: "Minsk a annoncé jeudi la fermeture de la frontière.\n\nLes camions attendent."),
            Self.article("aa22" + String(repeating: "0", count: 60), title: "Budget européen : accord à Bruxelles",
                    text: "Les Vingt-Sept se sont entendus sur le budget. La Biélorussie n'a pas été évoquée."),
            Self.article("bb33" + String(repeating: "0", count: 60), title: "Port strike enters second week",
                    text: "Dock workers in Antwerp extended their strike; negotiations stalled.", language: "en", source: "Wire"),
        ])
        return store
    }

    @Test func articlesRoundTripExactly() throws {
        let store = try SQLiteStore(path: try temporaryPath())
        let original = Self.article("cc" + String(repeating: "1", count: 62), title: "Titre", text: "Été 😀 déjà.\n\nSecond paragraphe.")
        #expect(try store.insert([original]) == [.stored])
        let stored = try store.article(idPrefix: "cc11")
        #expect(stored.article == original.article)
        #expect(stored.origin == original.origin)
        #expect(stored.ingestedAt != nil)
    }

    @Test func insertingTheSameIdAgainIsADuplicate() throws {
        let store = try SQLiteStore(path: try temporaryPath())
        let article = Self.article("dd" + String(repeating: "2", count: 62), title: "T", text: "Texte.")
        #expect(try store.insert([article, article]) == [.stored, .duplicate])
        #expect(try store.contains(id: article.article.id))
        #expect(try store.statistics().articles == 1)
    }

    @Test func searchIgnoresAccentsAndRanksTitleMatchesFirst() throws {
        let store = try filledStore()
        let hits = try store.search(SearchQuery("Bielorussie"))
        #expect(hits.map { $0.id.prefix(4) } == ["aa11", "aa22"])
        let snippet = try #require(hits.first?.snippet)
        #expect(!snippet.marks.isEmpty || hits.first?.title?.contains("Biélorussie") == true)
    }

    @Test(arguments: [
        ("\"fermeture de la frontière\"", ["aa11"]),
        ("budget OR strike", ["aa22", "bb33"]),
        ("Biélorussie NOT budget", ["aa11"]),
        ("Biélorussie -budget", ["aa11"]),
        ("negoti*", ["bb33"]),
        ("(budget OR frontière) Minsk", ["aa11"]),
        ("l'Union d'accord", []),
    ])
    func queryOperators(query: String, expected: [String]) throws {
        let hits = try filledStore().search(SearchQuery(query))
        #expect(Set(hits.map { String($0.id.prefix(4)) }) == Set(expected))
    }

    @Test func snippetsMarkTheMatches() throws {
        let hits = try filledStore().search(SearchQuery("camions"))
        let snippet = try #require(hits.first?.snippet)
        let marked = snippet.marks.map { String(decoding: Array(snippet.text.utf8)[$0], as: UTF8.self) }
        #expect(marked == ["camions"])
    }

    @Test(arguments: ["NOT budget", "budget AND", "(budget", "\"open", "***"])
    func badQueriesGiveAClearError(query: String) throws {
        let store = try filledStore()
        #expect(throws: StoreError.self) { try store.search(SearchQuery(query)) }
    }

    @Test func idPrefixesFindOneArticle() throws {
        let store = try filledStore()
        #expect(try store.article(idPrefix: "bb33").article.title == "Port strike enters second week")
        #expect(try store.article(idPrefix: "AA11").article.title == "La Biélorussie ferme sa frontière")
        let tooShort = #expect(throws: StoreError.self) { try store.article(idPrefix: "aa1") }
        #expect(tooShort?.code == .notFound)
        let noMatch = #expect(throws: StoreError.self) { try store.article(idPrefix: "aa00") }
        #expect(noMatch?.code == .notFound)
        let notHex = #expect(throws: StoreError.self) { try store.article(idPrefix: "zzzz") }
        #expect(notHex?.code == .notFound)
    }

    @Test func ambiguousPrefixNamesTheCandidates() throws {
        let store = try SQLiteStore(path: try temporaryPath())
        _ = try store.insert([
            Self.article("abcd1" + String(repeating: "0", count: 59), title: "A", text: "a."),
            Self.article("abcd2" + String(repeating: "0", count: 59), title: "B", text: "b."),
        ])
        let error = #expect(throws: StoreError.self) { try store.article(idPrefix: "abcd") }
        #expect(error?.code == .ambiguous)
        #expect(error?.message.contains("abcd10000000") == true)
    }

    @Test func listStatisticsAndExport() throws {
        let store = try filledStore()
        #expect(try store.list(limit: 2, offset: 0).map { $0.id.prefix(4) } == ["bb33", "aa22"])
        let stats = try store.statistics()
        #expect(stats.articles == 3)
        #expect(stats.languages.first == .init(value: "fr", count: 2))
        var exported: [String] = []
        try store.forEachArticle { exported.append(String($0.article.id.prefix(4))) }
        #expect(exported == ["aa11", "aa22", "bb33"])
    }

    @Test func aFileThatIsNotSQLiteIsNeverTouched() throws {
        let path = try temporaryPath()
        let content = Data("this is my thesis, not a database".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .notNewsdesk)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func aDamagedDatabaseIsReportedAndLeftAlone() throws {
        let path = try temporaryPath()
        _ = try SQLiteStore(path: path).insert([Self.article("ee" + String(repeating: "3", count: 62), title: "T", text: "x.")])
        // Keep the SQLite header, garble the rest of the first page.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in 16..<min(bytes.count, 4096) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .corrupt || error?.code == .notNewsdesk)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let path = try temporaryPath()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3; c=sqlite3.connect('\(path)'); c.execute('create table t(x)'); c.commit()"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .notNewsdesk)
    }

    @Test func readCommandsDoNotCreateADatabase() throws {
        let path = try temporaryPath()
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path, create: false) }
        #expect(error?.code == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aMissingDirectoryIsReported() throws {
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: "/nonexistent-dir-\(UUID())/x.sqlite") }
        #expect(error?.code == .cannotOpen)
    }
}
