@testable import NewsdeskExtract
import NewsdeskCore
import Testing

@Suite struct TextFoldTests {
    @Test func truncationCutsAtAWordBoundaryWithAnEllipsis() {
        let text = "Lire aussi : le gouvernement présente son budget à l’Assemblée nationale mercredi"
        #expect(TextFold.truncate(text, to: 200) == text)
        #expect(TextFold.truncate(text, to: 30) == "Lire aussi : le gouvernement…")
        // No space in the second half: the cut falls at the limit itself.
        #expect(TextFold.truncate("aaaa " + String(repeating: "é", count: 40), to: 20) == "aaaa " + String(repeating: "é", count: 15) + "…")
    }

    @Test func scalarCountCountsScalarsNotBytesOrCharacters() {
        #expect("déjà vu".scalarCount == 7)
        #expect("e\u{301}".scalarCount == 2)  // one character, two scalars
        #expect("𝄞 北京".scalarCount == 4)
        #expect("Paris, le 3 mai".dropFirst(7).scalarCount == 8)
    }

    @Test func spacesAreCollapsedAndZeroWidthCharactersDropped() {
        #expect(ArticleTextBuilder.normalizeSpaces("  Le\u{00A0}\u{00A0}pré\u{200B}sident\n\t a  dit ") == "Le président a dit")
        #expect(ArticleTextBuilder.normalizeSpaces("déjà normal") == "déjà normal")
    }
}
