import Foundation

/// What tells the headline apart from the page's other short lines, for the title ranker
/// (`TitleRanker`): the line model's first opinion of the line, where the line sits against
/// the page's main block of likely body and the next prose line (a headline sits just before
/// the body, with few short lines between), how much of it the lead, the body's opening and the
/// page's other lines repeat (a headline recurs as the `<title>` line, as share text, and its
/// words in the lead), how often its words recur over the page (a menu's do), and its own
/// shape (length, case, a site's name after a separator, a list marker, digits), and its
/// neighbours (a kicker above the headline and a standfirst under it are short lines too: which
/// of two adjacent candidates is the headline shows in the pair).
enum TitleFeatures {
    /// Features per candidate line.
    static let count = 42
    /// Lines either side among which a line's title opinion is compared.
    static let neighbourhood = 3
    /// The body probability over which a line counts towards the main block of body.
    static let blockBar: Float = 0.5
    /// Shortest word (Unicode scalars) compared between lines: shorter ones are function words.
    static let minWordLength = 4
    /// Prose lines read as the body's opening.
    static let openingLines = 3

    /// Whether a line may be the title: words, fewer than 25, and no sentence of prose unless
    /// a question or an exclamation ("Can it last?", "Python 3.6 is out!": headlines ask and
    /// exclaim, a body's sentences mostly state).
    static func isCandidate(_ line: TextLine) -> Bool {
        line.wordCount >= 1 && (!line.isProse || (line.wordCount < 25 && asksOrExclaims(line.text)))
    }

    /// Ends on "?" or "!" (full-width too), closing quotes, brackets and spaces aside (French
    /// writes "en mars ! »").
    static func asksOrExclaims(_ text: String) -> Bool {
        let last = text.unicodeScalars.reversed().first { !$0.properties.isWhitespace && !"\"'»”’)]".unicodeScalars.contains($0) }
        return last.map { "?!？！".unicodeScalars.contains($0) } ?? false
    }

    /// Each candidate line's index and features, from the line model's log-probabilities of
    /// every line (`emissions`, `LineClass` order), the rules' labels and the page's recurrence.
    static func candidates(lines: [TextLine], emissions: [[Float]], rules: [LineLabel], recurrence: [LineFeatures.Recurrence]) -> [(line: Int, features: [Float])] {
        guard !lines.isEmpty, emissions.count == lines.count, emissions.allSatisfy({ $0.count == LineModel.classes }), rules.count == lines.count,
            recurrence.count == lines.count
        else { return [] }
        let candidates = lines.indices.filter { isCandidate(lines[$0]) }
        guard !candidates.isEmpty else { return [] }
        let body = emissions.map { Foundation.exp($0[LineClass.body.rawValue]) }
        let title = emissions.map { $0[LineClass.title.rawValue] }
        let topTitle = candidates.map { title[$0] }.max() ?? 0
        let titleRank = rank(candidates, by: title)
        let block = LineContext.mainBlock(body.map { $0 - blockBar })
        // The next prose line after each line.
        var nextProse = [Int](repeating: lines.count, count: lines.count + 1)
        for index in lines.indices.reversed() { nextProse[index] = lines[index].isProse ? index : nextProse[index + 1] }
        let words = lines.map(contentWords)
        let lead = nextProse[block.lowerBound]
        let leadWords = lead < lines.count ? Set(words[lead]) : []
        // The words of the body's first prose lines: a headline's words come back in them.
        let openingWords = Set(block.filter { lines[$0].isProse }.prefix(openingLines).flatMap { words[$0] })
        let overlaps = PageWordOverlap(words: words)
        // Candidates before the block's start, in order: a headline has few between it and the block.
        let before = candidates.count { $0 < block.lowerBound }
        // With most dumpers the page's first line is the `<title>` line: it holds the headline's words.
        let firstLine = lines.indices.first { lines[$0].wordCount > 0 } ?? 0
        let firstWords = Set(words[firstLine])

        return candidates.enumerated().map { position, index in
            let line = lines[index]
            let own = words[index]
            let emission = emissions[index].map { max($0, Foundation.log(LineContext.floor)) }
            let toBlock = block.lowerBound - index
            let shortBetween = index < block.lowerBound ? before - position - 1 : -1
            let best = overlaps.best(for: index)
            let characters = LineCharacters(line.text, plain: line.charactersAreScalars)
            let separated = RecurringHeadline.siteCut(line.text.split(separator: " ")) != nil
            var row = emission
            row += [
                title[index] - topTitle, Float(min(titleRank[index], LineContext.maxRank)),
                Float(min(recurrence[index].repeats, LineContext.maxRepeats)), recurrence[index].prefixOfAnother ? 1 : 0,
                recurrence[index].extendsAnother ? 1 : 0,
                Float(max(min(toBlock, 50), -50)), Float(min(shortBetween, 20)), block.contains(index) ? 1 : 0,
                share(own, in: leadWords), share(own, in: openingWords), best.share, Float(min(best.lines, 5)),
                index == firstLine ? 1 : share(own, in: firstWords), overlaps.meanLines(for: index),
                Float(min(nextProse[index + 1] - index, 50)),
                Float(index) / Float(lines.count), Float(min(index, 200)),
                Foundation.log1p(Float(line.wordCount)), Foundation.log1p(Float(line.text.unicodeScalars.count)),
                line.endsSentence ? 1 : 0, separated ? 1 : 0,
                characters.wordStarts == 0 ? 0 : Float(characters.capitalisedStarts) / Float(characters.wordStarts),
                characters.hasLetter && !characters.hasLowercase ? 1 : 0,
                characters.scalars == 0 ? 0 : Float(characters.digits) / Float(characters.scalars),
                startsWithMarker(line.text) ? 1 : 0, Float(characters.gluedJoints),
                rules[index] == .title ? 1 : 0, rules[index].isBody ? 1 : 0,
            ]
            row += neighbours(of: index, lines: lines, title: title, words: words)
            assert(row.count == count, "TitleFeatures.count must match the row")
            return (index, row)
        }
    }

    /// The lines just before and after a candidate: their title opinion, whether they may be the
    /// title, their length, whether the next one is prose, how many of the candidate's words
    /// they repeat; and the candidate's title opinion over the best one around it.
    private static func neighbours(of index: Int, lines: [TextLine], title: [Float], words: [[String]]) -> [Float] {
        let floor = Foundation.log(LineContext.floor)
        func side(_ other: Int) -> [Float] {
            guard lines.indices.contains(other) else { return [floor, 0, 0, 0] }
            return [max(title[other], floor), isCandidate(lines[other]) ? 1 : 0, Foundation.log1p(Float(lines[other].wordCount)),
                    share(words[index], in: Set(words[other]))]
        }
        let around = max(0, index - neighbourhood)..<min(lines.count, index + neighbourhood + 1)
        let bestAround = around.filter { $0 != index }.map { title[$0] }.max() ?? floor
        let next = index + 1
        return side(index - 1) + side(next) + [lines.indices.contains(next) && lines[next].isProse ? 1 : 0,
                                                max(title[index], floor) - max(bestAround, floor)]
    }

    /// The line's folded words of at least `minWordLength` scalars.
    static func contentWords(_ line: TextLine) -> [String] {
        line.keyWords.filter { $0.unicodeScalars.count >= minWordLength }.map(String.init)
    }

    private static func share(_ words: [String], in other: Set<String>) -> Float {
        words.isEmpty ? 0 : Float(words.count { other.contains($0) }) / Float(words.count)
    }

    /// Each line's rank among `indices` by `values`, highest first (0 for a line not among them).
    private static func rank(_ indices: [Int], by values: [Float]) -> [Int] {
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in indices.sorted(by: { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }).enumerated() {
            ranks[index] = position
        }
        return ranks
    }

    /// A dumper's list, link or box marker at the start ("•", "*", "+", "□", "#", "[", "-", ">"
    /// and their kin).
    static func startsWithMarker(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "•*+□■▪►#[-–—>|·".unicodeScalars.contains(first)
    }
}
