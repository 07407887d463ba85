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
        let rows = LineContext.features(emissions: body.map { Self.emission(body: $0) }, wordCounts: [1, 1, 30, 2, 40, 35, 2])
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
}
