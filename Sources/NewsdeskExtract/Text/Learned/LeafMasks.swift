/// The line trees laid out to be scored without walking down them (QuickScorer, Lucchese et
/// al., SIGIR 2015): a tree's leaves are numbered from left to right, and each test a row goes
/// right of drops the leaves on its left, so that the leaf a walk would reach is the leftmost
/// one left. The tests are kept by feature, in order of threshold: those a row goes right of
/// are the first few, read until the first it goes left of. A walk waits on each node's load
/// and guesses each turn; this reads tests in a row and guesses once per feature. A tree of
/// more than 64 leaves, or one that is not a tree (built in memory), is left to the walk.
struct LeafMasks {
    private struct Test {
        var threshold: Float
        var tree: UInt32
        /// The leaves on the test's left.
        var dropped: UInt64
    }

    /// The tests of each feature in turn (`featureTests`), those with a NaN threshold (which
    /// every row goes right of) first, then by threshold.
    private var tests: [Test]
    private var featureTests: [Range<Int>]
    /// Per tree, where its leaves' values start in `leafValues`; nil for a tree to walk.
    private var firstLeaf: [Int?] = []
    private var leafValues: [Float] = []

    init(_ trees: [LineTrees.Tree], features: Int) {
        var byFeature = [[Test]](repeating: [], count: features)
        for (index, tree) in trees.enumerated() {
            guard let leaves = Self.leavesInOrder(tree), leaves.order.count <= UInt64.bitWidth,
                tree.nodes.allSatisfy({ $0.feature < features })
            else {
                firstLeaf.append(nil)
                continue
            }
            firstLeaf.append(leafValues.count)
            for position in leaves.order {
                let node = tree.nodes[position]
                guard node.feature >= 0 else {
                    leafValues.append(node.value)
                    continue
                }
                let left = leaves.spans[Int(node.left)]
                let dropped = (UInt64.max >> (UInt64.bitWidth - left.count)) << left.lowerBound
                byFeature[Int(node.feature)].append(Test(threshold: node.threshold, tree: UInt32(index), dropped: dropped))
            }
        }
        let sorted = byFeature.map { tests in
            tests.sorted { first, second in
                guard !first.threshold.isNaN, !second.threshold.isNaN else { return first.threshold.isNaN && !second.threshold.isNaN }
                return first.threshold < second.threshold
            }
        }
        tests = sorted.flatMap { $0 }
        var start = 0
        featureTests = sorted.map { tests in
            defer { start += tests.count }
            return start..<(start + tests.count)
        }
    }

    /// The value of the leaf each tree gives `row` (a value for each of the `features` the
    /// masks were laid out for), nil for a tree to walk.
    func values(for row: UnsafeBufferPointer<Float>) -> [Float?] {
        var remaining = [UInt64](repeating: .max, count: firstLeaf.count)
        remaining.withUnsafeMutableBufferPointer { remaining in
            tests.withUnsafeBufferPointer { tests in
                for (feature, range) in featureTests.enumerated() {
                    let value = row[feature]
                    // A value at or under the threshold goes left, as in the walk (NaN goes right of all).
                    for test in tests[range] {
                        if value <= test.threshold { break }
                        remaining[Int(test.tree)] &= ~test.dropped
                    }
                }
            }
        }
        return firstLeaf.indices.map { tree in firstLeaf[tree].map { leafValues[$0 + remaining[tree].trailingZeroBitCount] } }
    }

    /// The tree's nodes from the root, each before its children and a left child's whole
    /// subtree before the right child (so leaves come from left to right), and the span of
    /// leaf numbers under each node; nil when a node is reached twice or a child is missing.
    private static func leavesInOrder(_ tree: LineTrees.Tree) -> (order: [Int], spans: [Range<Int>])? {
        guard !tree.nodes.isEmpty else { return nil }
        var order: [Int] = []
        var seen = [Bool](repeating: false, count: tree.nodes.count)
        var pending = [0]
        while let position = pending.popLast() {
            guard tree.nodes.indices.contains(position), !seen[position] else { return nil }
            seen[position] = true
            order.append(position)
            let node = tree.nodes[position]
            if node.feature >= 0 { pending += [Int(node.right), Int(node.left)] }
        }
        // Children before their parent: each node's span joins its children's.
        var spans = [Range<Int>](repeating: 0..<0, count: tree.nodes.count)
        var leaf = order.count(where: { tree.nodes[$0].feature < 0 })
        for position in order.reversed() {
            let node = tree.nodes[position]
            if node.feature < 0 {
                leaf -= 1
                spans[position] = leaf..<(leaf + 1)
            } else {
                spans[position] = spans[Int(node.left)].lowerBound..<spans[Int(node.right)].upperBound
            }
        }
        return (order, spans)
    }
}
