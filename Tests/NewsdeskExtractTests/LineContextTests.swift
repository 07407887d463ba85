import Foundation
@testable import NewsdeskExtract
import Testing

/// The context features the line trees read, on first opinions written for these tests.
@Suite struct LineContextTests {
    /// Log-probabilities of a line that is body with probability `body`, leftover otherwise.
    static func emission(body: Float) -> [Float] {
        [Foundation.log(1 - body), Foundation.log(body), Foundation.log(LineContext.floor), Foundation.log(LineContext.floor)]
    }

    @Test func theMainBlockIsTheRunOfGreatestTotal() {
        #expect(LineContext.mainBlock([-1, 2, -0.5, 2, -3, 1]) == 1..<4)
        #expect(LineContext.mainBlock([-3, -1, -2]) == 1..<2)
        #expect(LineContext.mainBlock([]) == 0..<0)
    }

    @Test func aShortLineInsideTheBodySeesTheBodyAroundIt() {
        // Menu, menu, body, a doubtful line, body, body, footer.
        let body: [Float] = [0.05, 0.05, 0.9, 0.2, 0.95, 0.9, 0.05]
        let lines = ["Home", "World", "The council voted on Tuesday to close the old bridge to lorries.", "Read more", "Work starts in May.", "It will last a year.", "Contact"]
        let rows = LineContext.features(emissions: body.map { Self.emission(body: $0) }, lines: lines.map(TextLine.init),
                                        recurrence: LineFeatures.recurrence(of: lines.map(TextLine.init)))
        #expect(rows.count == body.count)
        #expect(rows.allSatisfy { $0.count == LineContext.count })
        let doubtful = rows[3]
        // Neighbours at -1 and +1.
        #expect(abs(doubtful[6] - 0.9) < 1e-5 && abs(doubtful[7] - 0.95) < 1e-5)
        // Inside the main block at the bar of 0.5; the menu line before it is not.
        #expect(doubtful[16] == 1 && rows[0][16] == 0)
        // The likeliest body line before and after it.
        #expect(abs(doubtful[23] - 0.9) < 1e-5 && abs(doubtful[24] - 0.95) < 1e-5)
        // The first line has no neighbours before it.
        #expect(rows[0][4] == -1)
    }

    @Test func theHeadlineStandsOutOfThePagesLines() {
        let lines = ["Harbour pilots vote to strike | The Coastal Courier", "Menu", "Harbour pilots vote to strike", "The pilots voted on Tuesday to stop work.", "Harbour pilots vote to strike"]
        let title: [Float] = [0.3, 0.01, 0.6, 0.01, 0.2]
        let emissions = title.map { [Foundation.log(1 - $0), Foundation.log(LineContext.floor), Foundation.log($0), Foundation.log(LineContext.floor)] }
        let rows = LineContext.features(emissions: emissions, lines: lines.map(TextLine.init), recurrence: LineFeatures.recurrence(of: lines.map(TextLine.init)))
        let headline = rows[2], site = rows[0]
        // Its title log-probability against the page's highest, its rank, its repeats.
        #expect(headline[26] == 0 && headline[27] == 0 && headline[28] == 2)
        #expect(site[26] < 0 && site[27] == 1 && site[28] == 1)
        // Another line extends the headline; the `<title>` line extends another.
        #expect(headline[29] == 1 && headline[30] == 0)
        #expect(site[29] == 0 && site[30] == 1)
        #expect(LineContext.features(emissions: emissions, lines: [], recurrence: []).isEmpty)
    }
}
