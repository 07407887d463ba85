import Foundation

/// What the page around a line says, read from the line model's first opinion of every line:
/// the line's own class log-probabilities, its neighbours' body probability (±1…3), the mean
/// body probability in windows of ±2, ±5 and ±10 lines, where it sits against the page's main
/// block of likely body (the run of greatest total body probability above a bar, at three
/// bars: inside or not, how far before its start or after its end), its position in the page,
/// the most likely body line before and after it, and its length; and, for the title, how its
/// title log-probability compares with the page's likeliest title line (by how much, and its
/// rank), how often the page repeats it, and whether another line extends it or it extends
/// another ("Headline" and "Headline | Site"). The boosted trees (`LineTrees`) read these, so
/// that a short line inside the article (a list item, a paragraph cut at an inline tag) stays,
/// a long line among the menus goes, and the headline stands out of the page's lines.
enum LineContext {
    /// Features per line.
    static let count = 31
    /// Highest title rank and repeat count told apart.
    static let maxRank = 10, maxRepeats = 4
    /// Bars under which the body probability counts against the main block.
    static let blockBars: [Float] = [0.3, 0.5, 0.7]
    /// Probability floor for the log-probabilities.
    static let floor: Float = 1e-5

    /// Each line's features, from the model's log-probabilities of each line (`emissions`, one
    /// row a line in `LineClass` order), the lines and how the page repeats them.
    static func features(emissions: [[Float]], lines: [TextLine], recurrence: [LineFeatures.Recurrence]) -> [[Float]] {
        let count = emissions.count
        guard count > 0, lines.count == count, recurrence.count == count else { return [] }
        let titles = titleFeatures(emissions: emissions, recurrence: recurrence)
        let body = emissions.map { Foundation.exp($0[LineClass.body.rawValue]) }
        var sums = [Float(0)]
        for value in body { sums.append(sums[sums.count - 1] + value) }
        let blocks = blockBars.map { bar in mainBlock(body.map { $0 - bar }) }
        var runningMax: Float = 0
        var before = [Float](repeating: 0, count: count)
        for index in 0..<count {
            before[index] = runningMax
            runningMax = max(runningMax, body[index])
        }
        runningMax = 0
        var after = [Float](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            after[index] = runningMax
            runningMax = max(runningMax, body[index])
        }
        return (0..<count).map { index in
            var row = emissions[index].map { max($0, Foundation.log(floor)) }
            for offset in [-3, -2, -1, 1, 2, 3] {
                let other = index + offset
                row.append(body.indices.contains(other) ? body[other] : -1)
            }
            for radius in [2, 5, 10] {
                let low = max(0, index - radius), high = min(count, index + radius + 1)
                row.append((sums[high] - sums[low] - body[index]) / Float(max(high - low - 1, 1)))
            }
            for block in blocks {
                row.append(block.contains(index) ? 1 : 0)
                row.append(min(max(Float(block.lowerBound - index) / 20, -1), 1))
                row.append(min(max(Float(index - block.upperBound + 1) / 20, -1), 1))
            }
            row.append(Float(index) / Float(count))
            row.append(before[index])
            row.append(after[index])
            row.append(Foundation.log1p(Float(lines[index].wordCount)))
            return row + titles[index]
        }
    }

    /// Per line: its title log-probability less the page's highest, its rank by that
    /// probability, how many lines of the page read the same, whether another line extends it,
    /// whether it extends another.
    private static func titleFeatures(emissions: [[Float]], recurrence: [LineFeatures.Recurrence]) -> [[Float]] {
        let title = emissions.map { $0[LineClass.title.rawValue] }
        let top = title.max() ?? 0
        var rank = [Int](repeating: 0, count: title.count)
        for (position, index) in title.indices.sorted(by: { title[$0] > title[$1] || (title[$0] == title[$1] && $0 < $1) }).enumerated() {
            rank[index] = position
        }
        return title.indices.map { index in
            let repeated = recurrence[index]
            return [
                title[index] - top, Float(min(rank[index], maxRank)), Float(min(repeated.repeats, maxRepeats)),
                repeated.prefixOfAnother ? 1 : 0, repeated.extendsAnother ? 1 : 0,
            ]
        }
    }

    /// The run of greatest total value (Kadane's scan; a single line when every value is
    /// negative).
    static func mainBlock(_ values: [Float]) -> Range<Int> {
        var best = -Float.infinity
        var block = 0..<0
        var start = 0
        var total: Float = 0
        for (index, value) in values.enumerated() {
            if total <= 0 {
                total = 0
                start = index
            }
            total += value
            if total > best {
                best = total
                block = start..<(index + 1)
            }
        }
        return block
    }
}
