import NewsdeskCore
import Synchronization

/// The name model and the gazetteer, loaded once per process on first use and shared by
/// every pipeline. Either may be missing: without the model nothing is recognised (and the
/// stage warns); without the gazetteer names are recognised but get Newsdesk ids only.
struct EntityResources: Sendable {
    let tagger: NameTagger?
    let gazetteer: Gazetteer?
    let problem: String?

    private static let cache = Mutex<EntityResources?>(nil)

    static func standard() -> EntityResources {
        cache.withLock { cached in
            if let cached { return cached }
            var problems: [String] = []
            var tagger: NameTagger?
            do {
                let directory = try ResourceLocator.directory("entities", containing: "names.bin")
                tagger = NameTagger(model: try NameModel(path: directory + "/names.bin"))
            } catch {
                problems.append("no names are recognised: \(error)")
            }
            var gazetteer: Gazetteer?
            do {
                gazetteer = try Gazetteer(directory: try ResourceLocator.directory("entities", containing: "aliases.tsv"))
            } catch {
                problems.append("names get Newsdesk ids only: \(error)")
            }
            let loaded = EntityResources(tagger: tagger, gazetteer: gazetteer, problem: problems.isEmpty ? nil : problems.joined(separator: "; "))
            cached = loaded
            return loaded
        }
    }
}

/// Names looked up in the shipped gazetteer, for commands that take a name where an id is
/// wanted (`quotes --speaker Poutine`).
public enum KnownNames {
    /// The ids of the entities the gazetteer knows by this name (any spelling it lists),
    /// most salient first; empty without a gazetteer.
    public static func ids(named name: String, type: NameType? = nil) -> [String] {
        guard let gazetteer = EntityResources.standard().gazetteer else { return [] }
        let records = gazetteer.aliases(of: Gazetteer.key(ofAlias: name)).filter { $0.kind != .adjective }
            .compactMap { gazetteer.entity(id: $0.entity) }.filter { type == nil || $0.type == type }
        var seen = Set<String>()
        return records.sorted { $0.salience > $1.salience }.map(\.id).filter { seen.insert($0).inserted }
    }
}
