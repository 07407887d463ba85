import Foundation
import GRDB
import NewsdeskCore
@testable import NewsdeskStore
import Testing

/// What only the SQLite store does: refusing files that are not its own, its schema and
/// migrations, and query plans that use its indexes. What every store does is in
/// StoreConformanceTests.
@Suite final class SQLiteStoreTests {
    let scratch = ScratchDirectory()

    @Test func aFileThatIsNotSQLiteIsNeverTouched() throws {
        let path = try scratch.newPath()
        let content = Data("this is my thesis, not a database".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .notNewsdesk)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func aDamagedDatabaseIsReportedAndLeftAlone() throws {
        let path = try scratch.newPath()
        _ = try SQLiteStore(path: path).insert([StoreFixtures.article(StoreFixtures.id("ee"), title: "T", text: "x.")])
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
        let path = try scratch.newPath()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3; c=sqlite3.connect('\(path)'); c.execute('create table t(x)'); c.commit()"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .notNewsdesk)
        // Left untouched: not switched to WAL, not migrated, no companion files.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func readCommandsDoNotCreateADatabase() throws {
        let path = try scratch.newPath()
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path, create: false) }
        #expect(error?.code == .missing)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aMissingDirectoryIsReported() throws {
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: "/nonexistent-dir-\(UUID())/x.sqlite") }
        #expect(error?.code == .cannotOpen)
    }

    @Test func newDatabasesAreMarkedAsNewsdeskAndFullyMigrated() throws {
        let store = try SQLiteStore(path: try scratch.newPath())
        let (applicationID, migrations) = try store.pool.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try SQLiteSchema.migrator.appliedIdentifiers(db))
        }
        #expect(applicationID == SQLiteSchema.applicationID)
        #expect(migrations == ["v1-articles", "v2-source-lines", "v3-modified-description", "v4-annotations", "v5-duplicate-of", "v6-entities", "v7-stories", "v8-segmented-pairs",
                               "v9-prefix-indexes"])
    }

    /// A database as an older Newsdesk left it: migrated up to `migration`, then `insert` run.
    private func oldDatabase(upTo migration: String, insert: String, arguments: StatementArguments) throws -> String {
        let path = try scratch.newPath()
        var configuration = GRDB.Configuration()
        configuration.prepareDatabase { db in db.add(function: SQLiteSchema.pairsFunction) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try SQLiteSchema.migrator.migrate(queue, upTo: migration)
        try queue.write { db in try db.execute(sql: insert, arguments: arguments) }
        try queue.close()
        return path
    }

    @Test func aNewOrCurrentDatabaseIsNotAnnouncedAsUpgraded() throws {
        let path = try scratch.newPath()
        var notices: [String] = []
        _ = try SQLiteStore(path: path) { notices.append($0) }
        _ = try SQLiteStore(path: path) { notices.append($0) }
        #expect(notices.isEmpty)
    }

    /// v8 rebuilds the full-text index with the character pairs of the articles already stored.
    @Test func aVersion6DatabaseFindsItsJapaneseWordsAfterTheUpgrade() throws {
        let path = try oldDatabase(
            upTo: "v6-entities",
            insert: """
                INSERT INTO articles (id, title, authors, language, text, paragraphs, credits, removed, encoding, ingested_at)
                VALUES (?, '特許庁が指針を公表', '[]', 'ja', '政府は改正商標法の施行に向けて準備を進めている。', '[]', '[]', '[]', 'utf-8',
                    '2024-01-01T00:00:00Z')
                """,
            arguments: [StoreFixtures.id("ab12")])
        let store = try SQLiteStore(path: path)
        #expect(try store.search(SearchQuery("商標法")).map(\.id) == [StoreFixtures.id("ab12")])
        #expect(try store.search(SearchQuery("特許庁")).map(\.id) == [StoreFixtures.id("ab12")])
    }

    /// v9 rebuilds the full-text index with prefix indexes: the articles already stored are
    /// found by their prefixes, those the index keeps and longer ones.
    @Test func aVersion8DatabaseFindsItsPrefixesAfterTheUpgrade() throws {
        let path = try oldDatabase(
            upTo: "v8-segmented-pairs",
            insert: """
                INSERT INTO articles (id, title, authors, language, text, paragraphs, credits, removed, encoding, ingested_at)
                VALUES (?, 'Conseil municipal', '[]', 'fr', 'Le conseil de l''École a voté.', '[]', '[]', '[]', 'utf-8',
                    '2024-01-01T00:00:00Z')
                """,
            arguments: [StoreFixtures.id("ab12")])
        var notices: [String] = []
        let store = try SQLiteStore(path: path) { notices.append($0) }
        #expect(notices.count == 1 && notices[0].contains("v9-prefix-indexes"), "the upgrade is announced before it runs: \(notices)")
        for query in ["co*", "con*", "cons*", "conse*", "éc*", "vot*"] {
            #expect(try store.search(SearchQuery(query)).map(\.id) == [StoreFixtures.id("ab12")], "\(query)")
        }
        let definition = try store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        }
        #expect(definition?.contains("prefix='2 3 4'") == true)
    }

    @Test func aVersion3DatabaseGainsAnnotationsAndKeepsItsArticles() throws {
        let old = MeetingCorpus.astana.article
        // A database as Newsdesk left it before annotation layers, with one article in it.
        let path = try oldDatabase(
            upTo: "v3-modified-description",
            insert: """
                INSERT INTO articles (id, url, source_name, source_domain, title, authors, published, language, text,
                    paragraphs, credits, removed, encoding, origin, ingested_at, original, modified, description)
                VALUES (?, NULL, ?, ?, ?, '["Julie Martin"]', ?, 'fr', ?, ?, '[]', '[]', 'utf-8', '/tmp/a2.html',
                    '2024-01-01T00:00:00Z', NULL, NULL, NULL)
                """,
            arguments: [
                old.id, old.source.name, old.source.domain, old.title, old.published, old.text,
                "[{\"kind\":\"paragraph\",\"start\":0,\"end\":\(old.text.unicodeScalars.count)}]",
            ])

        let store = try SQLiteStore(path: path)
        let stored = try store.article(idPrefix: "a200")
        #expect(stored.article.text == old.text)
        #expect(stored.article.paragraphs == old.paragraphs)
        #expect(stored.layers.isEmpty)
        #expect(try store.articleIDs(whereStage: "entities", isNot: 1) == [old.id])

        var annotated = stored
        annotated.article.title = "Sommet de la CEI"
        annotated.layers = MeetingCorpus.astana.layers
        try store.update(annotated)
        #expect(try store.article(idPrefix: "a200").layers == MeetingCorpus.astana.layers)
        #expect(try store.occurrences(kind: "mentions", key: MeetingCorpus.putin, limit: 5).map(\.articleID) == [old.id])
        // The search index follows the new title under the trigger that v4 put in place.
        #expect(try store.search(SearchQuery("CEI")).map(\.id) == [old.id])
        #expect(try store.search(SearchQuery("\"sommet d'Astana\"")).isEmpty)
    }

    @Test func aVersion5DatabaseFillsItsEntityTablesFromTheLayersItHolds() throws {
        let path = try scratch.newPath()
        do {
            // A database as Newsdesk left it before the entity tables, with entities layers in it.
            let queue = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(queue, upTo: "v5-duplicate-of")
            try queue.close()
            let store = try SQLiteStore(path: path)
            _ = try store.insert(EntityCorpus.all)
            try store.pool.write { db in
                try db.execute(sql: "DROP TABLE entity_aliases; DROP TABLE entities; DELETE FROM grdb_migrations WHERE identifier = 'v6-entities'")
            }
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.topEntities(type: nil, publishedFrom: nil, limit: 10).map(\.id)
                == [EntityCorpus.macron, EntityCorpus.un, EntityCorpus.berlin, EntityCorpus.paris])
        #expect(try store.aliases(of: EntityCorpus.un, limit: 10).map(\.text) == ["ONU", "United Nations"])
    }

    /// The entity queries read indexes: the kept counts, the folded names, one entity's keys.
    @Test func entityQueriesUseIndexes() throws {
        let store = try SQLiteStore(path: try scratch.newPath())
        _ = try store.insert(EntityCorpus.all)
        let queries: [(sql: String, arguments: StatementArguments, index: String)] = [
            (SQLiteEntityQueries.byName, ["macron", 5], "entity_aliases_text_key"),
            (SQLiteEntityQueries.monthly, ["entities", "Q90"], "annotation_keys_lookup"),
            (SQLiteEntityQueries.companions, ["entities", "Q90", 10, 10], "annotation_keys_lookup"),
            (SQLiteEntityQueries.topPublishedFrom, ["entities", "2025", nil, 10], "annotation_keys_lookup"),
        ]
        for query in queries {
            let plan = try store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains("INDEX \(query.index)") }, "\(plan)")
        }
    }

    /// The plan of every annotation query: index searches, and full scans only of covering
    /// indexes where the answer needs every row (counts, the articles a re-run must revisit), or
    /// of a subquery's rows (each bounded by its LIMIT).
    @Test func annotationQueriesUseIndexes() throws {
        let store = try SQLiteStore(path: try scratch.newPath())
        _ = try store.insert(MeetingCorpus.all)
        let queries: [(sql: String, arguments: StatementArguments, index: String)] = [
            (SQLiteAnnotationQueries.stageVersions, [], "annotations_stage_version"),
            (SQLiteAnnotationQueries.articleIDs, ["entities", 2], "annotations_stage_version"),
            (SQLiteAnnotationQueries.occurrences, ["mentions", "Q7747", 10], "annotation_keys_lookup"),
            (SQLiteAnnotationQueries.articlesWithKey(from: false, to: false), ["mentions", "Q7747", 10], "annotation_keys_lookup"),
            (SQLiteAnnotationQueries.articlesWithKey(from: true, to: true), ["mentions", "Q7747", "2022", "2023", 10], "annotation_keys_lookup"),
            (SQLiteAnnotationQueries.articlesWithKey(from: true, to: false), ["mentions", "Q7747", "2022", 10], "annotation_keys_lookup"),
            (SQLiteAnnotationQueries.articlesWithKeyRange, ["times", "2022", "2023", 10], "annotation_keys_lookup"),
            (SQLiteAnnotationQueries.articlesSharing(keys: 2), ["mentions", "Q7747", 5, "mentions", "Q184", 5, 10], "annotation_keys_lookup"),
        ]
        for query in queries {
            let plan = try store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains("COVERING INDEX \(query.index)") }, "\(plan)")
            let tableScans = plan.filter {
                $0.hasPrefix("SCAN ") && !$0.contains("COVERING INDEX") && $0 != "SCAN k" && !$0.hasPrefix("SCAN (subquery-")
            }
            #expect(tableScans.isEmpty, "\(query.sql)")
        }
    }
}
