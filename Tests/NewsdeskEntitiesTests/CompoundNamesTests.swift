import Testing

@testable import NewsdeskEntities

/// A name joined to a common word by a hyphen names what the name names.
@Suite struct CompoundNamesTests {
    @Test func theNameBeforeTheHyphenIsTheHead() {
        #expect(CompoundNames.head(of: "Vexoria-fabrieken") == "Vexoria")
        #expect(CompoundNames.head(of: "ZX80-machines") == "ZX80")
        #expect(CompoundNames.head(of: "Vexoria-led") == "Vexoria")
    }

    @Test func namesWithHyphensAndPlainWordsAreNoCompounds() {
        for word in ["Noord-Amerika", "Saint-Denis", "well-known", "Vexoria", "Vexoria-", "-led", "Vexoria-s"] {
            #expect(CompoundNames.head(of: Substring(word)) == nil, "\(word)")
        }
    }

    @Test func aCompoundOfANameTheArticleGivesRecursAndTakesItsIdentity() {
        let words = ["Vexoria", "groeit", ";", "de", "Vexoria-fabrieken", "sluiten"]
        let tokens = words.map { NameToken(Substring($0)) }
        let found = RecurringNames.names(besides: [EntityLinker.Name(tokens: 0..<1, type: .organization)], tokens: tokens)
        #expect(found.map(\.tokens) == [4..<5] && found.map(\.type) == [.organization])
        let mentions = EntityLinkerTests.linked("Vexoria groeit; de Vexoria-fabrieken sluiten", [(0, 1, .organization), (4, 1, .organization)])
        #expect(mentions.map(\.entity) == ["nd:name:vexoria", "nd:name:vexoria"])
        #expect(mentions.map(\.text) == ["Vexoria", "Vexoria-fabrieken"])
    }
}
