import Foundation

/// Gradient-boosted trees over a row of features: the plain-text cleaner's second opinion of
/// each line from its context (`LineContext`, four classes, `context.bin`), the one it decides
/// on, and the title ranker's score of a short line (`TitleFeatures`, one class whose score is
/// the log-odds, `title.bin`). Trained by scripts/train-line-trees.py
/// (scripts/build-line-model.sh); the file (`Resources/linemodel`, see its README), little-endian: "NDLT", version,
/// classes, features, trees (UInt32 each), the baseline score of each class (Float32), then
/// each tree: its class and node count (UInt32), and its nodes, each a feature (Int32, -1 for
/// a leaf), a threshold (Float32: a value at or under it goes left), the left and right child
/// (UInt32) and the leaf's value (Float32).
package struct LineTrees: Sendable {
    package struct Node: Sendable, Equatable {
        package var feature: Int32
        package var threshold: Float
        package var left: UInt32
        package var right: UInt32
        package var value: Float

        package init(feature: Int32, threshold: Float, left: UInt32, right: UInt32, value: Float) {
            self.feature = feature
            self.threshold = threshold
            self.left = left
            self.right = right
            self.value = value
        }

        package static func leaf(_ value: Float) -> Node {
            Node(feature: -1, threshold: 0, left: 0, right: 0, value: value)
        }
    }

    package struct Tree: Sendable, Equatable {
        package var label: Int
        package var nodes: [Node]

        package init(label: Int, nodes: [Node]) {
            self.label = label
            self.nodes = nodes
        }
    }

    static let magic: [UInt8] = Array("NDLT".utf8)
    static let version: UInt32 = 1

    package let baseline: [Float]
    package let features: Int
    package let trees: [Tree]
    /// Every tree's nodes in one array, children at their index in it, and each tree's class
    /// and root: one walk over contiguous memory per line.
    private let nodes: [Node]
    private let roots: [(label: Int, root: Int)]
    /// The same trees, scored without a walk (`LeafMasks`).
    private let masks: LeafMasks

    package init(baseline: [Float], features: Int, trees: [Tree]) {
        self.baseline = baseline
        self.features = features
        self.trees = trees
        var nodes: [Node] = []
        var roots: [(label: Int, root: Int)] = []
        for tree in trees {
            let offset = UInt32(nodes.count)
            roots.append((tree.label, nodes.count))
            nodes += tree.nodes.map { node in
                var moved = node
                if node.feature >= 0 {
                    moved.left += offset
                    moved.right += offset
                }
                return moved
            }
        }
        self.nodes = nodes
        self.roots = roots
        masks = LeafMasks(trees, features: features)
    }

    /// The trees of the file at `path`, which must have `classes` classes (one for a binary
    /// model: its score is the log-odds) and read `features` features.
    package init(path: String, classes expectedClasses: Int = LineModel.classes, features expectedFeatures: Int = LineContext.count) throws(LineModel.Corrupt) {
        guard let data = FileManager.default.contents(atPath: path) else { throw LineModel.Corrupt(description: "cannot read the line trees \(path)") }
        var reader = Reader(bytes: [UInt8](data))
        guard reader.take(4) == Self.magic, reader.uint32() == Self.version, let classes = reader.uint32(), let features = reader.uint32(),
            let count = reader.uint32(), classes == UInt32(expectedClasses), features == UInt32(expectedFeatures)
        else { throw LineModel.Corrupt(description: "\(path) is not a line-tree model of this version of Newsdesk") }
        var baseline: [Float] = []
        for _ in 0..<classes {
            guard let value = reader.float() else { throw LineModel.Corrupt(description: "\(path) is cut short") }
            baseline.append(value)
        }
        var trees: [Tree] = []
        for _ in 0..<count {
            guard let label = reader.uint32(), label < classes, let size = reader.uint32(), size > 0 else { throw LineModel.Corrupt(description: "\(path) is cut short") }
            var nodes: [Node] = []
            // A child comes after its parent: every walk down a tree ends.
            for position in 0..<size {
                guard let feature = reader.uint32(), let threshold = reader.float(), let left = reader.uint32(), let right = reader.uint32(), let value = reader.float(),
                    Int32(bitPattern: feature) < Int32(features),
                    Int32(bitPattern: feature) < 0 || (left > position && left < size && right > position && right < size)
                else { throw LineModel.Corrupt(description: "\(path) holds a broken tree") }
                nodes.append(Node(feature: Int32(bitPattern: feature), threshold: threshold, left: left, right: right, value: value))
            }
            trees.append(Tree(label: Int(label), nodes: nodes))
        }
        guard reader.atEnd else { throw LineModel.Corrupt(description: "\(path) has bytes after its last tree") }
        self.init(baseline: baseline, features: Int(features), trees: trees)
    }

    /// The file's bytes for these trees.
    package func encoded() -> [UInt8] {
        var bytes = Self.magic
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        func put(_ value: Float) { put(value.bitPattern) }
        for value in [Self.version, UInt32(baseline.count), UInt32(features), UInt32(trees.count)] { put(value) }
        for value in baseline { put(value) }
        for tree in trees {
            put(UInt32(tree.label))
            put(UInt32(tree.nodes.count))
            for node in tree.nodes {
                put(UInt32(bitPattern: node.feature))
                put(node.threshold)
                put(node.left)
                put(node.right)
                put(node.value)
            }
        }
        return bytes
    }

    /// The probability of each class for one line's features.
    package func probabilities(_ row: [Float]) -> [Float] {
        LineModel.logProbabilities(scores(row)).map { Foundation.exp($0) }
    }

    /// Each class's raw score for one row of features (the baseline alone for a row of the
    /// wrong length).
    package func scores(_ row: [Float]) -> [Float] {
        var scores = baseline
        guard row.count == features else { return scores }
        nodes.withUnsafeBufferPointer { nodes in
            row.withUnsafeBufferPointer { row in
                let values = masks.values(for: row)
                for (tree, (label, root)) in roots.enumerated() {
                    if let value = values[tree] {
                        scores[label] += value
                        continue
                    }
                    // Children come after their parent (checked when read): the walk ends.
                    var index = root
                    while nodes[index].feature >= 0 {
                        let node = nodes[index]
                        index = Int(row[Int(node.feature)] <= node.threshold ? node.left : node.right)
                    }
                    scores[label] += nodes[index].value
                }
            }
        }
        return scores
    }

    /// Little-endian fields read in order; nil past the end.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func take(_ count: Int) -> [UInt8]? {
            guard offset + count <= bytes.count else { return nil }
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }

        mutating func uint32() -> UInt32? {
            take(4).map { $0.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        }

        mutating func float() -> Float? {
            uint32().map(Float.init(bitPattern:))
        }
    }
}
