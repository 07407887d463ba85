/// A name right after a common noun for a company or group ("le groupe Valcor", "la société
/// X", "carmaker Chrysler", "der Konzern Y") is an organisation, whatever the tagger read; so
/// are the article's other names that begin with its word ("Valcor France", "Valcor de
/// Vénissieux"), which would otherwise take the tagger's type ("one name, one type in an
/// article": the linker gives a name the type of its longest mention).
enum OrganizationNouns {
    static func typed(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        let cued = Set(names.compactMap { name -> String? in
            let start = name.tokens.lowerBound
            // A full person's name after the noun is someone of the company ("della società
            // Alan Mulally"), not its name.
            guard start > 0, nouns.contains(tokens[start - 1].lower), name.type != .person || name.tokens.count == 1 else { return nil }
            return tokens[start].lower
        })
        guard !cued.isEmpty else { return names }
        return names.map { name in
            guard name.type != .organization, cued.contains(tokens[name.tokens.lowerBound].lower) else { return name }
            return EntityLinker.Name(tokens: name.tokens, type: .organization)
        }
    }

    /// Lower-case nouns that name a company or a group of people, in the languages the stage
    /// reads best; not those that also stand before a family's or a person's name ("a casa
    /// Rossi") or are common English words in another sense ("concern").
    static let nouns: Set<String> = [
        "groupe", "société", "entreprise", "firme", "compagnie", "constructeur", "fabricant", "banque", "équipementier",
        "company", "firm", "group", "carmaker", "automaker", "airline", "bank", "manufacturer", "retailer",
        "konzern", "unternehmen", "firma", "hersteller", "autobauer",
        "empresa", "compañía", "grupo", "fabricante", "aerolínea", "banco",
        "azienda", "società", "gruppo", "compagnia", "banca",
        "companhia", "bedrijf", "fabrikant", "maatschappij",
    ]
}
