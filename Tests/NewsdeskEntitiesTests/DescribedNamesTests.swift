import Testing

@testable import NewsdeskEntities

/// A name taken with its description is the name alone, where the article gives it alone; on
/// token runs written for these tests.
@Suite struct DescribedNamesTests {
    static func trimmed(_ words: [String], found: [(Range<Int>, NameType)], adjectives: Set<String> = []) -> [String] {
        var tokens = words.map { NameToken(Substring($0)) }
        for index in tokens.indices where adjectives.contains(words[index]) { tokens[index].evidence = .adjective }
        return DescribedNames.trimmed(found.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }, tokens: tokens).map { name in
            name.tokens.map { words[$0] }.joined(separator: " ")
        }
    }

    @Test func aDemonymAndACommonNounBeforeANameGivenAloneGo() {
        let words = ["de", "Zembiaanse", "autobouwer", "Vexoria", "meldde", "dat", "Vexoria", "groeit"]
        #expect(Self.trimmed(words, found: [(1..<4, .organization), (6..<7, .organization)], adjectives: ["Zembiaanse"]) == ["Vexoria", "Vexoria"])
    }

    @Test func theDescriptionStaysWhereTheNameIsNeverAlone() {
        let words = ["de", "Zembiaanse", "autobouwer", "Vexoria", "meldde"]
        #expect(Self.trimmed(words, found: [(1..<4, .organization)], adjectives: ["Zembiaanse"]) == ["Zembiaanse autobouwer Vexoria"])
    }

    @Test func peoplesNamesStayWhole() {
        let words = ["jana", "Morrow", "said", "Morrow"]
        #expect(Self.trimmed(words, found: [(0..<2, .person), (3..<4, .person)]) == ["jana Morrow", "Morrow"])
    }
}
