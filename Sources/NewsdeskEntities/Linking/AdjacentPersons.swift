/// A person's name the tagger cut in two is one name: after a compound given name it ended
/// too soon ("Marie-Annick" + "Roussel"), or on either side of a surname particle it left out
/// ("Yann" + "Le" + "Floch", "Charles" + "de" + "Gaulle", "Lien" + "De" + "Smedt" whatever the
/// tagger made of the surname, if no table knows it). Other capitalised words before a
/// name are not joined to it (German writes nouns so: "Machthaber" + "Alexander Lukaschenko"),
/// nor are names across a line break, where lists put one name a line.
enum AdjacentPersons {
    static func joined(_ names: [EntityLinker.Name], tokens: [NameToken], gap: (Int) -> NameRepairs.Gap) -> [EntityLinker.Name] {
        let ordered = names.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var result: [EntityLinker.Name] = []
        for name in ordered {
            guard let last = result.last, last.type == .person, name.type == .person || isUnknownAfterParticle(last, name, tokens: tokens),
                joinable(last, name, tokens: tokens),
                (last.tokens.upperBound - 1..<name.tokens.lowerBound).allSatisfy({ gap($0) != .lineBreak })
            else {
                result.append(name)
                continue
            }
            result[result.count - 1] = EntityLinker.Name(tokens: last.tokens.lowerBound..<name.tokens.upperBound, type: .person)
        }
        return result
    }

    /// Whether `first` and `second` are pieces of one name: at most two surname particles
    /// between them, or none after a compound given name ("Marie-Annick", "Hans-Dieter").
    private static func joinable(_ first: EntityLinker.Name, _ second: EntityLinker.Name, tokens: [NameToken]) -> Bool {
        let (start, end) = (first.tokens.upperBound, second.tokens.lowerBound)
        guard start <= end, end - start <= 2, (start..<end).allSatisfy({ particles.contains(tokens[$0].lower) }) else { return false }
        return start < end || (first.tokens.count == 1 && isCompoundGivenName(tokens[first.tokens.lowerBound].text))
    }

    /// A word no table knows, after a particle that follows a person ("Lien De" + "Smedt", which
    /// the tagger read as a place): the surname. A known place there is where the person is from.
    private static func isUnknownAfterParticle(_ first: EntityLinker.Name, _ second: EntityLinker.Name, tokens: [NameToken]) -> Bool {
        second.tokens.count == 1 && second.tokens.lowerBound > first.tokens.upperBound
            && !tokens[second.tokens.lowerBound].evidence.beginsName
    }

    /// Two capitalised parts joined by a hyphen.
    private static func isCompoundGivenName(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { $0.count >= 2 && $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) }
    }

    static let particles: Set<String> = [
        "le", "la", "de", "du", "des", "d'", "da", "di", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "ten",
        "zu", "bin", "ibn", "ben", "al", "el", "mac", "st", "saint",
    ]
}
