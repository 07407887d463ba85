/// Trains the recogniser's averaged perceptron (greedy, left to right, as `NameTagger` decodes)
/// on gold-tagged sentences. Deterministic: the shuffling is seeded.
public struct PerceptronTrainer {
    /// Features seen fewer times than this in the training data are left out of the model.
    public var minimumCount = 2
    public var epochs = 8

    private var rows: [UInt32: Int32] = [:]
    private var keys: [UInt32] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    private var clock: Int32 = 0

    public init() {}

    /// Trains on `sentences`; `progress` hears each epoch's token accuracy.
    public mutating func train(_ sentences: [TrainingSentence], progress: (Int, Double) -> Void) -> [UInt32: [Float]] {
        let staticRows = indexStaticFeatures(sentences)
        var order = Array(sentences.indices)
        var random = SplitMix(seed: 20_261_207)
        var features: [Int32] = []
        var tagFeatures: [UInt32] = []
        var scores = [Float](repeating: 0, count: NameTag.classCount)
        for epoch in 1...epochs {
            random.shuffle(&order)
            var correct = 0
            var seen = 0
            for sentenceIndex in order {
                let sentence = sentences[sentenceIndex]
                var previous = NameTag.outside
                var beforePrevious = NameTag.outside
                for position in sentence.tokens.indices {
                    clock += 1
                    features = staticRows[sentenceIndex][position]
                    tagFeatures.removeAll(keepingCapacity: true)
                    NameFeatures.tagFeatures(of: sentence.tokens[position], previous: previous, beforePrevious: beforePrevious, into: &tagFeatures)
                    for key in tagFeatures { features.append(row(for: key)) }
                    for tag in 0..<scores.count { scores[tag] = 0 }
                    for row in features where row >= 0 {
                        let base = Int(row) * NameTag.classCount
                        for tag in 0..<scores.count { scores[tag] += weights[base + tag] }
                    }
                    let predicted = NameTagger.best(scores, after: previous)
                    let gold = sentence.tags[position]
                    // A corpus without MISC leaves capitalised MISC-like names untagged: calling one
                    // `other` is not corrected. A lower-case word is no such name.
                    let excused = !sentence.annotatesOther && gold == .outside && predicted.type == .other
                        && sentence.tokens[position].isCapitalised
                    seen += 1
                    if predicted == gold || excused {
                        correct += 1
                    } else {
                        for row in features where row >= 0 {
                            update(row: row, tag: gold.index, by: sentence.weight)
                            update(row: row, tag: predicted.index, by: -sentence.weight)
                        }
                    }
                    beforePrevious = previous
                    previous = predicted
                }
            }
            progress(epoch, Double(correct) / Double(max(seen, 1)))
        }
        return averagedWeights()
    }

    /// The rows of each token's static features, counting first so that rare features get none (-1).
    private mutating func indexStaticFeatures(_ sentences: [TrainingSentence]) -> [[[Int32]]] {
        var hashed: [[[UInt32]]] = []
        var counts: [UInt32: Int32] = [:]
        var buffer: [UInt32] = []
        for sentence in sentences {
            var perToken: [[UInt32]] = []
            for position in sentence.tokens.indices {
                buffer.removeAll(keepingCapacity: true)
                NameFeatures.staticFeatures(
                    of: sentence.tokens, at: position, sentence: 0..<sentence.tokens.count,
                    script: NameFeatures.CapitalisationScript(language: sentence.language), into: &buffer)
                for key in buffer { counts[key, default: 0] += 1 }
                perToken.append(buffer)
            }
            hashed.append(perToken)
        }
        return hashed.map { sentence in
            sentence.map { keys in keys.map { counts[$0, default: 0] >= minimumCount ? row(for: $0) : -1 } }
        }
    }

    private mutating func row(for key: UInt32) -> Int32 {
        if let row = rows[key] { return row }
        let row = Int32(keys.count)
        rows[key] = row
        keys.append(key)
        weights.append(contentsOf: repeatElement(0, count: NameTag.classCount))
        totals.append(contentsOf: repeatElement(0, count: NameTag.classCount))
        stamps.append(contentsOf: repeatElement(0, count: NameTag.classCount))
        return row
    }

    /// Averaging without touching every weight at every step: each weight's running total is
    /// brought up to date only when the weight changes.
    private mutating func update(row: Int32, tag: Int, by delta: Float) {
        let slot = Int(row) * NameTag.classCount + tag
        totals[slot] += Double(clock - stamps[slot]) * Double(weights[slot])
        stamps[slot] = clock
        weights[slot] += delta
    }

    private func averagedWeights() -> [UInt32: [Float]] {
        var result: [UInt32: [Float]] = [:]
        let now = Double(max(clock, 1))
        for (row, key) in keys.enumerated() {
            var values = [Float](repeating: 0, count: NameTag.classCount)
            var any = false
            for tag in 0..<NameTag.classCount {
                let slot = row * NameTag.classCount + tag
                let total = totals[slot] + Double(clock - stamps[slot]) * Double(weights[slot])
                values[tag] = Float(total / now)
                any = any || values[tag] != 0
            }
            if any { result[key] = values }
        }
        return result
    }
}

/// A small seeded generator (SplitMix64) for reproducible shuffles.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func shuffle(_ array: inout [Int]) { array.shuffle(using: &self) }
}
