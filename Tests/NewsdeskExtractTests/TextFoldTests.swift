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

    /// The byte searches give what a plain scan of the UTF-8 gives, on random short strings
    /// over a small alphabet (so that partial matches are common).
    @Test func byteSearchesMatchAPlainScan() {
        var random = SeededGenerator(state: 7)
        let pieces = ["a", "b", "ab", " ", "é", "’", "\u{1F600}"]
        func randomText(_ maxPieces: Int) -> String {
            (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
        for _ in 0..<3000 {
            let text = randomText(12)
            let needle = randomText(3)
            let bytes = Array(text.utf8)
            let pattern = Array(needle.utf8)
            let starts = bytes.count >= pattern.count ? Array(0...(bytes.count - pattern.count)) : []
            let matches = starts.filter { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
            let offset = { (range: Range<String.Index>?) in range.map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) } }
            #expect(offset(text.rangeOfBytes(needle)) == matches.first)
            // An empty needle is found at the start, whichever the direction.
            #expect(offset(text.rangeOfBytes(needle, backwards: true)) == (pattern.isEmpty ? 0 : matches.last))
            #expect(text.containsBytes(needle) == !matches.isEmpty)
            #expect(text.hasPrefixBytes(needle) == bytes.starts(with: pattern))
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
