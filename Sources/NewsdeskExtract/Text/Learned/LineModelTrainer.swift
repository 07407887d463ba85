/// Trains the line model as an averaged structured perceptron: each page is decoded with the
/// current weights, and where the decoded class of a line differs from its gold class the
/// weights move toward the gold (the line's features, and the transitions into and out of it).
/// Lines without a gold class (nil) are decoded but never corrected. Used by
/// `newsdesk-train lines` (scripts/build-line-model.sh).
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
    private var weights = [Float](repeating: 0, count: LineModel.weightCount)
    /// Each update times the step it was made at, for averaging.
    private var stamped = [Float](repeating: 0, count: LineModel.weightCount)
    private var step: Float = 1

    package init(bodyWeight: Float = 1) {
        self.bodyWeight = bodyWeight
    }

    /// One pass over the pages, in an order fixed by the pass number (the same corpus gives the
    /// same model); returns the share of labelled lines decoded right.
    package mutating func train(_ pages: [Page], pass: Int) -> Double {
        var right = 0
        var total = 0
        let salt = UInt64(pass) &* 0x9e37_79b9_7f4a_7c15
        let order = pages.indices.sorted { (UInt64($0) &* 0xbf58_476d_1ce4_e5b9) ^ salt < (UInt64($1) &* 0xbf58_476d_1ce4_e5b9) ^ salt }
        for page in order.map({ pages[$0] }) {
            let model = LineModel(weights: weights)
            let predicted = model.decode(model.emissions(page.features))
            for (index, gold) in page.gold.enumerated() {
                guard let gold else { continue }
                total += 1
                let guess = predicted[index]
                if guess == gold {
                    right += 1
                    continue
                }
                let scale: Float = gold == .body ? bodyWeight : 1
                for feature in page.features[index] {
                    update(Int(feature) * LineModel.classes + gold.rawValue, by: scale)
                    update(Int(feature) * LineModel.classes + guess.rawValue, by: -scale)
                }
                let previousGold = index == 0 ? LineModel.classes : page.gold[index - 1]?.rawValue
                let previousGuess = index == 0 ? LineModel.classes : predicted[index - 1].rawValue
                if let previousGold {
                    update(transitionSlot(previousGold, gold.rawValue), by: scale)
                    update(transitionSlot(previousGuess, guess.rawValue), by: -scale)
                }
            }
            step += 1
        }
        return total == 0 ? 0 : Double(right) / Double(total)
    }

    /// The averaged weights.
    package var averaged: [Float] {
        weights.indices.map { weights[$0] - stamped[$0] / step }
    }

    private func transitionSlot(_ previous: Int, _ next: Int) -> Int {
        Int(LineModel.featureSlots) * LineModel.classes + previous * LineModel.classes + next
    }

    private mutating func update(_ slot: Int, by amount: Float) {
        weights[slot] += amount
        stamped[slot] += step * amount
    }
}
