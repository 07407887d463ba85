import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskEntities

/// Identities the linker gives names that no table knows, on text written for these tests.
@Suite struct EntityLinkerTests {
    /// The mentions of `text` where the tagger found the given words with the given types.
    static func linked(
        _ text: String, _ found: [(word: Int, count: Int, type: NameType)], gazetteer: Gazetteer? = nil
    ) -> [(text: String, type: NameType, entity: String?)] {
        let tokens = NameTokenizer.tokens(in: text)
        let nameTokens = tokens.map { NameToken(text[utf8: $0.span]) }
        let names = found.map { EntityLinker.Name(tokens: $0.word..<($0.word + $0.count), type: $0.type) }
        let linker = EntityLinker(gazetteer: gazetteer, language: "en")
        return linker.link(names: names, matches: [], tokens: tokens, nameTokens: nameTokens, text: text).mentions.map { ($0.text, $0.type, $0.entity) }
    }

    @Test func aNameTakesTheTypeOfItsLongestMentionInTheArticle() {
        // Vexoria(0) Group(1) grew(2) .(3) Vexoria(4) hired(5) .(6)
        let mentions = Self.linked("Vexoria Group grew. Vexoria hired.", [(0, 2, .organization), (4, 1, .person)])
        #expect(mentions.map(\.entity) == ["nd:name:vexoria", "nd:name:vexoria"])
        #expect(mentions.map(\.type) == [.organization, .organization])
    }

    @Test func aDemonymTakenForAnOrganisationIsItsCountrysAdjective() throws {
        let gazetteer = try #require(EntityResources.standard().gazetteer)
        // an(0) American(1) company(2) with(3) American(4) workers(5) .(6)
        let mentions = Self.linked("an American company with American workers.", [(1, 1, .organization), (4, 1, .place)], gazetteer: gazetteer)
        #expect(mentions.map(\.entity) == ["Q30", "Q30"])
        #expect(mentions.map(\.type) == [.place, .place])
    }
}
