import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskEntities

/// Words an OCR'd page cut at a line's end, joined for the tagger, on lines written for these tests.
@Suite struct LineBreakHyphensTests {
    static func words(_ text: String) -> [String] {
        LineBreakHyphens.joined(NameTokenizer.tokens(in: text), in: text).words.map(String.init)
    }

    @Test func aCutWordIsOneToken() {
        #expect(Self.words("Ha¬\nrold Lloyd") == ["Harold", "Lloyd"])
        #expect(Self.words("Bra¬ bant") == ["Brabant"])
        #expect(Self.words("Baron Schon-\nfeld") == ["Baron", "Schonfeld"])
        // The joined token's span covers both halves, so the mention shows the text as printed.
        let text = "à Bra¬\nbant"
        let joined = LineBreakHyphens.joined(NameTokenizer.tokens(in: text), in: text)
        #expect(joined.tokens.last.map { String(text[utf8: $0.span]) } == "Bra¬\nbant")
    }

    @Test func aHyphenInsideALineOrBeforeACapitalStays() {
        // A compound cut before its capitalised half keeps its hyphen; so does one inside a line.
        #expect(Self.words("Baden-\nWürttemberg") == ["Baden", "-", "Württemberg"])
        #expect(Self.words("un porte- parole") == ["un", "porte", "-", "parole"])
    }
}
