@testable import NewsdeskStore
import Testing

/// Snippets made from a hit's stored text: where the window falls and what is marked.
@Suite struct BoundedSnippetTests {
    private func snippet(_ query: String, _ text: String) throws -> (text: String, marked: [String]) {
        var folding = WordFolding()
        let terms = SnippetTerm.terms(of: try FTSQuery.tokenize(query), folding: &folding)
        let snippet = BoundedSnippet.make(text, terms: terms, folding: &folding)
        let bytes = Array(snippet.text.utf8)
        return (snippet.text, snippet.marks.map { String(decoding: bytes[$0], as: UTF8.self) })
    }

    private static let filler = Array(repeating: "Les travaux de voirie se poursuivent dans le quartier nord.", count: 8)
        .joined(separator: " ")

    @Test func aWordIsMarkedWithoutRegardToCaseOrAccents() throws {
        let result = try snippet("ecole BIELORUSSIE", "L'École ferme. La Biélorussie aussi.")
        #expect(result.marked == ["École", "Biélorussie"])
        #expect(result.text == "L'École ferme. La Biélorussie aussi.")
    }

    @Test func aPhraseIsMarkedAsOneWhereItsWordsFollowEachOther() throws {
        let text = "Les pompes de la ville tournent à plein, la chaleur monte. " + Self.filler
            + " Le groupe fabrique des pompes à chaleur depuis 1990."
        let result = try snippet("\"pompes à chaleur\"", text)
        #expect(result.marked == ["pompes à chaleur"])
        #expect(result.text.hasPrefix("…") && result.text.hasSuffix("des pompes à chaleur depuis 1990."))
    }

    @Test func theWindowHoldsTheMostDistinctTerms() throws {
        let text = "Le budget est voté. " + Self.filler + " La grève paralyse le port ; le budget du port est en jeu."
        let result = try snippet("budget grève", text)
        #expect(result.marked == ["grève", "budget"])
        #expect(result.text.hasPrefix("…") && result.text.hasSuffix("est en jeu."))
    }

    @Test func aSnippetBeginsWithTheSentenceOfItsMatchWhenItIsNear() throws {
        let text = Self.filler + " Le maire a parlé. Les négociations sur le plan reprendront lundi à Lyon. " + Self.filler
        #expect(try snippet("négoci*", text).text.hasPrefix("…Les négociations sur le plan"))
        let far = Self.filler + " Le maire a parlé. Selon lui, après de longs mois de discussions avec les syndicats et la direction"
            + " du site, les négociations reprendront lundi. " + Self.filler
        #expect(try snippet("négoci*", far).text.hasPrefix("…du site, les négociations"))
    }

    @Test func aPrefixMarksTheWordsItBegins() throws {
        #expect(try snippet("nego*", "Dock workers extended their strike; negotiations stalled.").marked == ["negotiations"])
    }

    @Test func wordsThatNOTExcludesAreNotLookedFor() throws {
        let text = "Le port reste ouvert. " + Self.filler + " La grève du port continue."
        let result = try snippet("port NOT (grève OR fermeture)", text)
        #expect(result.marked == ["port"])
        #expect(result.text.hasPrefix("Le port reste ouvert."))
    }

    @Test func aWordOfAScriptWithoutSpacesIsMarkedInsideItsSentence() throws {
        let result = try snippet("商標法", "政府は改正商標法の施行に向けて準備を進めている。")
        #expect(result.marked == ["商標法"])
        #expect(result.text == "政府は改正商標法の施行に向けて準備を進めている。")
    }

    @Test func aHitByItsTitleAloneShowsTheFirstWordsUnmarked() throws {
        let result = try snippet("frontière", Self.filler)
        #expect(result.marked.isEmpty)
        #expect(result.text.hasPrefix("Les travaux de voirie") && result.text.hasSuffix("…"))
    }
}
