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

/// The shipped aliases are keyed by the code that looks them up: a change to the tokenizer or
/// to `NameKey` that would make them miss fails here (rebuild with `newsdesk-train key-aliases`).
@Suite struct ShippedGazetteerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/entities")

    @Test func everyAliasIsFiledUnderItsKey() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("aliases.tsv"), encoding: .utf8)
        var stale: [String] = []
        var previous = ""
        var keys = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5 else {
                stale.append(String(line))
                continue
            }
            // The alias is left empty where it is its key capitalised.
            let alias = fields[1].isEmpty ? fields[0].prefix(1).uppercased() + fields[0].dropFirst() : String(fields[1])
            if Gazetteer.key(ofAlias: alias) != fields[0] { stale.append(String(line)) }
            #expect(!fields[0].utf8.lexicographicallyPrecedes(previous.utf8), "not sorted at \(fields[0])")
            previous = String(fields[0])
            keys.insert(previous)
        }
        #expect(keys.count > 100_000)
        #expect(stale.isEmpty, "\(stale.count) aliases filed under a stale key, e.g. \(stale.prefix(3))")

        // Every other spelling stands for a key that is filed, and is one of its spellings.
        let spellings = try String(contentsOf: Self.folder.appendingPathComponent(Gazetteer.spellingsFile), encoding: .utf8)
        var wrong: [String] = []
        for line in spellings.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            let stands = fields.count == 2 && keys.contains(fields[1]) && !keys.contains(fields[0])
                && Gazetteer.variantKeys(ofKey: fields[1]).contains(fields[0])
            if !stands { wrong.append(String(line)) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) spellings that stand for no key, e.g. \(wrong.prefix(3))")
    }
}
