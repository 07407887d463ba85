import Foundation
import Testing

@testable import NewsdeskEntities

@Suite struct SortedTableTests {
    static func table(_ lines: [String]) throws -> SortedTable {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sorted-\(UUID().uuidString).tsv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try #require(SortedTable(path: path))
    }

    @Test func findsEveryRowOfAKey() throws {
        let table = try Self.table([
            "# key\tvalue", "# second comment", "a\t1", "new york\t2", "new york\t3", "new york city\t4", "paris\t5", "paris-plage\t6", "zurich\t7",
        ])
        #expect(table.rows("new york").map { $0.joined() } == ["2", "3"])
        #expect(table.rows("paris").map { $0.joined() } == ["5"])
        #expect(table.rows("a").map { $0.joined() } == ["1"])
        #expect(table.rows("zurich").map { $0.joined() } == ["7"])
        #expect(table.rows("new").isEmpty)
        #expect(table.rows("zz").isEmpty)
        #expect(table.rows("# key").isEmpty)
    }

    @Test func tellsWhetherLongerKeysFollow() throws {
        let table = try Self.table(["new york\t2", "new york city\t4", "paris\t5", "paris-plage\t6"])
        #expect(table.hasKey("new", orPrefixFollowedBy: 0x20) == (false, true))
        #expect(table.hasKey("new york", orPrefixFollowedBy: 0x20) == (true, true))
        #expect(table.hasKey("new york city", orPrefixFollowedBy: 0x20) == (true, false))
        // "paris-plage" continues "paris" with a hyphen, not a space: no longer key.
        #expect(table.hasKey("paris", orPrefixFollowedBy: 0x20) == (true, false))
        #expect(table.hasKey("lyon", orPrefixFollowedBy: 0x20) == (false, false))
    }

    @Test func aMissingFileIsNoTable() {
        #expect(SortedTable(path: "/nonexistent/aliases.tsv") == nil)
    }

    @Test func searchesALargeTable() throws {
        let keys = (0..<5000).map { String(format: "k%05d", $0 * 2) }
        let table = try Self.table(keys.map { "\($0)\tv" })
        for key in keys.shuffled().prefix(200) { #expect(table.rows(key).count == 1, "\(key)") }
        #expect(table.rows("k00001").isEmpty)
        #expect(table.rows("k99999").isEmpty)
    }
}

@Suite struct NameKeyTests {
    @Test func aliasesAreKeyedAsRunningTextIsCut() {
        #expect(Gazetteer.key(ofAlias: "Côte d’Ivoire") == "côte d' ivoire")
        #expect(Gazetteer.key(ofAlias: "Organisation des Nations unies") == "organisation des nations unies")
        #expect(Gazetteer.key(ofAlias: "Saint‑Denis") == "saint-denis")
        #expect(Gazetteer.key(ofAlias: "L'Aquila") == "l' aquila")
        #expect(Gazetteer.key(ofAlias: "O'Higgins") == "o'higgins")
        #expect(Gazetteer.key(ofAlias: "People's Republic") == "people 's republic")
    }
}
