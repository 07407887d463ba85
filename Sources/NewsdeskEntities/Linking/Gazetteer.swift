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

        /// A demonym of this language (or of any): lower-case words collide across languages.
        func isAdjective(in language: String) -> Bool {
            kind == .adjective && (self.language == language || self.language == "*")
        }
    }

    public struct Role: Sendable, Hashable {
        /// A language-independent key ("president", "minister"; "title" for honorifics).
        public var role: String
        public var language: String
    }

    private let entityTable: SortedTable
    private let aliasTable: SortedTable
    /// Other spellings of the aliases' keys (`spelling key`): "etats-unis" for "états-unis".
    private let spellingTable: SortedTable
    private let variantTable: SortedTable
    private let roles: [String: [Role]]
    /// What the tables said, remembered for the process: news repeats its words and names.
    private let memo = GazetteerMemo()
    /// Keys that begin a longer role ("premier" of "premier ministre").
    private let rolePrefixes: Set<String>
    let organizationWords: Set<String>
    /// The lower-case words that begin an alias (a sorted one-column file, searched in place
    /// rather than read into a set at every start), and those that begin a role or a role
    /// phrase: a lower-case token that is none of them starts no match, and is not looked up.
    private let lowercaseStarts: SortedTable
    private let roleStarts: Set<String>

    /// The files `newsdesk-train key-aliases` writes beside aliases.tsv.
    public static let lowercaseStartsFile = "alias-lowercase-starts.tsv"
    public static let spellingsFile = "alias-spellings.tsv"

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
        spellingTable = try table(Self.spellingsFile)
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
        lowercaseStarts = try table(Self.lowercaseStartsFile)
        // Cut on the UTF-8 view: a character view would break each key into graphemes first.
        roleStarts = Set(roles.keys.map { key in String(key[..<(key.utf8.firstIndex(of: UInt8(ascii: " ")) ?? key.endIndex)]) })
    }

    /// Chooses the spelling that stands for each group of name-variant rows (`form group`), so
    /// that Newsdesk ids of people read as names: a form in Latin letters; of those, one of more
    /// than three letters if the group has some (a short form may be an English word the group
    /// happens to hold: "in", "him"); the most frequent in English text (`frequency`, a log
    /// frequency or nil); ASCII; the first in byte order. A form of several groups takes the
    /// best of their spellings by the same order; a form ending in "a" where the spelling does
    /// not (or the reverse: a surname's feminine form) keeps its own. Returns one row a form, in
    /// byte order, with the spelling as a third column.
    public static func canonicalizingVariants(_ rows: [[Substring]], frequency: (Substring) -> Double?) -> [String] {
        func key(_ form: Substring) -> (latin: Bool, long: Bool, frequency: Double, ascii: Bool) {
            (form.unicodeScalars.allSatisfy { $0.value < 0x250 }, form.count > 3, frequency(form) ?? -.infinity, form.utf8.allSatisfy { $0 < 0x80 })
        }
        // Whether `form` stands for a group rather than `current`.
        func precedes(_ form: Substring, _ current: Substring) -> Bool {
            let (a, b) = (key(form), key(current))
            if a.latin != b.latin { return a.latin }
            if a.long != b.long { return a.long }
            if a.frequency != b.frequency { return a.frequency > b.frequency }
            if a.ascii != b.ascii { return a.ascii }
            return form.utf8.lexicographicallyPrecedes(current.utf8)
        }
        let rows = rows.filter { $0.count >= 2 }
        var chosen: [Substring: Substring] = [:]
        for row in rows where chosen[row[1]].map({ precedes(row[0], $0) }) ?? true {
            chosen[row[1]] = row[0]
        }
        // "alexandre" of two groups: "alexander" rather than "aleksandros". A surname's
        // feminine form keeps its ending ("kowalska" is not written "kowalski", nor the reverse).
        var best: [Substring: (group: Substring, spelling: Substring)] = [:]
        for row in rows {
            let chosenSpelling = chosen[row[1]] ?? row[0]
            let spelling = chosenSpelling.hasSuffix("a") == row[0].hasSuffix("a") ? chosenSpelling : row[0]
            if let current = best[row[0]], !precedes(spelling, current.spelling) { continue }
            best[row[0]] = (row[1], spelling)
        }
        return best.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { "\($0.key)\t\($0.value.group)\t\($0.value.spelling)" }
    }

    /// The entity with this id, if the gazetteer has it.
    public func entity(id: String) -> EntityRecord? {
        memo.entity(id) {
            guard let fields = entityTable.rows(id).first, fields.count >= 6, let type = NameType(label: String(fields[0])) else { return nil }
            return EntityRecord(
                id: id, type: type, entityClass: String(fields[1]), name: String(fields[2]),
                wikidata: fields[3].isEmpty ? nil : String(fields[3]), geonames: fields[4].isEmpty ? nil : String(fields[4]),
                prior: Double(fields[5]) ?? 0)
        }
    }

    /// The entities these aliases name (a demonym's country left out: an adjective names none).
    func entities(named aliases: [Alias]) -> [EntityRecord] {
        aliases.filter { $0.kind != .adjective }.compactMap { entity(id: $0.entity) }
    }

    /// The aliases whose key (`NameKey`) is `key`, or of the keys `key` is another spelling of.
    public func aliases(of key: String) -> [Alias] {
        memo.aliases(key) {
            let own = aliasTable.rows(key)
            let rows = own.isEmpty ? spellingTable.rows(key).flatMap { aliasTable.rows(String($0[0])) } : own
            return rows.compactMap { fields in
                guard fields.count >= 4, let kind = AliasKind(rawValue: String(fields[2])) else { return nil }
                return Alias(entity: String(fields[1]), kind: kind, language: String(fields[3]))
            }
        }
    }

    public func roles(of key: String) -> [Role] { roles[key] ?? [] }

    /// The spelling that stands for all the spellings of a lower-cased person-name part
    /// ("loukachenko", "lukaschenko" → "lukashenko"): the table's third column, written by
    /// `newsdesk-train name-variants`.
    public func canonicalSpelling(of part: String) -> String? {
        guard let fields = variantTable.rows(part).first, fields.count >= 2, !fields[1].isEmpty else { return nil }
        return String(fields[1])
    }

    /// The key of the place a German genitive names ("deutschlands", "zürichs" → "deutschland",
    /// "zürich"), or nil: one word, an "s" that the place's own name lacks.
    func genitivePlaceKey(_ key: String, language: String?) -> String? {
        guard language == "de", key.count >= 4, key.hasSuffix("s"), !key.contains(" ") else { return nil }
        let base = String(key.dropLast())
        let places = aliases(of: base).contains { $0.kind == .name && entity(id: $0.entity)?.type == .place }
        return places ? base : nil
    }

    /// Whether a match may start at a token: any capitalised one, a lower-case one only if
    /// some alias or role begins with it.
    func mayStart(_ token: NameToken) -> Bool {
        guard !token.isCapitalised else { return true }
        let key = NameKey.make(lowercased: token.lower)
        return roleStarts.contains(key) || memo.lowercaseStart(key) { lowercaseStarts.contains(key) }
    }

    /// Whether `key` is an alias or role, and whether longer ones begin with it.
    func lookahead(_ key: String) -> (known: Bool, longer: Bool) {
        memo.lookahead(key) {
            let own = aliasTable.hasKey(key, orPrefixFollowedBy: UInt8(ascii: " "))
            let spelled = spellingTable.hasKey(key, orPrefixFollowedBy: UInt8(ascii: " "))
            let alias = (exact: own.exact || spelled.exact, longer: own.longer || spelled.longer)
            return (alias.exact || roles[key] != nil, alias.longer || rolePrefixes.contains(key))
        }
    }

    /// The rows of a small TSV file, `#` comments and blank lines skipped, each with at least `columns` fields.
    static func rows(_ path: String, columns: Int) throws -> [[Substring]] {
        var rows: [[Substring]] = []
        LexiconFile.forEachRow(in: try LexiconFile.text(ofFile: path)) { _, fields in
            if fields.count >= columns { rows.append(fields) }
        }
        return rows
    }
}

extension Gazetteer {
    /// The key an alias is filed under: its words as the tokenizer cuts them, lower-cased
    /// (`NameKey`). What `newsdesk-train key-aliases` writes in the first column.
    public static func key(ofAlias alias: String) -> String {
        NameKey.make(NameKey.words(of: alias))
    }

    /// Other keys for an alias, as texts also write it: without its accents
    /// (`NameKey.withoutAccents`), plainly ("etats-unis") and with German's umlauts as e
    /// ("oesterreich"); and with its words joined by hyphens instead of spaces or the other way
    /// round ("New-York", "Saint Denis") where `hyphenation` (places' names), the hyphen keys of both.
    public static func variantKeys(ofKey key: String, hyphenation: Bool = true) -> [String] {
        var keys: [String] = []
        for spelling in [key, NameKey.withoutAccents(key), NameKey.withoutAccents(key, umlautsAsE: true)].compactMap({ $0 }) {
            let hyphenated = hyphenation ? NameKey.otherHyphenation(spelling) : nil
            for variant in [spelling, hyphenated].compactMap({ $0 }) where variant != key && !keys.contains(variant) {
                keys.append(variant)
            }
        }
        return keys
    }
}
