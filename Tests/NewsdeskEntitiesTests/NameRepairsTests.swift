import Testing

@testable import NewsdeskEntities

/// The repairs made to the tagger's names, on token runs written for these tests.
@Suite struct NameRepairsTests {
    static func repaired(_ words: [String], type: NameType, language: String) -> [String] {
        let tokens = words.map { NameToken(Substring($0)) }
        let names = NameRepairs.repaired([EntityLinker.Name(tokens: 0..<words.count, type: type)], tokens: tokens, language: language) { _ in false }
        return names.map { name in name.tokens.map { words[$0] }.joined(separator: " ") }
    }

    @Test func anEnglishNameIsCutAtALowerCaseWord() {
        #expect(Self.repaired(["Clinton", "criticized", "Tulsa"], type: .place, language: "en") == ["Clinton", "Tulsa"])
        #expect(Self.repaired(["Machado", "since", "Clinton"], type: .person, language: "en") == ["Machado", "Clinton"])
        #expect(Self.repaired(["Obama", "and", "Hillary", "Clinton"], type: .person, language: "en") == ["Obama", "Hillary Clinton"])
        #expect(Self.repaired(["Bank", "and", "Trust"], type: .organization, language: "en") == ["Bank and Trust"])
    }

    @Test func connectorsStayInNames() {
        #expect(Self.repaired(["Bank", "of", "England"], type: .organization, language: "en") == ["Bank of England"])
        #expect(Self.repaired(["Ursula", "von", "der", "Leyen"], type: .person, language: "en") == ["Ursula von der Leyen"])
        #expect(Self.repaired(["Apple", "iPhone", "4s"], type: .other, language: "en") == ["Apple iPhone 4s"])
    }

    @Test func aHeadlinesVerbEndsAPersonsName() {
        let words = ["Chris", "Christie", "Calls", "Hillary", "Clinton", "A", "Disgrace"]
        var tokens = words.map { NameToken(Substring($0)) }
        for index in tokens.indices {
            tokens[index].inHeadline = true
            tokens[index].commonness = ["Calls", "A"].contains(words[index]) ? .veryFrequent : (words[index] == "Disgrace" ? .frequent : .unknown)
        }
        let names = NameRepairs.repaired([EntityLinker.Name(tokens: 0..<words.count, type: .person)], tokens: tokens, language: "en") { _ in false }
        #expect(names.map { $0.tokens.map { words[$0] }.joined(separator: " ") } == ["Chris Christie", "Hillary Clinton"])
    }

    @Test func otherLanguagesKeepLowerCaseWordsInNames() {
        #expect(Self.repaired(["Parti", "socialiste"], type: .organization, language: "fr") == ["Parti socialiste"])
    }

    @Test func anOrganisationsRareFirstWordAloneIsTheOrganisation() {
        let words = ["Lockheed", "Martin", "lost", ";", "Lockheed", "appealed", "to", "General", "Motors", ";", "General", "agreed"]
        var tokens = words.map { NameToken(Substring($0)) }
        for index in tokens.indices where words[index] == "General" { tokens[index].commonness = .frequent }
        let tagged = [EntityLinker.Name(tokens: 0..<2, type: .organization), EntityLinker.Name(tokens: 7..<9, type: .organization)]
        let names = NameRepairs.repaired(tagged, tokens: tokens, language: "en") { _ in false }
        // "General" is a common word: alone, it is no "General Motors".
        #expect(names.map { $0.tokens.map { words[$0] }.joined(separator: " ") } == ["Lockheed Martin", "General Motors", "Lockheed"])
    }
}
