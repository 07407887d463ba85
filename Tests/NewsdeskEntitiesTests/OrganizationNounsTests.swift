import Testing

@testable import NewsdeskEntities

@Suite struct OrganizationNounsTests {
    /// The types of the names at these token ranges of `words`, after the noun cue.
    static func types(_ words: [String], _ names: [(Range<Int>, NameType)]) -> [NameType] {
        let tokens = words.map { NameToken(Substring($0)) }
        return OrganizationNouns.typed(names.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }, tokens: tokens).map(\.type)
    }

    @Test func aNameAfterACompanyNounIsAnOrganisationAndSoAreNamesBeginningWithIt() {
        // Le(0) groupe(1) Valcor(2) ferme(3) .(4) Valcor(5) France(6) confirme(7)
        let words = ["Le", "groupe", "Valcor", "ferme", ".", "Valcor", "France", "confirme"]
        #expect(Self.types(words, [(2..<3, .person), (5..<7, .person)]) == [.organization, .organization])
    }

    @Test func aPersonsFullNameAfterTheNounIsAPerson() {
        // della(0) società(1) Alan(2) Mulally(3)
        #expect(Self.types(["della", "società", "Alan", "Mulally"], [(2..<4, .person)]) == [.person])
    }

    @Test func withoutTheNounTheTypesStay() {
        #expect(Self.types(["Le", "maire", "Valcor", "parle"], [(2..<3, .person)]) == [.person])
    }
}
