import Foundation
import NewsdeskCore
import Synchronization

/// The names Newsdesk knows: entities with their aliases in many languages (places from
/// Wikidata-keyed tables, the project's organisations and people), demonyms, role nouns and
/// honorifics, and the words that end organisation names. Built by
/// `scripts/build-entity-resources.sh` into `Resources/entities/` (see its README); loaded
/// once per process, on first use.
public final class Gazetteer: Sendable {
    public struct Alias: Sendable, Hashable {
        public var entity: Int
        public var kind: AliasKind
        public var language: String
    }

    public struct Role: Sendable, Hashable {
        /// A language-independent key ("president", "minister"; "title" for honorifics).
        public var role: String
        public var language: String
    }

    public let entities: [EntityRecord]
    let aliases: [String: [Alias]]
    let roles: [String: [Role]]
    let organizationWords: Set<String>
    /// Lower-cased first words of every alias and role, so most tokens are rejected at once.
    let firstWords: Set<String>
    /// The most words any alias or role has.
    let longest: Int
    private let entityIndex: [String: Int]

    public init(directory: String) throws {
        var entities: [EntityRecord] = []
        var entityIndex: [String: Int] = [:]
        for fields in try Self.rows(directory + "/entities.tsv", columns: 7) {
            guard let type = NameType(label: String(fields[1])) else { continue }
            let record = EntityRecord(
                id: String(fields[0]), type: type, entityClass: String(fields[2]), name: String(fields[3]),
                wikidata: fields[4].isEmpty ? nil : String(fields[4]), geonames: fields[5].isEmpty ? nil : String(fields[5]),
                prior: Double(fields[6]) ?? 0)
            entityIndex[record.id] = entities.count
            entities.append(record)
        }
        var aliases: [String: [Alias]] = [:]
        var firstWords: Set<String> = []
        var longest = 1
        func remember(_ words: [Substring]) -> String? {
            guard let first = words.first else { return nil }
            firstWords.insert(NameKey.make([first]))
            longest = max(longest, words.count)
            return NameKey.make(words)
        }
        for fields in try Self.rows(directory + "/aliases.tsv", columns: 4) {
            guard let entity = entityIndex[String(fields[1])], let kind = AliasKind(rawValue: String(fields[2])),
                let key = remember(NameKey.words(of: String(fields[0])))
            else { continue }
            aliases[key, default: []].append(Alias(entity: entity, kind: kind, language: String(fields[3])))
        }
        var roles: [String: [Role]] = [:]
        for fields in try Self.rows(directory + "/roles.tsv", columns: 3) {
            guard let key = remember(NameKey.words(of: String(fields[1]))) else { continue }
            roles[key, default: []].append(Role(role: String(fields[2]), language: String(fields[0])))
        }
        var organizationWords: Set<String> = []
        for fields in try Self.rows(directory + "/organization-words.tsv", columns: 2) {
            organizationWords.insert(NameKey.make([fields[1]]))
        }
        self.entities = entities
        self.entityIndex = entityIndex
        self.aliases = aliases
        self.roles = roles
        self.organizationWords = organizationWords
        self.firstWords = firstWords
        self.longest = longest
    }

    public func entity(id: String) -> EntityRecord? { entityIndex[id].map { entities[$0] } }

    public func aliases(of key: String) -> [Alias] { aliases[key] ?? [] }

    public func roles(of key: String) -> [Role] { roles[key] ?? [] }

    /// The rows of a TSV file, `#` comments and blank lines skipped, each with at least `columns` fields.
    static func rows(_ path: String, columns: Int) throws -> [[Substring]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= columns ? fields : nil
        }
    }

    // MARK: The shared instance

    private static let cache = Mutex<Result<Gazetteer, LoadProblem>?>(nil)

    public struct LoadProblem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The gazetteer in `Resources/entities`, loaded on first use.
    public static func standard() -> Result<Gazetteer, LoadProblem> {
        cache.withLock { cached in
            if let cached { return cached }
            let loaded: Result<Gazetteer, LoadProblem>
            do {
                let directory = try ResourceLocator.directory("entities", containing: "aliases.tsv")
                loaded = .success(try Gazetteer(directory: directory))
            } catch {
                loaded = .failure(LoadProblem(description: "entity resources unavailable: \(error)"))
            }
            cached = loaded
            return loaded
        }
    }
}
