import Testing

@testable import NewsdeskEntities

/// Region designators on token runs written for these tests.
@Suite struct RegionDesignatorsTests {
    static func tokens(_ words: [String]) -> [NameToken] { words.map { NameToken(Substring($0)) } }

    @Test func aDesignatorTaggedAloneIsJoinedToThePlaceAfterIt() {
        let tokens = Self.tokens(["die", "Regierung", "des", "Kantons", "Zürich", "und", "Kanton", "Bern"])
        let names = [
            EntityLinker.Name(tokens: 3..<4, type: .organization), EntityLinker.Name(tokens: 4..<5, type: .place),
            EntityLinker.Name(tokens: 6..<7, type: .place), EntityLinker.Name(tokens: 7..<8, type: .place),
        ]
        let joined = RegionDesignators.joined(names, tokens: tokens)
        #expect(joined.map(\.tokens) == [3..<5, 6..<8])
        #expect(joined.allSatisfy { $0.type == .place })
    }

    @Test func aDesignatorBeforeAPersonOrAloneStaysAsItIs() {
        let tokens = Self.tokens(["State", "Department", "spokesman", "Ned", "Price", "in", "Canton"])
        let names = [
            EntityLinker.Name(tokens: 0..<2, type: .organization), EntityLinker.Name(tokens: 3..<5, type: .person),
            EntityLinker.Name(tokens: 6..<7, type: .place),
        ]
        #expect(RegionDesignators.joined(names, tokens: tokens).map(\.tokens) == [0..<2, 3..<5, 6..<7])
    }

    @Test func theDesignatorIsFoundBeforeOrInsideTheName() {
        let tokens = Self.tokens(["le", "canton", "de", "Vaud", "et", "Genève"])
        #expect(RegionDesignators.precedes(3, in: tokens))
        #expect(!RegionDesignators.precedes(5, in: tokens))
        #expect(RegionDesignators.leadingLength(of: ["Kantons", "Zürich"]) == 1)
        #expect(RegionDesignators.leadingLength(of: ["Canton", "de", "Vaud"]) == 2)
        #expect(RegionDesignators.leadingLength(of: ["Canton"]) == nil)
        #expect(RegionDesignators.leadingLength(of: ["Paris"]) == nil)
    }
}
