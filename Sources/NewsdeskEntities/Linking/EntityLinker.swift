import Foundation
import NewsdeskCore
import NewsdeskText

/// Turns recognised names into mentions resolved to entities: a known alias (the most salient
/// entity when several share it), else a name already resolved in the article (a surname
/// after the full name, an acronym after its expansion), else a Newsdesk id made from the name
/// itself, the same in every article that spells it alike.
struct EntityLinker {
    let gazetteer: Gazetteer?
    let language: String

    /// A recognised name: token range (into `tokens`) and type.
    struct Name {
        var tokens: Range<Int>
        var type: NameType
    }

    /// A name resolved earlier in the article, for the shorter names that stand for it.
    private struct Resolved {
        var words: [String]
        var id: String
        var type: NameType
    }

    func link(
        names recognised: [Name], matches: [NameEvidenceMarker.Match], tokens: [Token], nameTokens: [NameToken], text: String
    ) -> (mentions: [Mention], entities: [Entity]) {
        var table = EntityTable()
        func span(_ range: Range<Int>) -> TextSpan {
            TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        }
        var mentions: [Int: Mention] = [:]
        var resolved: [Resolved] = []
        var names = recognised
        let expansions = AcronymExpansions.find(names: &names, tokens: tokens, nameTokens: nameTokens)
        // Longer names first, so that a surname or acronym finds the full name it stands for.
        for index in names.indices.sorted(by: { names[$0].tokens.count > names[$1].tokens.count }) {
            let name = names[index]
            var words = name.tokens.map { nameTokens[$0].text }
            // "Chrysler-fabrieken" names what "Chrysler" names.
            if let last = words.last, let head = CompoundNames.head(of: last) { words[words.count - 1] = head }
            let textSpan = span(name.tokens)
            let surface = String(text[utf8: textSpan])
            let key = NameKey.make(words)
            if let adjective = adjectiveEntity(key: key, type: name.type) {
                mentions[index] = Mention(span: textSpan, text: surface, type: .place, kind: .adjective, entity: table.use(adjective))
                continue
            }
            let lowered = words.map { $0.lowercased() }
            var type = name.type
            let id: String
            // A known name of the tagger's type first ("Poutine"), then a longer name of the
            // article it stands for ("Jordan" after "Michael Jordan"), then a prominent
            // entity of another type ("Jordan" the country).
            // A person's surname stands for the person whatever type the tagger gave it.
            let earlier = resolved.first { longer in
                guard longer.type == type || longer.type == .person, Self.abbreviates(lowered, longer) else { return false }
                // A known organisation's or prominent place's name stands for itself, not for the
                // longer name of a thing it begins ("Airbus" before "Airbus A330 MRTT", "Toyota"
                // in "Toyota and Nissan", "Phoenix" beside the "Phoenix Fire Department"); a brand
                // no table knows stands for its model ("iPhone" after "iPhone 4").
                guard longer.type == .person else { return !knowsAsItself(key) }
                switch type {
                case .organization:
                    // Read as an organisation, a company is the company beside a person's name
                    // the tagger ran into it ("Ford" beside "Michigan Ford").
                    return !knowsAsItself(key)
                case .place:
                    // Read as a place, a place is the place beside a person named after it
                    // ("Zürich" beside "Frey von Zürich", "Sachsen" beside "Luise von
                    // Sachsen"), not beside a given name and surname ("Jordan" after "Michael
                    // Jordan").
                    return longer.words.count <= lowered.count + 1 || !knowsAsItself(key)
                default:
                    return true
                }
            }
            if let earlier { type = earlier.type }
            if let record = region(named: words, before: name.tokens.lowerBound, in: nameTokens) {
                type = .place
                id = table.use(Entity(record))
            } else if let record = known(key: key, type: &type, retyping: earlier == nil)
                ?? Self.withoutLegalForm(words).flatMap({ known(key: NameKey.make($0), type: &type, retyping: false) })
                ?? knownCompany(beforeSectorWord: Self.withoutLegalForm(words) ?? words, type: type)
            {
                id = table.use(Entity(record))
            } else if let expansion = expansions[name.tokens], let expanded = mentions[expansion]?.entity {
                id = expanded
            } else if let earlier {
                id = earlier.id
            } else {
                let made = projectID(type: type, words: lowered)
                // One name, one type in an article: the type of its longest mention, which came
                // first ("Chrysler Group" an organisation, so "Chrysler" too).
                type = table.entity(made)?.type ?? type
                id = table.use(Entity(id: made, type: type, name: surface, wikidata: nil, geonames: nil))
            }
            resolved.append(Resolved(words: lowered, id: id, type: type))
            let isAcronym = words.count == 1 && nameTokens[name.tokens.lowerBound].isUpper && words[0].count <= 6
            mentions[index] = Mention(span: textSpan, text: surface, type: type, kind: isAcronym ? .acronym : .name, entity: id)
        }
        var anchors = names.indices.compactMap { index in mentions[index].map { RoleMentions.Anchor(tokens: names[index].tokens, mention: $0) } }
        anchors += adjectiveMentions(matches: matches, tokens: tokens, text: text, excluding: names.map(\.tokens), table: &table)
        var result = anchors.map(\.mention)
        result += RoleMentions(language: language, gazetteer: gazetteer).mentions(matches: matches, anchors: anchors, tokens: tokens, nameTokens: nameTokens, text: text)
        result.sort { $0.span.start < $1.span.start }
        let used = Set(result.compactMap(\.entity))
        return (result, table.entities.filter { used.contains($0.id) })
    }

    /// Whether a shorter name stands for a longer one: a surname or given name alone
    /// ("Poutine" after "Vladimir Poutine"), the name without its first words, or the
    /// initials of the longer name ("ONU" after "Organisation des Nations unies").
    private static func abbreviates(_ short: [String], _ long: Resolved) -> Bool {
        guard short.count < long.words.count, !short.isEmpty else { return false }
        if long.words.suffix(short.count).elementsEqual(short) { return true }
        guard short.count == 1 else { return false }
        return long.words.first == short[0] || NameInitials.spell(short[0], long.words)
    }

    /// A listed company written with the trade it is in after its name ("Apple Computer",
    /// "Ford Motors", "Samsung Electronics"): the company. Only for a company the gazetteer
    /// knows by the rest, so "Singapore Airlines" stays a name of its own.
    private func knownCompany<S: StringProtocol>(beforeSectorWord words: [S], type: NameType) -> EntityRecord? {
        guard type == .organization, words.count >= 2, let last = words.last, Self.sectorWords.contains(last.lowercased()) else { return nil }
        var organization = NameType.organization
        return known(key: NameKey.make(words.dropLast()), type: &organization, retyping: false)
    }

    /// Trades that follow a company's name in its longer form.
    static let sectorWords: Set<String> = [
        "computer", "computers", "motor", "motors", "automotive", "airlines", "airways", "aviation", "aerospace",
        "electronics", "electric", "energy", "petroleum", "steel", "chemicals", "pharmaceuticals", "pharma",
        "telecom", "telecommunications", "communications", "entertainment", "pictures", "studios", "software",
        "technologies", "technology", "systems", "industries",
    ]

    /// Whether the gazetteer knows a name as an organisation's or a prominent place's.
    private func knowsAsItself(_ key: String) -> Bool {
        guard let gazetteer else { return false }
        return gazetteer.entities(named: gazetteer.aliases(of: key)).contains { entity in
            entity.type == .organization || (entity.type == .place && entity.isProminent)
        }
    }

    /// A company's name without the legal form and the word "Group" that end it ("General
    /// Motors Corporation", "Fiat Group SpA", "Siemens AG" → the name the gazetteer knows, and
    /// the name its other mentions use), or nil when it has none.
    static func withoutLegalForm<S: StringProtocol>(_ words: [S]) -> [S]? {
        var end = words.count
        while end >= 2, legalForms.contains(words[end - 1].lowercased().replacingOccurrences(of: ".", with: "")) { end -= 1 }
        return end < words.count ? Array(words.prefix(end)) : nil
    }

    static let legalForms: Set<String> = [
        "corporation", "corp", "company", "co", "inc", "incorporated", "ltd", "limited", "llc", "plc", "ag", "gmbh", "sa",
        "sas", "nv", "bv", "spa", "srl", "sl", "group", "holding", "holdings",
    ]

    /// The known entity a name stands for: the most salient of its type; failing that, if
    /// `retyping`, when the gazetteer knows the name as a prominent entity of another type (a
    /// country, a region, a big city, an international body), that one, and the name takes its type.
    private func known(key: String, type: inout NameType, retyping: Bool) -> EntityRecord? {
        guard let gazetteer else { return nil }
        var candidates = gazetteer.entities(named: gazetteer.aliases(of: key))
        if candidates.isEmpty, let genitive = gazetteer.genitivePlaceKey(key, language: language) {
            candidates = gazetteer.aliases(of: genitive).filter { $0.kind == .name }.compactMap { gazetteer.entity(id: $0.entity) }
        }
        // Salience within a third of a population apart is a tie, decided by the older Wikidata
        // item (a place's own item comes before the districts and units later named after it:
        // London Q84, not Greater London Q23311), then by the entity whose own name is the
        // alias (Moscow, not Moscow Oblast).
        func ranked(_ a: EntityRecord, _ b: EntityRecord) -> Bool {
            if abs(a.salience - b.salience) > 0.3 { return a.salience < b.salience }
            if a.itemNumber != b.itemNumber { return a.itemNumber > b.itemNumber }
            return NameKey.make([a.name]) != key && NameKey.make([b.name]) == key
        }
        if let best = candidates.filter({ $0.type == type }).max(by: ranked) { return best }
        guard retyping, let other = candidates.max(by: ranked), other.isProminent else { return nil }
        type = other.type
        return other
    }

    /// The region a name says with a designator before it or in its first words ("canton de
    /// Fribourg", "Kantons Zürich", "State of New York"), if the gazetteer knows one by the name.
    private func region(named words: [Substring], before start: Int, in tokens: [NameToken]) -> EntityRecord? {
        guard let gazetteer else { return nil }
        let name: ArraySlice<Substring>
        if let length = RegionDesignators.leadingLength(of: words) {
            name = words.dropFirst(length)
        } else if RegionDesignators.precedes(start, in: tokens) {
            name = words[...]
        } else {
            return nil
        }
        let key = NameKey.make(Array(name))
        return gazetteer.entities(named: gazetteer.aliases(of: key).filter { $0.kind == .name })
            .filter { $0.entityClass == "region" }.max { $0.salience < $1.salience }
    }

    /// The place a recognised name is the adjective of ("French" read as a name, "American"
    /// read as an organisation's), if it is one.
    private func adjectiveEntity(key: String, type: NameType) -> Entity? {
        guard let gazetteer, type != .person else { return nil }
        let places = gazetteer.aliases(of: key).filter { $0.isAdjective(in: language) }
        return places.first.flatMap { gazetteer.entity(id: $0.entity) }.map(Entity.init)
    }

    /// Demonyms outside the recognised names ("biélorusse", "russe", "belarussische").
    private func adjectiveMentions(
        matches: [NameEvidenceMarker.Match], tokens: [Token], text: String, excluding names: [Range<Int>], table: inout EntityTable
    ) -> [RoleMentions.Anchor] {
        guard let gazetteer else { return [] }
        var covered = Set<Int>()
        for range in names { covered.formUnion(range) }
        var mentions: [RoleMentions.Anchor] = []
        for match in matches where !match.tokens.contains(where: covered.contains) {
            guard let alias = match.aliases.first(where: { $0.isAdjective(in: language) }),
                let record = gazetteer.entity(id: alias.entity)
            else { continue }
            let span = TextSpan(start: tokens[match.tokens.lowerBound].span.start, end: tokens[match.tokens.upperBound - 1].span.end)
            let mention = Mention(span: span, text: String(text[utf8: span]), type: .place, kind: .adjective, entity: table.use(Entity(record)))
            mentions.append(RoleMentions.Anchor(tokens: match.tokens, mention: mention))
        }
        return mentions
    }

    /// A Newsdesk id from the name: "nd:name:jean-dupont". Case and accents are folded, so
    /// "Jean Dupont" and "JEAN DUPONT" meet; a person's name parts that the name-variant
    /// table knows are written in its canonical spelling ("Loukachenko" and "Lukaschenko" meet);
    /// a company's legal form is left out ("Vexoria Group" and "Vexoria" meet). The tagger's type is no
    /// part of the id: it may type a name one way in one article and another way in the next.
    func projectID(type: NameType, words: [String]) -> String {
        let name = type == .person ? words : withCountryNamed(Self.withoutLegalForm(words) ?? words)
        let parts = name.map { word -> String in
            let spelling = type == .person ? gazetteer?.canonicalSpelling(of: word) ?? word : word
            return TextFold.matchKey(spelling).split(separator: " ").joined(separator: "-")
        }.filter { !$0.isEmpty }
        return "nd:name:\(parts.isEmpty ? "unnamed" : parts.joined(separator: "-"))"
    }
}

extension EntityLinker {
    /// An organisation's name that begins with a country's name, code or short form says the
    /// country one way, its name in the gazetteer: "U.S. Air Force", "US Air Force" and "United
    /// States Air Force" are one id.
    func withCountryNamed(_ words: [String]) -> [String] {
        guard let gazetteer, words.count >= 2 else { return words }
        for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let country = gazetteer.aliases(of: NameKey.make(words.prefix(length))).lazy.filter { $0.kind != .adjective }
                .compactMap { gazetteer.entity(id: $0.entity) }.first { $0.entityClass == "country" }
            if let country { return country.name.lowercased().split(separator: " ").map(String.init) + words.dropFirst(length) }
        }
        return words
    }
}

/// The entities an article's mentions resolve to, each once, in order of first mention; a
/// Newsdesk-id entity keeps the longest name it was written with.
struct EntityTable {
    private var byID: [String: Int] = [:]
    private(set) var entities: [Entity] = []

    func entity(_ id: String) -> Entity? {
        byID[id].map { entities[$0] }
    }

    mutating func use(_ entity: Entity) -> String {
        if let index = byID[entity.id] {
            if entity.wikidata == nil, entity.name.count > entities[index].name.count, entities[index].wikidata == nil {
                entities[index].name = entity.name
            }
        } else {
            byID[entity.id] = entities.count
            entities.append(entity)
        }
        return entity.id
    }
}

extension EntityRecord {
    /// How likely a reader means this entity when a name could be several: the log of its
    /// prior (population, for places) raised for countries and cities, which the news names
    /// far more often than the regions that share their names (Berne the city, not the canton).
    var salience: Double {
        let bonus: Double
        switch entityClass {
        case "country", "territory": bonus = 5
        case "city": bonus = 3
        default: bonus = 0
        }
        return log(prior + 1) + bonus
    }

    /// The number of its Wikidata item (Q84 → 84); the largest for none.
    var itemNumber: Int {
        wikidata.flatMap { Int($0.dropFirst()) } ?? .max
    }

    /// A country, territory or region: a name however common the word.
    var isTerritory: Bool { entityClass == "country" || entityClass == "territory" || entityClass == "region" }

    /// Known well enough that its name alone, in capitals, most likely means it.
    public var isProminent: Bool {
        switch entityClass {
        case "country", "territory", "region": true
        // The organisations the project lists by hand are the ones the news names most.
        case "international", "agency", "government", "party", "company", "media": true
        case "city": prior >= 100_000
        default: false
        }
    }
}
