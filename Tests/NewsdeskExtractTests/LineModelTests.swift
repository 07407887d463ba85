import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// The learned line model: its file, its training, and the cleaner that combines it and the
/// line trees with the rules, on page dumps written for these tests.
@Suite struct LineModelTests {
    /// A whole-page dump as a naive scraper writes it: menu, account links, the `<title>` line
    /// with the site's name, the headline, a byline, the body, a credit line, related headlines
    /// and the footer.
    static let page = """
        Skip to main content
        Home
        World
        Business
        Sign In
        Harbour pilots vote to strike over night shifts | The Coastal Courier
        Menu
        Harbour pilots vote to strike over night shifts
        By Ana Ribeiro
        The pilots who guide ships into the harbour voted on Tuesday to stop work for two days next week, after talks on night-shift pay broke down.
        Their union said the vote was carried by a large majority and that the stoppage would begin on Monday at six in the morning.
        The port authority said it regretted the decision and would keep the main channel open with its own staff where it could.
        Shipping companies have warned that a long dispute would push cargo to other ports along the coast.
        Reporting by Ana Ribeiro; Editing by Tom Hale
        Read more
        Ferry timetable changes for the winter
        New cranes arrive at the container terminal
        Newsletter
        Privacy Policy
        Terms of Use
        © 2025 The Coastal Courier
        """

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func aModelFileReadsBackTheWeightsItWasWrittenFrom() throws {
        var weights = [Float](repeating: 0, count: LineModel.weightCount)
        for index in stride(from: 0, to: weights.count, by: 97) { weights[index] = Float(index % 13) - 6 }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("line-model-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(LineModel.encode(weights)).write(to: URL(fileURLWithPath: path))
        let features = DumpLines(Self.lines(Self.page)).features
        #expect(try LineModel(path: path).emissions(features) == LineModel(weights: weights).emissions(features))
    }

    @Test func aFileThatIsNotALineModelIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("line-model-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LineModel.Corrupt.self) { try LineModel(path: path) }
    }

    @Test func trainingLearnsPagesWrittenLikeTheFixture() {
        let lines = Self.lines(Self.page)
        let gold: [LineClass?] = lines.map { line in
            if line == "Harbour pilots vote to strike over night shifts" { return .title }
            if line.hasPrefix("Reporting by") { return .credit }
            return line.hasSuffix(".") && line.count > 60 ? .body : .leftover
        }
        var trainer = LineModelTrainer()
        let page = LineModelTrainer.Page(features: DumpLines(lines).features, gold: gold)
        var accuracy = 0.0
        for pass in 1...8 { accuracy = trainer.train([page], pass: pass) }
        #expect(accuracy == 1)
        let emissions = LineModel(weights: trainer.modelWeights).emissions(DumpLines(lines).features)
        let decided = emissions.map { line in line.indices.max { line[$0] < line[$1] }.flatMap(LineClass.init(rawValue:)) }
        #expect(decided == gold)
    }

    @Test func theShippedModelFindsTheHeadlineTheBodyAndTheCredit() throws {
        let article = try PlainTextExtractor(lineModel: true).extract(Self.page, context: DocumentContext(id: "test", encoding: "utf-8")).get()
        #expect(article.title == "Harbour pilots vote to strike over night shifts")
        #expect(article.paragraphs.count == 4)
        #expect(article.text.hasPrefix("The pilots who guide ships"))
        #expect(!article.text.contains("Reporting by"))
        #expect(article.credits.contains { $0.text.hasPrefix("Reporting by") })
        #expect(!article.text.contains("Ferry timetable"))
        #expect(LearnedLineClassifier.loadProblem == nil)
    }
}
