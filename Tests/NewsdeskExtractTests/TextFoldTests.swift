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

    @Test func foldLowersEveryScriptAndSpellsOutLatinLetters() {
        #expect(TextFold.fold("  Crédit   PHOTO : Ærø") == "credit photo: aero")
        #expect(TextFold.fold("ДОБРО ПОЖАЛОВАТЬ, ΑΘΗΝΑ") == "добро пожаловать, αθηνα")
        // Two-byte scalars from the table, others worked out: the same lower case.
        #expect(TextFold.fold("İ Ǆ Ⱥ Ω K 𐐀") == "i ǆ ⱥ ω k 𐐨")
        #expect(TextFold.fold("a\u{AD}b\u{200B}c\u{2003}d\u{A0}\u{A0}e") == "abc d e")
        #expect(TextFold.fold("") == "")
    }

    @Test func keysKeepLettersAndDigitsWithOrWithoutSpaces() {
        #expect(TextFold.key("a lire aussi : l'été, 2024") == "a lire aussi l été 2024")
        #expect(TextFold.key("a lire aussi : l'été, 2024", spaced: false) == "alireaussilété2024")
        #expect(TitleMatching.key("Le « Grand » Débat !") == "legranddebat")
    }

    @Test func alphabeticTableAgreesWithUnicodeProperties() {
        for value in UInt32(0)..<0x900 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextFold.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    @Test func containsByteFindsAnyByteOfTheUTF8() {
        #expect("Figure 2: la courbe".containsByte(0x3A))
        #expect(!"Pas de deux-points".containsByte(0x3A))
        #expect("é".containsByte(0xA9))
        #expect(!"".containsByte(0x3A))
    }

    @Test func relatedLabelsAreFoundAtTheStartOfALine() {
        #expect(BoilerplateLines.isRelatedLabel("Lire aussi :"))
        #expect(!BoilerplateLines.isRelatedLabel("Lire aussitôt"))
        #expect(!BoilerplateLines.isRelatedLabel(""))
        #expect(BoilerplateLines.relatedLabelReason("lire aussi : le budget", linkRatio: 0) != nil)
        #expect(BoilerplateLines.relatedLabelReason("lire aussitot le budget", linkRatio: 0) == nil)
    }

    @Test func spacesAreCollapsedAndZeroWidthCharactersDropped() {
        #expect(ArticleTextBuilder.normalizeSpaces("  Le\u{00A0}\u{00A0}pré\u{200B}sident\n\t a  dit ") == "Le président a dit")
        #expect(ArticleTextBuilder.normalizeSpaces("déjà normal") == "déjà normal")
    }
}
