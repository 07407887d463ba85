/// What the accuracy-floor tests pair predictions with gold by: one to one, greedily, the
/// best-scoring candidate pairs first (ties in input order); a nil score means the two cannot pair.
enum GreedyPairing {
    static func pairs<Found, Gold, Score: Comparable>(_ found: [Found], _ gold: [Gold], score: (Found, Gold) -> Score?) -> [(Found, Gold)] {
        var candidates: [(score: Score, found: Int, gold: Int)] = []
        for (i, one) in found.enumerated() {
            for (j, other) in gold.enumerated() {
                if let value = score(one, other) { candidates.append((value, i, j)) }
            }
        }
        var usedFound = Set<Int>(), usedGold = Set<Int>()
        var result: [(Found, Gold)] = []
        for candidate in candidates.enumerated().sorted(by: { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }).map(\.element)
        where !usedFound.contains(candidate.found) && !usedGold.contains(candidate.gold) {
            usedFound.insert(candidate.found)
            usedGold.insert(candidate.gold)
            result.append((found[candidate.found], gold[candidate.gold]))
        }
        return result
    }
}
