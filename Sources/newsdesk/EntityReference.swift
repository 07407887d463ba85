import NewsdeskStore

/// What a user names an entity by on the command line (`entity NAME|ID`, `search --entity`):
/// its exact id first ("Q184", "nd:person:jean-dupont"), else its name or an alias its mentions
/// were written as, case, accents and apostrophes folded ("l'onu" finds the entity of "l’ONU").
enum EntityReference {
    /// The most candidates an ambiguous name lists.
    static let candidateLimit = 8

    /// The entity `reference` names. Throws `notFound` when none does, `ambiguous` (listing the
    /// candidates, most named first, with their ids) when several do.
    static func resolve(_ reference: String, in store: some EntityStoring) throws(StoreError) -> StoredEntity {
        if let entity = try store.entity(id: reference) { return entity }
        let candidates = try store.entities(named: reference, limit: candidateLimit + 1)
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

    /// An entity on one line: id, type, name and how often it occurs.
    static func line(_ entity: StoredEntity) -> String {
        "\(entity.id)  \(entity.type)  \(entity.name)  (\(entity.articles) \(entity.articles == 1 ? "article" : "articles"))"
    }
}
