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

    @Test func initialsAndVeryCommonWordsDoNotRecur() {
        let words = ["J.", "Morrow", "met", "House", "and", "J.", ".", "House", "voted", ",", "J.", "left"]
        let found: [(Range<Int>, NameType)] = [(0..<2, .person), (3..<4, .organization), (5..<6, .person)]
        #expect(Self.recurring(words, found: found, common: ["House"]).isEmpty)
    }
}
