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
