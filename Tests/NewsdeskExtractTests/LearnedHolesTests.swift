import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// The learned cleaner fills a short hole in the article with what the rules kept there, and
/// leaves a long run between the article and a line kept far below it to the trees.
@Suite struct LearnedHolesTests {
    static let paragraph = LineLabel.body(.paragraph)
    static let gone = LineLabel.removed(.boilerplate)

    @Test func aShortHoleIsTheArticle() {
        // Kept, two lines the trees doubted, kept: the rules' body comes back.
        let rules = [Self.paragraph, Self.paragraph, Self.paragraph, Self.paragraph]
        var labels = [Self.paragraph, Self.gone, Self.gone, Self.paragraph]
        LearnedLineClassifier.keepHoles(rules, &labels)
        #expect(labels == rules)
    }

    @Test func aLongRunIsNoHole() {
        // The article, the page's lists the rules took for body, a teaser kept far below.
        let run = LearnedLineClassifier.maxHole + 1
        let rules = Array(repeating: Self.paragraph, count: run + 2)
        var labels = [Self.paragraph] + Array(repeating: Self.gone, count: run) + [Self.paragraph]
        let before = labels
        LearnedLineClassifier.keepHoles(rules, &labels)
        #expect(labels == before)
    }

    @Test func onlyTheRulesBodyAndOnlyWhatTheTreesRemovedComesBack() {
        // A line the rules removed on a cue stays removed.
        let cue = LineLabel.removed(.advertisementLabel)
        let rules = [Self.paragraph, cue, Self.paragraph, Self.paragraph]
        var labels = [Self.paragraph, cue, Self.gone, Self.paragraph]
        LearnedLineClassifier.keepHoles(rules, &labels)
        #expect(labels == [Self.paragraph, cue, Self.paragraph, Self.paragraph])
        // Nothing kept on one side: no hole.
        var open = [Self.gone, Self.gone, Self.paragraph]
        LearnedLineClassifier.keepHoles([Self.paragraph, Self.paragraph, Self.paragraph], &open)
        #expect(open == [Self.gone, Self.gone, Self.paragraph])
    }
}
