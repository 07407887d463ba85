import NewsdeskText

/// "Organisation des Nations unies (ONU)", "Fonds monétaire international (FMI)": a name, the
/// lower-case words that end it (which the tagger often leaves out) and the acronym in
/// parentheses that its initials spell. The name is extended over those words, and the
/// acronym resolves to whatever the name resolves to.
enum AcronymExpansions {
    /// The acronym's token range → the index (into `names`) of the name it abbreviates.
    /// Extends those names in place.
    static func find(names: inout [EntityLinker.Name], tokens: [Token], nameTokens: [NameToken]) -> [Range<Int>: Int] {
        var expansions: [Range<Int>: Int] = [:]
        for index in names.indices {
            var end = names[index].tokens.upperBound
            // At most three lower-case words between the name and the parenthesis.
            while end < names[index].tokens.upperBound + 3, end < tokens.count, tokens[end].kind == .word, !nameTokens[end].isCapitalised {
                end += 1
            }
            guard end + 2 < tokens.count, nameTokens[end].text == "(", nameTokens[end + 2].text == ")", nameTokens[end + 1].isUpper
            else { continue }
            let words = (names[index].tokens.lowerBound..<end).map { nameTokens[$0].lower }
            guard NameInitials.spell(nameTokens[end + 1].lower, words) else { continue }
            names[index].tokens = names[index].tokens.lowerBound..<end
            expansions[(end + 1)..<(end + 2)] = index
        }
        return expansions
    }
}
