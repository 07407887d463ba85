import Testing

@testable import NewsdeskEntities

@Suite struct AdjacentPersonsTests {
    static func joined(_ words: [String], _ names: [(Range<Int>, NameType)], lineBreakAfter: Int? = nil) -> [String] {
        let tokens = words.map { NameToken(Substring($0)) }
        let result = AdjacentPersons.joined(names.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }, tokens: tokens) {
            $0 == lineBreakAfter ? .lineBreak : .space
        }
        return result.map { name in name.tokens.map { words[$0] }.joined(separator: " ") }
    }

    @Test func aPersonEndedAndBegunAgainAtOnceIsOnePerson() {
        #expect(Self.joined(["estime", "Marie-Annick", "Roussel", ","], [(1..<2, .person), (2..<3, .person)]) == ["Marie-Annick Roussel"])
    }

    @Test func aSurnameParticleBetweenTwoPiecesJoinsThem() {
        #expect(Self.joined(["estime", "Yann", "Le", "Floch"], [(1..<2, .person), (3..<4, .person)]) == ["Yann Le Floch"])
        #expect(Self.joined(["Charles", "de", "Gaulle"], [(0..<1, .person), (2..<3, .person)]) == ["Charles de Gaulle"])
        #expect(Self.joined(["said", "Lien", "De", "Smedt"], [(1..<2, .person), (3..<4, .place)]) == ["Lien De Smedt"])
    }

    @Test func otherWordsTypesAndLineBreaksKeepThemApart() {
        #expect(Self.joined(["Obama", "met", "Merkel"], [(0..<1, .person), (2..<3, .person)]) == ["Obama", "Merkel"])
        #expect(Self.joined(["Ford", "Lisa", "Marsh"], [(0..<1, .organization), (1..<3, .person)]) == ["Ford", "Lisa Marsh"])
        #expect(Self.joined(["Anne-Sophie", "Weber"], [(0..<1, .person), (1..<2, .person)], lineBreakAfter: 0) == ["Anne-Sophie", "Weber"])
        #expect(Self.joined(["Machthaber", "Alexander", "Lukaschenko"], [(0..<1, .person), (1..<3, .person)]) == ["Machthaber", "Alexander Lukaschenko"])
    }
}
