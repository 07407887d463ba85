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

    /// An unbalanced tree (leaves at depths 1 to 4): every row scores the leaf a walk down
    /// the tree reaches, a value at a threshold and NaN included.
    @Test func aRowScoresTheLeafItsWalkReaches() {
        func test(_ feature: Int32, _ threshold: Float, _ left: UInt32, _ right: UInt32) -> LineTrees.Node {
            LineTrees.Node(feature: feature, threshold: threshold, left: left, right: right, value: 0)
        }
        let trees = LineTrees(baseline: [0, 0, 0, 0], features: LineContext.count, trees: [
            LineTrees.Tree(label: 1, nodes: [
                test(0, 0, 1, 2), .leaf(1), test(1, 5, 3, 4), test(2, -1, 5, 6), .leaf(2), .leaf(3), test(0, 3, 7, 8), .leaf(4), .leaf(5),
            ]),
        ])
        func row(_ values: [Float]) -> [Float] { values + [Float](repeating: 0, count: LineContext.count - values.count) }
        let cases: [([Float], Float)] = [
            ([-1, 0, 0], 1), ([0, 0, 0], 1), ([1, 6, 0], 2), ([1, 5, -1], 3), ([1, 5, 0], 4), ([4, 5, 0], 5), ([.nan, 5, .nan], 5),
        ]
        for (values, leaf) in cases {
            let expected = LineModel.logProbabilities([0, leaf, 0, 0]).map { Foundation.exp($0) }
            #expect(trees.probabilities(row(values)) == expected, "\(values)")
        }
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
