import NewsdeskCore
import NewsdeskText

/// Turns recognised names into mentions resolved to entities: a known alias of the same type
/// (the most prominent entity when several share it), else a name already resolved in the
/// article (a surname after the full name, an acronym after its expansion), else a Newsdesk id
/// made from the name itself, which is the same in every article that spells it alike.
struct EntityLinker {
    let gazetteer: Gazetteer?
    let language: String

    /// A recognised name: token range (into `tokens`) and type.
    struct Name {
        var tokens: Range<Int>
        var type: NameType
    }

    func link(names: [Name], tokens: [Token], nameTokens: [NameToken], text: String) -> (mentions: [Mention], entities: [Entity]) {
        var entities: [String: Entity] = [:]
        var order: [String] = []
        func use(_ entity: Entity) -> String {
            if entities[entity.id] == nil {
                entities[entity.id] = entity
                order.append(entity.id)
            } else if entity.id.hasPrefix("nd:"), let known = entities[entity.id], entity.name.count > known.name.count {
                entities[entity.id]?.name = entity.name
            }
            return entity.id
        }
        func span(_ range: Range<Int>) -> TextSpan {
            TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        }
        func words(_ range: Range<Int>) -> [Substring] { range.map { nameTokens[$0].text } }

        var mentions: [Int: Mention] = [:]
        // Longer names first, so that a surname or acronym finds the full name it stands for.
        let byLength = names.indices.sorted { names[$0].tokens.count > names[$1].tokens.count }
        var resolvedWords: [(words: [String], id: String, type: NameType)] = []
        for index in byLength {
            let name = names[index]
            let nameWords = words(name.tokens)
            let textSpan = span(name.tokens)
            let surface = String(text[utf8: textSpan])
            let key = NameKey.make(nameWords)
            let isAcronym = name.tokens.count == 1 && nameTokens[name.tokens.lowerBound].isUpper && nameWords[0].count <= 6
            if let adjective = adjectiveEntity(key: key, type: name.type) {
                mentions[index] = Mention(span: textSpan, text: surface, type: .place, kind: .adjective, entity: use(adjective))
                continue
            }
            let id: String
            if let record = bestAlias(key: key, type: name.type) {
                id = use(Entity(record))
            } else if let earlier = resolvedWords.first(where: { $0.type == name.type && Self.abbreviates(nameWords, $0.words) }) {
                id = earlier.id
            } else {
                id = use(Entity(id: Self.projectID(type: name.type, name: surface), type: name.type, name: surface, wikidata: nil, geonames: nil))
            }
            resolvedWords.append((nameWords.map { $0.lowercased() }, id, name.type))
            mentions[index] = Mention(span: textSpan, text: surface, type: name.type, kind: isAcronym ? .acronym : .name, entity: id)
        }
        var result = names.indices.compactMap { mentions[$0] }
        result += adjectiveMentions(tokens: tokens, nameTokens: nameTokens, text: text, excluding: names.map(\.tokens), use: use)
        result.sort { $0.span.start < $1.span.start }
        return (result, order.compactMap { entities[$0] })
    }

    /// Whether a shorter name stands for a longer one: a surname or given name alone
    /// ("Poutine" after "Vladimir Poutine"), the name without its first words, or the
    /// initials of the longer name ("ONU" after "Organisation des Nations unies").
    static func abbreviates(_ short: [Substring], _ long: [String]) -> Bool {
        guard short.count < long.count, !short.isEmpty else { return false }
        let lowered = short.map { $0.lowercased() }
        if long.suffix(lowered.count).elementsEqual(lowered) { return true }
        if lowered.count == 1, long.first == lowered[0] { return true }
        guard lowered.count == 1, short[0].count >= 2 else { return false }
        let initials = long.filter { $0.count > 3 }.compactMap(\.first).map { String($0) }.joined()
        return initials == lowered[0]
    }

    /// The most prominent known entity of this type with this alias.
    private func bestAlias(key: String, type: NameType) -> EntityRecord? {
        guard let gazetteer else { return nil }
        return gazetteer.aliases(of: key)
            .filter { $0.kind != .adjective }
            .compactMap { gazetteer.entity(id: $0.entity) }
            .filter { $0.type == type }
            .max { $0.prior < $1.prior }
    }

    /// The place a recognised name is the adjective of ("French" read as a name), if it is one.
    private func adjectiveEntity(key: String, type: NameType) -> Entity? {
        guard let gazetteer, type == .other || type == .place else { return nil }
        let places = gazetteer.aliases(of: key).filter { $0.kind == .adjective && ($0.language == language || $0.language == "*") }
        return places.first.flatMap { gazetteer.entity(id: $0.entity) }.map(Entity.init)
    }

    /// Demonyms outside the recognised names ("biélorusse", "russe", "belarussische").
    private func adjectiveMentions(
        tokens: [Token], nameTokens: [NameToken], text: String, excluding names: [Range<Int>], use: (Entity) -> String
    ) -> [Mention] {
        guard let gazetteer else { return [] }
        let marker = NameEvidenceMarker(gazetteer: gazetteer)
        var covered = Set<Int>()
        for range in names { covered.formUnion(range) }
        var mentions: [Mention] = []
        for match in marker.matches(in: nameTokens) where !match.tokens.contains(where: covered.contains) {
            guard let alias = match.aliases.first(where: { $0.kind == .adjective && ($0.language == language || $0.language == "*") })
            else { continue }
            let span = TextSpan(start: tokens[match.tokens.lowerBound].span.start, end: tokens[match.tokens.upperBound - 1].span.end)
            guard let record = gazetteer.entity(id: alias.entity) else { continue }
            let entity = use(Entity(record))
            mentions.append(Mention(span: span, text: String(text[utf8: span]), type: .place, kind: .adjective, entity: entity))
        }
        return mentions
    }

    /// A Newsdesk id from the name: "nd:person:jean-dupont". Case and accents are folded, so
    /// "Jean Dupont" and "JEAN DUPONT" meet.
    static func projectID(type: NameType, name: String) -> String {
        let slug = TextFold.matchKey(name).split(separator: " ").joined(separator: "-")
        return "nd:\(type.label):\(slug.isEmpty ? "unnamed" : slug)"
    }
}
