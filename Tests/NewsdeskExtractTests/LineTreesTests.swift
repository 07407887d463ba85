import Foundation
@testable import NewsdeskExtract
import Testing

/// The line trees: their file and their scores, on trees written for these tests.
@Suite struct LineTreesTests {
    /// Body when the first feature (the line's leftover log-probability) is low; a second
    /// tree adds to the title's score whatever the line.
    static let trees = LineTrees(
        baseline: [0, 0, -4, -4], features: LineContext.count,
        trees: [
            LineTrees.Tree(label: 1, nodes: [
                LineTrees.Node(feature: 0, threshold: -2, left: 1, right: 2, value: 0), .leaf(6), .leaf(-6),
            ]),
            LineTrees.Tree(label: 2, nodes: [.leaf(0.5)]),
        ])

    static func row(_ first: Float) -> [Float] {
        [first] + [Float](repeating: 0, count: LineContext.count - 1)
    }

    @Test func aLineFollowsItsBranchesToALeaf() {
        let body = Self.trees.probabilities(Self.row(-5))
        let leftover = Self.trees.probabilities(Self.row(-0.1))
        #expect(body[LineClass.body.rawValue] > 0.9)
        #expect(leftover[LineClass.leftover.rawValue] > 0.9)
        #expect(abs(body.reduce(0, +) - 1) < 1e-5)
        // A value at the threshold goes left.
        #expect(Self.trees.probabilities(Self.row(-2))[LineClass.body.rawValue] > 0.9)
    }

    @Test func aTreeFileReadsBackTheTreesItWasWrittenFrom() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("line-trees-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.trees.encoded()).write(to: URL(fileURLWithPath: path))
        let read = try LineTrees(path: path)
        #expect(read.trees == Self.trees.trees)
        #expect(read.baseline == Self.trees.baseline)
    }

    @Test func aTreeWhoseChildPointsBackIsRefused() throws {
        let looping = LineTrees(baseline: [0, 0, 0, 0], features: LineContext.count, trees: [
            LineTrees.Tree(label: 0, nodes: [LineTrees.Node(feature: 0, threshold: 0, left: 0, right: 1, value: 0), .leaf(1)]),
        ])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("line-trees-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(looping.encoded()).write(to: URL(fileURLWithPath: path))
        #expect(throws: LineModel.Corrupt.self) { try LineTrees(path: path) }
        try Data(Self.trees.encoded().dropLast(3)).write(to: URL(fileURLWithPath: path))
        #expect(throws: LineModel.Corrupt.self) { try LineTrees(path: path) }
    }
}
