import Foundation

/// Trains the line model: a multinomial logistic regression over each line's hashed features
/// (stochastic gradient descent, a lost body line weighing more than a kept leftover). Lines
/// without a gold class (nil) are not learned from. Used by `newsdesk-train lines`
/// (scripts/build-line-model.sh).
package struct LineModelTrainer {
    package struct Page {
        package var features: [[UInt32]]
        package var gold: [LineClass?]

        package init(features: [[UInt32]], gold: [LineClass?]) {
            self.features = features
            self.gold = gold
        }
    }

    /// How much more a lost body line costs than a kept leftover.
    package var bodyWeight: Float
    /// The first pass's learning rate; pass n learns at rate / n.
    package var rate: Float
    private var weights = [Float](repeating: 0, count: Int(LineModel.featureSlots) * LineModel.classes)

    package init(bodyWeight: Float = 1, rate: Float = 0.1) {
        self.bodyWeight = bodyWeight
        self.rate = rate
    }

    /// One pass over the pages, in an order fixed by the pass number (the same corpus gives the
    /// same model); returns the share of labelled lines the model had right before learning
    /// from them.
    package mutating func train(_ pages: [Page], pass: Int) -> Double {
        var right = 0
        var total = 0
        let salt = UInt64(pass) &* 0x9e37_79b9_7f4a_7c15
        let order = pages.indices.sorted { (UInt64($0) &* 0xbf58_476d_1ce4_e5b9) ^ salt < (UInt64($1) &* 0xbf58_476d_1ce4_e5b9) ^ salt }
        let step = rate / Float(pass)
        for page in order.map({ pages[$0] }) {
            for (index, gold) in page.gold.enumerated() {
                guard let gold else { continue }
                let features = page.features[index]
                let probabilities = softmax(features)
                total += 1
                if probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }) == gold.rawValue { right += 1 }
                let scale = step * (gold == .body ? bodyWeight : 1)
                for label in 0..<LineModel.classes {
                    let gradient = scale * (probabilities[label] - (label == gold.rawValue ? 1 : 0))
                    for feature in features { weights[Int(feature) * LineModel.classes + label] -= gradient }
                }
            }
        }
        return total == 0 ? 0 : Double(right) / Double(total)
    }

    /// The model's weights.
    package var modelWeights: [Float] { weights }

    private func softmax(_ features: [UInt32]) -> [Float] {
        weights.withUnsafeBufferPointer { LineModel.logProbabilities(LineModel.scores(features, weights: $0)).map { Foundation.exp($0) } }
    }
}
