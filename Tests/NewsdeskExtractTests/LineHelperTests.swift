@testable import NewsdeskExtract
import NewsdeskCore
import NewsdeskText
import Testing

/// Extraction's own line helpers; the general folding and byte helpers they build on are
/// tested in NewsdeskTextTests (`TextFoldTests`).
@Suite struct LineHelperTests {
    @Test func titleKeysRunTheFoldedWordsTogether() {
        #expect(TitleMatching.key("Le « Grand » Débat !") == "legranddebat")
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

    /// Lines read by scalars and lines read by characters (a combining accent) count alike.
    @Test func linesAreMeasuredAlikeWhicheverWayTheyAreRead() {
        for text in ["Le président a dit : « non » – 12 fois", "Le pre\u{0301}sident a dit : « non » – 12 fois"] {
            let line = TextLine(text)
            #expect(line.wordCount == 7)
            #expect(line.length == text.count)
            #expect(line.key == TextFold.matchKey(text))
            #expect(line.keyWords == TextFold.matchKey(text).split(separator: " "))
        }
        #expect(TextLine("東京都の天気 晴れ").wordCount == 4)
        #expect(TextLine(" – · ").wordCount == 0)
    }

    /// Name lists cut on bytes and cut by Foundation (a combining accent) give the same names.
    @Test func nameListsAreCutAlikeWhicheverWayTheyAreRead() {
        #expect(NameListCaption.names(in: "De gauche à droite : Jean Dupont, Marie Martin et Paul Durand (au centre).")
            == ["Jean Dupont", "Marie Martin", "Paul Durand"])
        #expect(NameListCaption.names(in: "De gauche a\u{0300} droite : Jean Dupont, Marie Martin et Paul Durand (au centre).")
            == ["Jean Dupont", "Marie Martin", "Paul Durand"])
        #expect(NameListCaption.names(in: "Le maire, ses adjoints et Marie Martin") == nil)
    }

    @Test func lexiconsLoadFromTheCheckoutWithoutProblems() {
        #expect(ExtractionLexicons.problems.isEmpty)
        #expect(LeftoverCues.loadProblem == nil)
        #expect(FunctionWords.loadProblem == nil)
        #expect(!FunctionWords.lexicons.isEmpty)
    }

    /// A missing lexicon is an error the loaders throw, which `ExtractionLexicons.problems`
    /// reports with the error's own words; nothing is printed.
    @Test func aMissingLexiconIsReportedNotPrinted() {
        #expect(throws: (any Error).self) { try LeftoverCues.load(from: "/nonexistent/lexicons/leftovers") }
        #expect(throws: (any Error).self) { try FunctionWords.load(from: "/nonexistent/lexicons/stopwords") }
        struct Unreadable: Error, CustomStringConvertible {
            var description: String { "lexicons/leftovers/en.txt is unreadable" }
        }
        let problem = LexiconProblem(lexicon: "lexicons/leftovers", error: Unreadable())
        #expect(problem.description == "lexicons/leftovers/en.txt is unreadable")
        #expect(problem.lexicon == "lexicons/leftovers")
    }
}
