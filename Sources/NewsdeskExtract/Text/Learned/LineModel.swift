import Foundation
import NewsdeskText

/// What the learned model says a line of a page is.
package enum LineClass: Int, CaseIterable, Sendable {
    case leftover, body, title, credit
}

/// A logistic model over hashed line features (`LineModelTrainer` trains it): each line's first
/// opinion, which the boosted trees (`LineTrees`) read in context. The file
/// (`Resources/linemodel/lines.bin`, see its README) is memory-mapped: a 16-byte header
/// ("NDLM", version, feature slots, class count), then the weights (feature slot × class,
/// little-endian Float32).
package struct LineModel: @unchecked Sendable {
    /// Size of the hashed feature table: a power of two.
    package static let featureSlots: UInt32 = 1 << 16
    static let magic: [UInt8] = Array("NDLM".utf8)
    static let version: UInt32 = 2
    static let headerSize = 16
    static let classes = LineClass.allCases.count

    /// The weights, `featureSlots × classes`.
    private let weights: UnsafeBufferPointer<Float>
    /// Keeps the mapping (or the trainer's array) alive.
    private let owner: AnyObject?

    package struct Corrupt: Error, CustomStringConvertible {
        package var description: String
    }

    static var weightCount: Int { Int(featureSlots) * classes }

    package init(path: String) throws(Corrupt) {
        guard let file = MappedFile(path: path), let base = file.bytes.baseAddress else {
            throw Corrupt(description: "cannot read the line model \(path)")
        }
        let bytes = file.bytes
        guard bytes.count == Self.headerSize + Self.weightCount * 4, Array(bytes[0..<4]) == Self.magic,
            bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self).littleEndian == Self.version,
            bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == Self.featureSlots,
            Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian) == Self.classes
        else { throw Corrupt(description: "\(path) is not a line model of this version of Newsdesk") }
        // The header keeps the weights 4-byte aligned in a page-aligned mapping.
        weights = UnsafeBufferPointer(start: (base + Self.headerSize).assumingMemoryBound(to: Float.self), count: Self.weightCount)
        owner = file
    }

    /// A model over weights in memory (the trainer's).
    package init(weights: [Float]) {
        let storage = WeightStorage(weights)
        self.weights = UnsafeBufferPointer(start: storage.pointer, count: Self.weightCount)
        owner = storage
    }

    /// The file's bytes for these weights.
    package static func encode(_ weights: [Float]) -> [UInt8] {
        var bytes = magic
        for value in [version, featureSlots, UInt32(classes)] { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        for weight in weights { withUnsafeBytes(of: weight.bitPattern.littleEndian) { bytes += $0 } }
        return bytes
    }

    /// Each line's log-probability of each class.
    package func emissions(_ features: [[UInt32]]) -> [[Float]] {
        features.map { Self.logProbabilities(Self.scores($0, weights: weights)) }
    }

    /// A line's linear score for each class under `weights`.
    static func scores(_ features: [UInt32], weights: UnsafeBufferPointer<Float>) -> [Float] {
        var scores = [Float](repeating: 0, count: classes)
        for feature in features {
            let base = Int(feature) * classes
            for label in 0..<classes { scores[label] += weights[base + label] }
        }
        return scores
    }

    /// Scores made log-probabilities (log-softmax).
    static func logProbabilities(_ scores: [Float]) -> [Float] {
        let top = scores.max() ?? 0
        let total = top + Foundation.log(scores.reduce(0) { $0 + Foundation.exp($1 - top) })
        return scores.map { $0 - total }
    }
}

/// The trainer's weights, owned while a model reads them.
private final class WeightStorage {
    let pointer: UnsafeMutablePointer<Float>

    init(_ weights: [Float]) {
        pointer = .allocate(capacity: weights.count)
        pointer.initialize(from: weights, count: weights.count)
    }

    deinit { pointer.deallocate() }
}
