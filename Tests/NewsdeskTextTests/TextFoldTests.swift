import NewsdeskText
import NewsdeskTestSupport
import Testing

@Suite struct TextFoldTests {
    @Test func truncationCutsAtAWordBoundaryWithAnEllipsis() {
        let text = "Lire aussi : le gouvernement présente son budget à l’Assemblée nationale mercredi"
        #expect(TextFold.truncate(text, to: 200) == text)
        #expect(TextFold.truncate(text, to: 30) == "Lire aussi : le gouvernement…")
        // No space in the second half: the cut falls at the limit itself.
        #expect(TextFold.truncate("aaaa " + String(repeating: "é", count: 40), to: 20) == "aaaa " + String(repeating: "é", count: 15) + "…")
    }

    @Test func containsByteFindsAnyByteOfTheUTF8() {
        #expect("Figure 2: la courbe".containsByte(0x3A))
        #expect(!"Pas de deux-points".containsByte(0x3A))
        #expect("é".containsByte(0xA9))
        #expect(!"".containsByte(0x3A))
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
    }

    @Test func matchKeysIgnoreCaseAccentsPunctuationAndSpacing() {
        #expect(TextFold.matchKey("Partager  l’article :") == "partager l article")
        #expect(TextFold.matchKey("Partager l'article") == TextFold.matchKey("PARTAGER L’ARTICLE"))
        #expect(TextFold.matchKey("Mis à jour le 3 mai") == "mis a jour le 3 mai")
        #expect(TextFold.matchKey("« — »") == "")
        #expect(TextFold.matchKey("Straße, Œuvre") == "strasse oeuvre")
    }

    @Test func trimStripsSpacesInvisibleCharactersAndTheGivenEdges() {
        #expect(TextFold.trim("\u{FEFF}\u{A0} Avec AFP \u{200B}\n") == "Avec AFP")
        #expect(TextFold.trim("– Avec AFP –", extra: ["–"]) == "Avec AFP")
        #expect(TextFold.trim("   ") == "")
        #expect(TextFold.trim(Substring("x")) == "x")
    }

    @Test func whitespaceTrimmingKeepsZeroWidthSpacesAndTrailingByteOrderMarks() {
        #expect(" \u{3000}Ann Lee\u{2009}\n".whitespaceTrimmed == "Ann Lee")
        #expect("\u{FEFF}Ann Lee".whitespaceTrimmed == "Ann Lee")
        #expect("Ann Lee\u{200B}".whitespaceTrimmed == "Ann Lee\u{200B}")
        #expect("".whitespaceTrimmed == "")
    }

    @Test func spacesAreUnicodeWhiteSpace() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextFold.isSpace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func wordScalarsAreLettersAndASCIIDigits() {
        #expect(TextFold.isWordScalar("a") && TextFold.isWordScalar("Z") && TextFold.isWordScalar("7"))
        #expect(TextFold.isWordScalar("é") && TextFold.isWordScalar("ж") && TextFold.isWordScalar("北"))
        #expect(!TextFold.isWordScalar("-") && !TextFold.isWordScalar(" ") && !TextFold.isWordScalar("٣"))
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

    @Test func byteSearchFindsFirstAndLastOffsets() {
        let text = Array("abcabc".utf8)
        text.withUnsafeBufferPointer { text in
            Array("bc".utf8).withUnsafeBufferPointer { pattern in
                #expect(ByteSearch.firstOffset(of: pattern, in: text) == 1)
                #expect(ByteSearch.lastOffset(of: pattern, in: text) == 4)
            }
            Array("abcabcd".utf8).withUnsafeBufferPointer { pattern in
                #expect(ByteSearch.firstOffset(of: pattern, in: text) == nil)
                #expect(ByteSearch.lastOffset(of: pattern, in: text) == nil)
            }
        }
    }
}
