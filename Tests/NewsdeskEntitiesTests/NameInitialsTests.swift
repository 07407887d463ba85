import Testing

@testable import NewsdeskEntities

@Suite struct NameInitialsTests {
    @Test func anAcronymSpellsEveryWordOrTheLongerOnes() {
        #expect(NameInitials.spell("usaf", ["united", "states", "air", "force"]))
        #expect(NameInitials.spell("onu", ["organisation", "des", "nations", "unies"]))
        #expect(NameInitials.spell("fmi", ["fonds", "monétaire", "international"]))
        #expect(!NameInitials.spell("usa", ["united", "states", "air", "force"]))
        #expect(!NameInitials.spell("u", ["united"]))
        #expect(!NameInitials.spell("abc", ["alpha", "beta"]))
    }
}
