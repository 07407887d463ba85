/// A name the tagger took together with the words that describe it ("Europese autofabrikant
/// Fiat", "Japanese Toyota") is the name alone where the article also gives that name on its
/// own. The description is demonyms and lower-case words, and no name the gazetteer knows
/// begins with it ("Deutsche Bank" stays whole). People's names are left alone: a first name
/// is no description.
enum DescribedNames {
    static func trimmed(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        // Each name as written → its type.
        var alone: [[Substring]: NameType] = [:]
        for name in names { alone[name.tokens.map { tokens[$0].text }] = alone[name.tokens.map { tokens[$0].text }] ?? name.type }
        return names.map { name in
            guard name.tokens.count >= 2, name.type != .person, !NameRepairs.beginsKnownName(at: name.tokens.lowerBound, tokens: tokens) else { return name }
            for start in (name.tokens.lowerBound + 1)..<name.tokens.upperBound {
                guard isDescription(tokens[start - 1]) else { break }
                let rest = start..<name.tokens.upperBound
                if tokens[start].hasCapitalOrDigit, let type = alone[rest.map { tokens[$0].text }] {
                    return EntityLinker.Name(tokens: rest, type: type)
                }
            }
            return name
        }
    }

    private static func isDescription(_ token: NameToken) -> Bool {
        token.evidence.contains(.adjective) || !token.hasCapitalOrDigit
    }
}
