import NewsdeskCore
import NewsdeskText

/// Roles that designate a person: "le président russe", "the Russian president", "der
/// russische Präsident", "le porte-parole du Kremlin". A role phrase is the role noun with
/// the determiner before it, a demonym before or after it, and the name of what it is a role
/// of ("du Kremlin"). It resolves to the person named beside it ("le président russe Vladimir
/// Poutine", "Vladimir Poutine, le président russe"), else to the person the article earlier
/// gave the same role of the same country or body, or that a demonym introduced before it. A
/// role in the plural ("les dirigeants européens", "the ministers") is no one person.
struct RoleMentions {
    let language: String
    let gazetteer: Gazetteer?

    static let determiners: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "the", "a", "an", "der", "die", "das", "den", "dem", "des", "el", "los", "las",
        "il", "lo", "gli", "i", "o", "os", "as", "um", "uma", "het", "een", "ce", "cette", "this", "its", "their", "sa", "son",
    ]
    /// Words between a role (or a region's designator) and what it is of ("du Kremlin", "of
    /// France", "canton de Vaud").
    static let connectors: Set<String> = [
        "de", "du", "des", "d'", "d’", "of", "von", "vom", "der", "del", "di", "do", "da", "della", "dos", "das",
    ]

    /// A mention already found, by token range: names and adjectives.
    struct Anchor {
        var tokens: Range<Int>
        var mention: Mention
    }

    func mentions(matches: [NameEvidenceMarker.Match], anchors: [Anchor], tokens: [Token], nameTokens: [NameToken], text: String) -> [Mention] {
        var anchorStarting: [Int: Anchor] = [:]
        var anchorEnding: [Int: Anchor] = [:]
        for anchor in anchors {
            anchorStarting[anchor.tokens.lowerBound] = anchor
            anchorEnding[anchor.tokens.upperBound] = anchor
        }
        // What each person was called: (role key, what it is a role of) → person entity.
        var titled: [String: String] = [:]
        // The person a demonym introduced ("son homologue biélorusse Alexandre Loukachenko"),
        // and where.
        var introduced: [String: (person: String, at: Int)] = [:]
        for anchor in anchors.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) where anchor.mention.kind == .adjective {
            if let place = anchor.mention.entity, introduced[place] == nil, let next = anchorStarting[anchor.tokens.upperBound],
                next.mention.type == .person, let person = next.mention.entity
            {
                introduced[place] = (person, anchor.tokens.lowerBound)
            }
        }
        var result: [Mention] = []
        for match in matches {
            guard let role = match.roles.first(where: { $0.role != "title" && ($0.language == language || $0.language == "*") }) else { continue }
            var range = match.tokens
            var of: String?
            // A demonym or adjective before the role ("Russian President", "russische Präsident").
            if let before = anchorEnding[range.lowerBound], before.mention.kind == .adjective {
                range = before.tokens.lowerBound..<range.upperBound
                of = before.mention.entity
            }
            // A demonym after it ("président russe"), or "du Kremlin", "of France".
            if let after = anchorStarting[range.upperBound], after.mention.kind == .adjective {
                range = range.lowerBound..<after.tokens.upperBound
                of = after.mention.entity
            } else if range.upperBound < tokens.count, Self.connectors.contains(nameTokens[range.upperBound].lower) {
                var next = range.upperBound + 1
                if next < tokens.count, Self.determiners.contains(nameTokens[next].lower) { next += 1 }
                if let body = anchorStarting[next], body.mention.type != .person {
                    range = range.lowerBound..<body.tokens.upperBound
                    of = body.mention.entity
                }
            }
            if range.lowerBound > 0, Self.determiners.contains(nameTokens[range.lowerBound - 1].lower) {
                range = (range.lowerBound - 1)..<range.upperBound
            }
            let key = role.role + "|" + (of ?? "")
            var person: String?
            if isPlural(match, role: role, nameTokens: nameTokens) {
                person = nil
            } else if let named = anchorStarting[range.upperBound], named.mention.type == .person {
                person = named.mention.entity  // "le président russe Vladimir Poutine"
            } else if range.lowerBound >= 2, nameTokens[range.lowerBound - 1].text == ",",
                let named = anchorEnding[range.lowerBound - 1], named.mention.type == .person
            {
                person = named.mention.entity  // "Vladimir Poutine, le président russe"
            } else if range.upperBound + 1 < tokens.count, nameTokens[range.upperBound].text == ",",
                let named = anchorStarting[range.upperBound + 1], named.mention.type == .person
            {
                person = named.mention.entity  // "le porte-parole du Kremlin, Dmitri Peskov"
            } else {
                person = titled[key] ?? of.flatMap { introduced[$0] }.flatMap { $0.at < range.lowerBound ? $0.person : nil }
            }
            if let person { titled[key] = person }
            let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
            result.append(Mention(span: span, text: String(text[utf8: span]), type: .person, kind: .role, entity: person))
        }
        return result
    }

    /// Whether a role noun is in the plural: the table holds it without its final "s" or "x"
    /// for the same role ("dirigeants", "presidents", "ministros"; not "Mrs" or "boss").
    private func isPlural(_ match: NameEvidenceMarker.Match, role: Gazetteer.Role, nameTokens: [NameToken]) -> Bool {
        guard let gazetteer, let last = match.tokens.last else { return false }
        let word = nameTokens[last].lower
        guard word.count > 3, word.hasSuffix("s") || word.hasSuffix("x") else { return false }
        let singular = match.tokens.dropLast().map { nameTokens[$0].lower } + [String(word.dropLast())]
        return gazetteer.roles(of: NameKey.make(singular)).contains { $0.role == role.role && $0.language == role.language }
    }
}
