import Foundation
import NewsdeskCore
import NewsdeskText

/// The names Newsdesk knows: entities with their aliases in many languages (places from
/// Wikidata-keyed tables, the project's organisations and people), demonyms, role nouns and
/// honorifics, spelling variants of person-name parts, and the words that end organisation
/// names. Built by `scripts/build-entity-resources.sh` into `Resources/entities/` (see its
/// README). The large tables are sorted files searched in place (`SortedTable`): opening the
/// gazetteer reads only the two small lists.
public struct Gazetteer: Sendable {
    public struct Alias: Sendable, Hashable {
        public var entity: String
        public var kind: AliasKind
        public var language: String
    }

    public struct Role: Sendable, Hashable {
        /// A language-independent key ("president", "minister"; "title" for honorifics).
        public var role: String
        public var language: String
    }

    private let entityTable: SortedTable
    private let aliasTable: SortedTable
    private let variantTable: SortedTable
    private let roles: [String: [Role]]
    /// Keys that begin a longer role ("premier" of "premier ministre").
    private let rolePrefixes: Set<String>
    let organizationWords: Set<String>

    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    public init(directory: String) throws {
        func table(_ name: String) throws -> SortedTable {
            guard let table = SortedTable(path: directory + "/" + name) else { throw Missing(description: "cannot read \(directory)/\(name)") }
            return table
        }
        entityTable = try table("entities.tsv")
        aliasTable = try table("aliases.tsv")
        variantTable = try table("name-variants.tsv")
        var roles: [String: [Role]] = [:]
        var rolePrefixes: Set<String> = []
        for fields in try Self.rows(directory + "/roles.tsv", columns: 3) {
            let words = NameKey.words(of: String(fields[1]))
            for length in 1..<max(words.count, 1) { rolePrefixes.insert(NameKey.make(words.prefix(length))) }
            roles[NameKey.make(words), default: []].append(Role(role: String(fields[2]), language: String(fields[0])))
        }
        self.roles = roles
        self.rolePrefixes = rolePrefixes
        organizationWords = Set(try Self.rows(directory + "/organization-words.tsv", columns: 2).map { NameKey.make([$0[1]]) })
    }

    /// The entity with this id, if the gazetteer has it.
    public func entity(id: String) -> EntityRecord? {
        guard let fields = entityTable.rows(id).first, fields.count >= 6, let type = NameType(label: String(fields[0])) else { return nil }
        return EntityRecord(
            id: id, type: type, entityClass: String(fields[1]), name: String(fields[2]),
            wikidata: fields[3].isEmpty ? nil : String(fields[3]), geonames: fields[4].isEmpty ? nil : String(fields[4]),
            prior: Double(fields[5]) ?? 0)
    }

    /// The aliases whose key (`NameKey`) is `key`.
    public func aliases(of key: String) -> [Alias] {
        aliasTable.rows(key).compactMap { fields in
            guard fields.count >= 4, let kind = AliasKind(rawValue: String(fields[2])) else { return nil }
            return Alias(entity: String(fields[1]), kind: kind, language: String(fields[3]))
        }
    }

    public func roles(of key: String) -> [Role] { roles[key] ?? [] }

    /// The group (a Wikidata id of a name) a lower-cased person-name part belongs to.
    public func nameGroup(of part: String) -> String? {
        variantTable.rows(part).first?.first.map(String.init)
    }

    /// Whether `key` is an alias or role, and whether longer ones begin with it.
    func lookahead(_ key: String) -> (known: Bool, longer: Bool) {
        let alias = aliasTable.hasKey(key, orPrefixFollowedBy: UInt8(ascii: " "))
        return (alias.exact || roles[key] != nil, alias.longer || rolePrefixes.contains(key))
    }

    /// The rows of a small TSV file, `#` comments and blank lines skipped, each with at least `columns` fields.
    static func rows(_ path: String, columns: Int) throws -> [[Substring]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= columns ? fields : nil
        }
    }
}

extension Gazetteer {
    /// The key an alias is filed under: its words as the tokenizer cuts them, lower-cased
    /// (`NameKey`). What `newsdesk-train key-aliases` writes in the first column.
    public static func key(ofAlias alias: String) -> String {
        NameKey.make(NameKey.words(of: alias))
    }
}
