@testable import NewsdeskExtract
import NewsdeskCore
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
