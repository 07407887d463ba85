import NewsdeskStore

/// What a user names an entity by on the command line (`entity NAME|ID`, `search --entity`):
/// its exact id first ("Q184", "nd:name:jean-dupont"), else its name or an alias its mentions
/// were written as, case, accents and apostrophes folded, and after an elided article ("l'onu"
/// finds the entity whose mentions read "ONU").
enum EntityReference {
    /// The most candidates an ambiguous name lists.
    static let candidateLimit = 8

    /// The entity `reference` names. Throws `notFound` when none does, `ambiguous` (listing the
    /// candidates, most named first, with their ids) when several do.
    static func resolve(_ reference: String, in store: some EntityStoring) throws(StoreError) -> StoredEntity {
        if let entity = try store.entity(id: reference) { return entity }
        var candidates = try store.entities(named: reference, limit: candidateLimit + 1)
        if candidates.isEmpty, let name = withoutElision(reference) {
            candidates = try store.entities(named: name, limit: candidateLimit + 1)
        }
        switch candidates.count {
        case 0:
            throw StoreError(.notFound, "no entity has the id or name '\(reference)'; `newsdesk entities` lists them")
        case 1:
            return candidates[0]
        default:
            let lines = candidates.prefix(candidateLimit).map { "  \(line($0))" }
            let more = candidates.count > candidateLimit ? ["  …"] : []
            throw StoreError(
                .ambiguous, (["'\(reference)' names several entities; give one's id:"] + lines + more).joined(separator: "\n"))
        }
    }

    /// The name after a French or Italian elided article ("l'ONU", "d’Italie", "dell'Onu"),
    /// which mentions leave out; nil when there is none.
    static func withoutElision(_ reference: String) -> String? {
        guard let apostrophe = reference.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let article = reference[..<apostrophe].lowercased()
        guard ["l", "d", "dell", "nell", "all", "sull"].contains(article) else { return nil }
        let name = reference[reference.index(after: apostrophe)...]
        return name.isEmpty ? nil : String(name)
    }

    /// An entity on one line: id, type, name and how often it occurs.
    static func line(_ entity: StoredEntity) -> String {
        "\(entity.id)  \(entity.type)  \(entity.name)  (\(entity.articles) \(entity.articles == 1 ? "article" : "articles"))"
    }
}
