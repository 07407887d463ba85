/// A word that says what kind of region a place's name names ("canton de Fribourg", "Kanton
/// Zürich", "the State of New York", "provincia di Roma") makes the name the region's, not the
/// city's that shares it, which a bare name means far more often.
enum RegionDesignators {
    /// Designators in the languages Newsdesk reads, lower-cased, with German genitives.
    static let words: Set<String> = [
        "canton", "cantons", "kanton", "kantons", "cantone", "cantón", "cantão",
        "province", "provinz", "provincia", "província", "provincie",
        "state", "staat", "staates", "estado", "stato", "état", "etat",
        "département", "departement", "department", "departamento", "dipartimento",
        "region", "région", "región", "regione", "região", "bundesland", "bundeslandes",
        "oblast", "prefecture", "préfecture", "präfektur", "governorate", "gouvernorat",
    ]
    /// Words between a designator and the name ("canton de Vaud", "State of Texas"): a role's.
    static var connectors: Set<String> { RoleMentions.connectors }

    /// Whether a designator stands just before the name that begins at `start`, a connector
    /// between them or none.
    static func precedes(_ start: Int, in tokens: [NameToken]) -> Bool {
        var index = start - 1
        if index >= 0, connectors.contains(tokens[index].lower) { index -= 1 }
        return index >= 0 && words.contains(tokens[index].lower)
    }

    /// How many of a name's first words are a designator and its connector ("Kantons Zürich"
    /// → 1, "Canton de Vaud" → 2), or nil when it does not begin with one or is nothing else.
    static func leadingLength<S: StringProtocol>(of words: [S]) -> Int? {
        guard words.count >= 2, Self.words.contains(words[0].lowercased()) else { return nil }
        let length = connectors.contains(words[1].lowercased()) ? 2 : 1
        return length < words.count ? length : nil
    }

    /// A designator the tagger read as a name of its own just before a place's name (a
    /// capitalised "Kanton" in German) is joined to it: "Kantons" + "Zürich" is "Kantons Zürich".
    static func joined(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        let byStart = Dictionary(names.indices.map { (names[$0].tokens.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        var joined: [Int: EntityLinker.Name] = [:]
        var absorbed = Set<Int>()
        for (index, name) in names.enumerated() where name.tokens.count == 1 && words.contains(tokens[name.tokens.lowerBound].lower) {
            var next = name.tokens.upperBound
            if next < tokens.count, connectors.contains(tokens[next].lower) { next += 1 }
            guard let following = byStart[next], following != index, names[following].type == .place, !absorbed.contains(index) else { continue }
            absorbed.insert(following)
            joined[index] = EntityLinker.Name(tokens: name.tokens.lowerBound..<names[following].tokens.upperBound, type: .place)
        }
        guard !joined.isEmpty else { return names }
        return names.indices.filter { !absorbed.contains($0) }.map { joined[$0] ?? names[$0] }
    }
}
