import Testing

@testable import NewsdeskEntities

/// The repairs made to the tagger's names, on token runs written for these tests.
@Suite struct NameRepairsTests {
    static func repaired(_ words: [String], type: NameType, language: String) -> [String] {
        let tokens = words.map { NameToken(Substring($0)) }
        let names = NameRepairs.repaired([EntityLinker.Name(tokens: 0..<words.count, type: type)], tokens: tokens, language: language) { _ in .space }
        return names.map { name in name.tokens.map { words[$0] }.joined(separator: " ") }
    }

    @Test func anEnglishNameIsCutAtALowerCaseWord() {
        #expect(Self.repaired(["Clinton", "criticized", "Tulsa"], type: .place, language: "en") == ["Clinton", "Tulsa"])
        #expect(Self.repaired(["Machado", "since", "Clinton"], type: .person, language: "en") == ["Machado", "Clinton"])
        #expect(Self.repaired(["Obama", "and", "Hillary", "Clinton"], type: .person, language: "en") == ["Obama", "Hillary Clinton"])
        #expect(Self.repaired(["Bank", "and", "Trust"], type: .organization, language: "en") == ["Bank and Trust"])
    }

    @Test func aNameHoldsNoBracket() {
        #expect(Self.repaired(["Leclercq", "(", "Renew", ")"], type: .person, language: "fr") == ["Leclercq", "Renew"])
        #expect(Self.repaired(["Amira", "Hassan", "("], type: .person, language: "en") == ["Amira Hassan"])
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
        let names = NameRepairs.repaired([EntityLinker.Name(tokens: 0..<words.count, type: .person)], tokens: tokens, language: "en") { _ in .space }
        #expect(names.map { $0.tokens.map { words[$0] }.joined(separator: " ") } == ["Chris Christie", "Hillary Clinton"])
    }

    @Test func aGermanNameIsCutAtALowerCaseWordButNotAtItsConnectors() {
        #expect(Self.repaired(["Zürich", "genießt"], type: .place, language: "de") == ["Zürich"])
        #expect(Self.repaired(["Basel", "auszuzahlen"], type: .place, language: "de") == ["Basel"])
        #expect(Self.repaired(["Frankfurt", "am", "Main"], type: .place, language: "de") == ["Frankfurt am Main"])
        #expect(Self.repaired(["Otto", "von", "Bismarck"], type: .person, language: "de") == ["Otto von Bismarck"])
    }

    @Test func otherLanguagesKeepLowerCaseWordsInNames() {
        #expect(Self.repaired(["Parti", "socialiste"], type: .organization, language: "fr") == ["Parti socialiste"])
    }

    /// `found` names over `words`, with a line break after the word at `lineBreakAfter`.
    static func repaired(_ words: [String], found: [(Range<Int>, NameType)], lineBreakAfter: Int? = nil) -> [String] {
        let tokens = words.map { NameToken(Substring($0)) }
        let names = NameRepairs.repaired(found.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }, tokens: tokens, language: "en") { index in
            index == lineBreakAfter ? .lineBreak : .space
        }
        return names.map { name in name.tokens.map { words[$0] }.joined(separator: " ") + "/" + name.type.label }
    }

    @Test func aNumberOnTheNextLineIsNoModel() {
        #expect(Self.repaired(["Zorvan", "cuts", "jobs", "5", "May"], found: [(0..<1, .organization)], lineBreakAfter: 2) == ["Zorvan/organization"])
        #expect(Self.repaired(["Zorvan", "5", "May"], found: [(0..<1, .organization)], lineBreakAfter: 0) == ["Zorvan/organization"])
    }

    @Test func aLeadingArticleGoesUnlessAKnownNameRunsOnFromIt() {
        func trimmed(_ words: [String], continuing: Bool) -> [String] {
            var tokens = words.map { NameToken(Substring($0)) }
            tokens[0].commonness = .function
            tokens[0].evidence = .begins(.place)
            if continuing { tokens[1].evidence = .continues(.place) }
            let names = NameRepairs.repaired([EntityLinker.Name(tokens: 0..<2, type: .other)], tokens: tokens, language: "es") { _ in .space }
            return names.map { name in name.tokens.map { words[$0] }.joined(separator: " ") }
        }
        #expect(trimmed(["El", "Zorvan"], continuing: false) == ["Zorvan"])
        #expect(trimmed(["El", "Salvador"], continuing: true) == ["El Salvador"])
    }

    @Test func anOrganisationsRareFirstWordAloneIsTheOrganisation() {
        let words = ["Lockheed", "Martin", "lost", ";", "Lockheed", "appealed", "to", "General", "Motors", ";", "General", "agreed"]
        var tokens = words.map { NameToken(Substring($0)) }
        for index in tokens.indices where words[index] == "General" { tokens[index].commonness = .frequent }
        let tagged = [EntityLinker.Name(tokens: 0..<2, type: .organization), EntityLinker.Name(tokens: 7..<9, type: .organization)]
        let names = NameRepairs.repaired(tagged, tokens: tokens, language: "en") { _ in .space }
        // "General" is a common word: alone, it is no "General Motors".
        #expect(names.map { $0.tokens.map { words[$0] }.joined(separator: " ") } == ["Lockheed Martin", "General Motors", "Lockheed"])
    }
}

/// Dates and time zones the tagger took for names.
@Suite struct DateNamesTests {
    static func isDate(_ words: [String], language: String = "en") -> Bool {
        let tokens = words.map { NameToken(Substring($0)) }
        return NameRepairs.isDate(EntityLinker.Name(tokens: 0..<words.count, type: .other), tokens: tokens, language: language)
    }

    @Test func aWeekdayAMonthsDayAndATimeZoneInCapitalsAreNoNames() {
        #expect(Self.isDate(["Saturday"]))
        #expect(Self.isDate(["June", "20"]))
        #expect(Self.isDate(["GMT"]))
        #expect(Self.isDate(["EDT"]))
        #expect(!Self.isDate(["Est"]))
        #expect(!Self.isDate(["May"]))
        #expect(!Self.isDate(["Boeing"]))
    }
}
