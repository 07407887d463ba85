import Testing

@testable import NewsdeskEntities

/// Names the tagger found once, found again where they recur, on token runs written for these tests.
@Suite struct RecurringNamesTests {
    /// The recurring names in `words`, given the names the tagger found (word ranges and types).
    static func recurring(_ words: [String], found: [(Range<Int>, NameType)], common: Set<String> = []) -> [String] {
        var tokens = words.map { NameToken(Substring($0)) }
        for index in tokens.indices where common.contains(words[index]) { tokens[index].commonness = .veryFrequent }
        let names = found.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }
        return RecurringNames.names(besides: names, tokens: tokens).map { name in
            name.tokens.map { words[$0] }.joined(separator: " ") + "/" + name.type.label
        }
    }

    @Test func aWholeNameRecurs() {
        let words = ["Vexoria", "Dynamics", "said", ".", "Later", "Vexoria", "Dynamics", "and", "Korvel", "agreed", ";", "Korvel", "left"]
        #expect(Self.recurring(words, found: [(0..<2, .organization), (8..<9, .organization)])
            == ["Vexoria Dynamics/organization", "Korvel/organization"])
    }

    @Test func aSurnameAModelAndAnOrganisationsFirstWordRecur() {
        let words = ["Jana", "Morrow", "of", "Quillon", "Systems", "unveiled", "the", "Zephyr", "Z40", ".", "Morrow", "said", "Quillon", "will", "ship", "the", "Z40"]
        let found: [(Range<Int>, NameType)] = [(0..<2, .person), (3..<5, .organization), (7..<9, .other)]
        #expect(Self.recurring(words, found: found) == ["Morrow/person", "Quillon/organization", "Z40/other"])
    }

    @Test func initialsAndVeryCommonWordsDoNotRecur() {
        let words = ["J.", "Morrow", "of", "United", "Vexoria", "met", "House", ".", "J.", "United", "House", "voted"]
        let found: [(Range<Int>, NameType)] = [(0..<2, .person), (3..<5, .organization), (6..<7, .organization)]
        #expect(Self.recurring(words, found: found, common: ["United", "House"]).isEmpty)
    }
}
