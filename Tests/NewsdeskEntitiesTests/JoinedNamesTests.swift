import Testing

@testable import NewsdeskEntities

/// Names the tagger found in part inside a name the gazetteer knows, with the project's tables.
@Suite struct JoinedNamesTests {
    static func joined(_ words: [String], found: [(Range<Int>, NameType)]) throws -> [String] {
        let gazetteer = try #require(EntityResources.standard().gazetteer)
        let tokens = words.map { NameToken(Substring($0)) }
        let matches = NameEvidenceMarker(gazetteer: gazetteer).matches(in: tokens)
        return JoinedNames(gazetteer: gazetteer).joined(found.map { EntityLinker.Name(tokens: $0.0, type: $0.1) }, matches: matches)
            .map { name in name.tokens.map { words[$0] }.joined(separator: " ") + "/" + name.type.label }
    }

    @Test func aPartOrPiecesOfAKnownNameAreTheName() throws {
        let words = ["de", "autobouwer", "General", "Motors", "meldt"]
        #expect(try Self.joined(words, found: [(3..<4, .other)]) == ["General Motors/organization"])
        #expect(try Self.joined(words, found: [(2..<3, .organization), (3..<4, .other)]) == ["General Motors/organization"])
    }

    @Test func aNameThatCrossesTheKnownNameStaysAsItIs() throws {
        let words = ["de", "autobouwer", "General", "Motors", "Zorvan"]
        #expect(try Self.joined(words, found: [(3..<5, .organization)]) == ["Motors Zorvan/organization"])
    }
}
