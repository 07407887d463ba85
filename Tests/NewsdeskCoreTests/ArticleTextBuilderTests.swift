import NewsdeskCore
import Testing

@Suite struct ArticleTextBuilderTests {
    @Test func blocksAreSeparatedByABlankLineWithExactSpans() {
        var builder = ArticleTextBuilder()
        builder.append("  Premier   paragraphe. ", kind: .paragraph)
        builder.append("", kind: .paragraph)
        builder.append("Intertitre", kind: .heading)
        #expect(builder.text == "Premier paragraphe.\n\nIntertitre")
        #expect(builder.paragraphs.map(\.kind) == [.paragraph, .heading])
        #expect(builder.paragraphs.map { String(builder.text[utf8: $0.span]) } == ["Premier paragraphe.", "Intertitre"])
    }

    @Test func listsKeepOneItemPerLine() {
        var builder = ArticleTextBuilder()
        builder.append("un\n\n  deux  \ntrois", kind: .list)
        #expect(builder.text == "un\ndeux\ntrois")
    }

    @Test func listLinesBreakAtEveryNewlineCharacterAsACharacterSplitWould() {
        var builder = ArticleTextBuilder()
        builder.append("un\r\ndeux\u{2028}trois\u{85}quatre\u{2029}\u{0B}cinq\u{0C}six\r", kind: .list)
        #expect(builder.text == "un\ndeux\ntrois\nquatre\ncinq\nsix")
        let block = "é\u{301}\n\u{301}x \r\n\u{A0}\n"
        let bySplit = block.split(whereSeparator: \.isNewline).map { ArticleTextBuilder.normalizeSpaces($0) }.filter { !$0.isEmpty }
        var list = ArticleTextBuilder()
        list.append(block, kind: .list)
        #expect(list.text == bySplit.joined(separator: "\n"))
    }

    @Test func zeroWidthCharactersVanishAndNarrowSpacesStay() {
        #expect(ArticleTextBuilder.normalizeSpaces("a\u{200B}b\u{FEFF} c") == "ab c")
        #expect(ArticleTextBuilder.normalizeSpaces("« Oui\u{202F}»") == "« Oui\u{202F}»")
    }
}

@Suite struct ScalarOffsetMapTests {
    @Test(arguments: ["plain ascii", "é", "aé😀b", "😀😀", ""])
    func convertsEveryBoundaryBothWays(text: String) {
        let map = ScalarOffsetMap(text)
        var utf8Offset = 0
        for (scalarOffset, scalar) in text.unicodeScalars.enumerated() {
            #expect(map.scalarOffset(ofUTF8: utf8Offset) == scalarOffset)
            #expect(map.utf8Offset(ofScalar: scalarOffset) == utf8Offset)
            utf8Offset += String(scalar).utf8.count
        }
        let scalarCount = text.unicodeScalars.count
        #expect(map.scalarOffset(ofUTF8: utf8Offset) == scalarCount)
        #expect(map.utf8Offset(ofScalar: scalarCount) == utf8Offset)
        #expect(map.utf8Offset(ofScalar: scalarCount + 1) == nil)
    }
}

@Suite struct NormalizeSpacesTests {
    @Test(arguments: [
        ("« Déjà », a-t-il dit – l’été…", "« Déjà », a-t-il dit – l’été…"),
        (" lead", "lead"), ("trail ", "trail"), ("a  b", "a b"), ("a\tb", "a b"), ("a\u{00A0}b", "a b"),
        ("a\u{2009}b", "a b"), ("a\u{2028}b", "a b"), ("a\u{3000}b", "a b"), ("a\u{FEFF}b", "ab"), ("", ""), ("  ", ""),
    ])
    func collapsesOnlyWhatItMust(input: String, expected: String) {
        #expect(ArticleTextBuilder.normalizeSpaces(input) == expected)
    }
}
