import NewsdeskCore
import NewsdeskText
import Testing

/// Tokens as (text, kind) pairs, for readable expectations.
func tokens(_ text: String) -> [(String, Token.Kind)] {
    Tokenizer().tokens(in: text).map { (String(text[utf8: $0.span]), $0.kind) }
}

func texts(_ text: String) -> [String] { tokens(text).map(\.0) }

@Suite struct TokenizerTests {
    @Test func elisions() {
        #expect(texts("l'homme qu'il d'Europe jusqu'à") == ["l'", "homme", "qu'", "il", "d'", "Europe", "jusqu'", "à"])
        #expect(tokens("l’État").map(\.1) == [.elision, .word])
        #expect(texts("dell'Italia") == ["dell'", "Italia"])
        #expect(texts("don't aujourd'hui") == ["don't", "aujourd'hui"])
        #expect(texts("c'è un'altra anch'io com'era") == ["c'", "è", "un'", "altra", "anch'", "io", "com'", "era"])
        #expect(tokens("nessun'altra").map(\.1) == [.elision, .word])
        #expect(texts("l'Ajuntament d'aigua n'hi") == ["l'", "Ajuntament", "d'", "aigua", "n'", "hi"])
        #expect(texts("it's Ireland's") == ["it's", "Ireland's"])
    }

    @Test func abbreviations() {
        #expect(texts("M. Macron et Mme Dupont") == ["M.", "Macron", "et", "Mme", "Dupont"])
        #expect(texts("the U.S. and Dr. Smith") == ["the", "U.S.", "and", "Dr.", "Smith"])
        #expect(texts("z.B. heute") == ["z.B.", "heute"])
        #expect(texts("Sr. y Sra. García, EE.UU.") == ["Sr.", "y", "Sra.", "García", ",", "EE.UU."])
        #expect(tokens("z.B.").first?.1 == .abbreviation)
    }

    @Test func numbers() {
        #expect(tokens("2,3 milliards").map(\.0) == ["2,3", "milliards"])
        #expect(tokens("2,3 milliards").first?.1 == .number)
        #expect(texts("1.5 million") == ["1.5", "million"])
        #expect(tokens("à 19h30 puis 20h.").map(\.0) == ["à", "19h30", "puis", "20h", "."])
        #expect(texts("2\u{00A0}300 euros") == ["2\u{00A0}300", "euros"])
        #expect(texts("le 1er mai, 3,5 %") == ["le", "1er", "mai", ",", "3,5", "%"])
    }

    @Test func webThings() {
        #expect(tokens("Voir https://www.lemonde.fr/a/b.html.").map(\.1) == [.word, .url, .punctuation])
        #expect(texts("(www.example.com)") == ["(", "www.example.com", ")"])
        #expect(tokens("Écrire à jean.dupont@afp.fr.").map(\.1) == [.word, .word, .email, .punctuation])
        #expect(tokens("#JO2024 @AFP").map(\.1) == [.hashtag, .mention])
    }

    @Test func punctuationAndEllipses() {
        #expect(texts("Hélas... Non… «Oui»") == ["Hélas", "...", "Non", "…", "«", "Oui", "»"])
        #expect(texts("porte-parole") == ["porte-parole"])
    }

    @Test func spansAreUTF8AndConvertToScalars() {
        let text = "Été à Zürich"
        let all = Tokenizer().tokens(in: text)
        #expect(all.map(\.span) == [TextSpan(start: 0, end: 5), TextSpan(start: 6, end: 8), TextSpan(start: 9, end: 16)])
        let map = ScalarOffsetMap(text)
        #expect(all.map { $0.span.scalarRange(in: map) } == [0..<3, 4..<5, 6..<12])
    }
}

@Suite struct TokenizerASCIIShortcutTests {
    /// ASCII marks are told punctuation or symbol without the Unicode tables: the answer must be
    /// the general category's.
    @Test func asciiMarksAreClassedAsTheirGeneralCategorySays() {
        for value in 0x21..<0x7F {
            let scalar = Unicode.Scalar(UInt8(value))
            guard !scalar.properties.isAlphabetic, !(0x30...0x39).contains(value), scalar != "#", scalar != "@" else { continue }
            let expected: Token.Kind
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation:
                expected = .punctuation
            default:
                expected = .symbol
            }
            let text = String(Character(scalar))
            #expect(Tokenizer().tokens(in: text).map(\.kind) == [expected], "\(text)")
        }
    }
}
