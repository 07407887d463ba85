import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// The title ranker: its candidates and features, its binary trees' file, and the shipped
/// ranker on page dumps written for these tests.
@Suite struct TitleRankerTests {
    /// A page whose dump opens on the `<title>` line with the site's name and a list of
    /// headlines of other articles before the article's own headline, and closes on more.
    static let page = """
        Glassworks to close its last kiln in March - Valley Herald
        Top stories
        Council delays vote on new bus routes
        Flood barrier tested ahead of winter
        Local schools win robotics prizes
        Glassworks to close its last kiln in March
        Published 4 November 2025
        The glassworks that has stood by the river for more than a century will close its last kiln in March, its owners said on Wednesday.
        Rising gas prices had made the furnace too costly to run, the company said, and orders from bottle makers had fallen for three years.
        About eighty people still work at the site; the owners said they would be offered jobs at a plant forty miles away.
        The town's mayor called the closure the end of an era and asked the regional council for help to keep the buildings in use.
        More from the Valley Herald
        Bakery opens second shop on the high street
        Cycle path extended to the lake
        Contact us
        """

    static func lines(_ text: String) -> [TextLine] {
        text.split(separator: "\n").map { TextLine(String($0)) }
    }

    @Test func candidatesAreTheShortLinesEachWithEveryFeature() {
        let lines = Self.lines(Self.page)
        let emissions = lines.map { _ in [Float](repeating: Foundation.log(0.25), count: LineModel.classes) }
        let candidates = TitleFeatures.candidates(
            lines: lines, emissions: emissions, rules: LineClassifier.classify(lines), recurrence: LineFeatures.recurrence(of: lines))
        let indices = candidates.map(\.line)
        #expect(indices.contains(5))
        #expect(!indices.contains { lines[$0].isProse })
        #expect(candidates.allSatisfy { $0.features.count == TitleFeatures.count })
        // Rows of the wrong shape give no candidates rather than reading out of bounds.
        #expect(TitleFeatures.candidates(lines: lines, emissions: [], rules: [], recurrence: []).isEmpty)
    }

    @Test func aCandidateReadsItsNeighboursOpinionsAndWords() throws {
        // A kicker, the headline, a standfirst repeating its words, then the lead.
        let lines = Self.lines("""
            Industry
            Glassworks to close its last kiln
            The glassworks will close its kiln in March after a century
            The glassworks that has stood by the river for more than a century will close its last kiln in March, its owners said on Wednesday.
            """)
        let titleOpinion: [Float] = [-3, -0.5, -2, -8]
        let emissions = titleOpinion.map { title in
            (0..<LineModel.classes).map { $0 == LineClass.title.rawValue ? title : Foundation.log(0.2) }
        }
        let candidates = TitleFeatures.candidates(
            lines: lines, emissions: emissions, rules: LineClassifier.classify(lines), recurrence: LineFeatures.recurrence(of: lines))
        let headline = try #require(candidates.first { $0.line == 1 }).features
        let kicker = try #require(candidates.first { $0.line == 0 }).features
        // The last ten features: before (opinion, candidate, length, shared words), after (the
        // same), whether the next line is prose, the opinion over the best within three lines.
        let neighbours = Array(headline.suffix(10))
        #expect(neighbours[0] == -3 && neighbours[1] == 1)
        #expect(neighbours[4] == -2 && neighbours[5] == 1)
        #expect(neighbours[7] > 0.5)  // the standfirst repeats most of the headline's words
        #expect(neighbours[9] == 1.5)  // -0.5 against the standfirst's -2
        #expect(kicker.suffix(10)[kicker.count - 1] == -2.5)
        // The first line has no line before it.
        #expect(kicker.suffix(10)[kicker.count - 10] == Foundation.log(LineContext.floor))
    }

    @Test func aQuestionOrAnExclamationMayBeTheTitleAStatementMayNot() {
        #expect(TitleFeatures.isCandidate(TextLine("Can the glassworks find a buyer before March?")))
        #expect(TitleFeatures.isCandidate(TextLine("« La verrerie fermera en mars ! »")))
        #expect(!TitleFeatures.isCandidate(TextLine("The glassworks will close its last kiln in March.")))
        #expect(!TitleFeatures.isCandidate(TextLine(String(repeating: "Why would anyone buy a glassworks ", count: 5) + "?")))
    }

    @Test func theLineSharingMostOfALinesWordsIsFound() {
        let words = ["Glassworks to close its last kiln in March - Valley Herald", "Glassworks to close its last kiln in March", "Contact us"]
            .map { TitleFeatures.contentWords(TextLine($0)) }
        let overlap = PageWordOverlap(words: words)
        #expect(overlap.best(for: 1).share == 1)
        #expect(overlap.best(for: 1).lines == 1)
        #expect(overlap.best(for: 2).share == 0)
        // A word on more lines than a headline recurs on is template: it counts for none.
        let template = PageWordOverlap(words: Array(repeating: ["newsletter"], count: PageWordOverlap.maxPostings + 1))
        #expect(template.best(for: 0).share == 0)
    }

    @Test func aBinaryTreeFileScoresLogOddsAndIsNoLineTreeFile() throws {
        let trees = LineTrees(baseline: [-2], features: TitleFeatures.count, trees: [
            LineTrees.Tree(label: 0, nodes: [LineTrees.Node(feature: 3, threshold: 0.5, left: 1, right: 2, value: 0), .leaf(-1), .leaf(4)]),
        ])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("title-trees-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(trees.encoded()).write(to: URL(fileURLWithPath: path))
        let ranker = try TitleRanker(path: path)
        var row = [Float](repeating: 0, count: TitleFeatures.count)
        #expect(ranker.trees.scores(row) == [-3])
        row[3] = 1
        #expect(ranker.trees.scores(row) == [2])
        #expect(throws: LineModel.Corrupt.self) { try LineTrees(path: path) }
        // Trees of another shape would score every line alike: refused.
        #expect(throws: LineModel.Corrupt.self) { try TitleRanker(trees: LineTrees(baseline: [0, 0], features: TitleFeatures.count, trees: [])) }
        #expect(throws: LineModel.Corrupt.self) { try TitleRanker(trees: LineTrees(baseline: [0], features: 3, trees: [])) }
    }

    @Test func aHeadlineListedWithAMarkerIsTakenWrittenPlain() throws {
        let lines = Self.lines("""
            • Glassworks to close its last kiln in March
            Glassworks to close its last kiln in March
            The glassworks that has stood by the river for more than a century will close its last kiln in March.
            """)
        // Trees that score a line by its marker alone: the listed line scores highest.
        let marker = 28 // the list-marker feature's place in the row
        let ranker = try TitleRanker(trees: LineTrees(baseline: [0], features: TitleFeatures.count, trees: [
            LineTrees.Tree(label: 0, nodes: [LineTrees.Node(feature: Int32(marker), threshold: 0.5, left: 1, right: 2, value: 0), .leaf(-1), .leaf(4)]),
        ]))
        let emissions = lines.map { _ in [Float](repeating: Foundation.log(0.25), count: LineModel.classes) }
        let rules = LineClassifier.classify(lines)
        let recurrence = LineFeatures.recurrence(of: lines)
        #expect(TitleFeatures.candidates(lines: lines, emissions: emissions, rules: rules, recurrence: recurrence).first?.features[marker] == 1)
        #expect(ranker.title(lines: lines, emissions: emissions, rules: rules, recurrence: recurrence) == 1)
    }

    @Test func theShippedRankerTakesTheHeadlineBeforeTheBody() throws {
        let article = try PlainTextExtractor(lineModel: true).extract(Self.page, context: DocumentContext(id: "test", encoding: "utf-8")).get()
        #expect(article.title == "Glassworks to close its last kiln in March")
        #expect(article.text.hasPrefix("The glassworks that has stood by the river"))
        #expect(!article.text.contains("Flood barrier"))
        #expect(!article.text.contains("Cycle path"))
    }
}
