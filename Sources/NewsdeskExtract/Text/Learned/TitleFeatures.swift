import Foundation

/// What tells the headline apart from the page's other short lines, for the title ranker
/// (`TitleRanker`): the line model's first opinion of the line, where the line sits against
/// the page's main block of likely body and the next prose line (a headline sits just before
/// the body, with few short lines between), how much of it the lead, the body's opening and the
/// page's other lines repeat (a headline recurs as the `<title>` line, as share text, and its
/// words in the lead), how often its words recur over the page (a menu's do), and its own
/// shape (length, case, a site's name after a separator, a list marker, digits).
enum TitleFeatures {
    /// Features per candidate line.
    static let count = 32
    /// Most words of a line that may be the title.
    static let maxWords = 40
    /// The body probability over which a line counts towards the main block of body.
    static let blockBar: Float = 0.5
    /// Shortest word (Unicode scalars) compared between lines: shorter ones are function words.
    static let minWordLength = 4
    /// Prose lines read as the body's opening.
    static let openingLines = 3

    /// Whether a line may be the title: words, and no sentence of prose.
    static func isCandidate(_ line: TextLine) -> Bool {
        !line.isProse && line.wordCount >= 1 && line.wordCount <= maxWords
    }

    /// Each candidate line's index and features, from the line model's log-probabilities of
    /// every line (`emissions`, `LineClass` order), the rules' labels and the page's recurrence.
    static func candidates(lines: [TextLine], emissions: [[Float]], rules: [LineLabel], recurrence: [LineFeatures.Recurrence]) -> [(line: Int, features: [Float])] {
        guard !lines.isEmpty, emissions.count == lines.count, rules.count == lines.count, recurrence.count == lines.count else { return [] }
        let candidates = lines.indices.filter { isCandidate(lines[$0]) }
        guard !candidates.isEmpty else { return [] }
        let body = emissions.map { Foundation.exp($0[LineClass.body.rawValue]) }
        let title = emissions.map { $0[LineClass.title.rawValue] }
        let topTitle = candidates.map { title[$0] }.max() ?? 0
        let titleRank = rank(candidates, by: title)
        let block = LineContext.mainBlock(body.map { $0 - blockBar })
        let lead = block.first { lines[$0].isProse } ?? block.lowerBound
        let words = lines.map(contentWords)
        let leadWords = lead < lines.count ? Set(words[lead]) : []
        // The words of the body's first prose lines: a headline's words come back in them.
        let openingWords = Set(block.filter { lines[$0].isProse }.prefix(openingLines).flatMap { words[$0] })
        // The next prose line after each line.
        var nextProse = [Int](repeating: lines.count, count: lines.count + 1)
        for index in lines.indices.reversed() { nextProse[index] = lines[index].isProse ? index : nextProse[index + 1] }
        let overlaps = PageWordOverlap(words: words)
        // Candidates between a line and the block's start: a headline has few.
        let before = candidates.filter { $0 < block.lowerBound }
        let firstLine = lines.indices.first { lines[$0].wordCount > 0 } ?? 0
        let firstWords = Set(words[firstLine])

        return candidates.map { index in
            let line = lines[index]
            let own = words[index]
            let emission = emissions[index].map { max($0, Foundation.log(LineContext.floor)) }
            let toBlock = block.lowerBound - index
            let shortBetween = index < block.lowerBound ? before.count - (before.firstIndex(of: index).map { $0 + 1 } ?? before.count) : -1
            let best = overlaps.best(for: index)
            let characters = LineCharacters(line.text, plain: line.charactersAreScalars)
            let separated = siteSeparated(line.text)
            var row = emission
            row += [
                title[index] - topTitle, Float(min(titleRank[index] ?? 10, 10)),
                Float(min(recurrence[index].repeats, 4)), recurrence[index].prefixOfAnother ? 1 : 0, recurrence[index].extendsAnother ? 1 : 0,
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
                isRulesTitle(rules[index]) ? 1 : 0, isBody(rules[index]) ? 1 : 0,
            ]
            return (index, row)
        }
    }

    /// The line's folded words of at least `minWordLength` scalars.
    static func contentWords(_ line: TextLine) -> [String] {
        line.keyWords.filter { $0.unicodeScalars.count >= minWordLength }.map(String.init)
    }

    private static func share(_ words: [String], in other: Set<String>) -> Float {
        words.isEmpty ? 0 : Float(words.count { other.contains($0) }) / Float(words.count)
    }

    /// Each index's rank among `indices` by `values`, highest first.
    private static func rank(_ indices: [Int], by values: [Float]) -> [Int: Int] {
        let sorted = indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }

    /// "Headline | Site", "Headline - Site": a separator with a few words after it.
    private static func siteSeparated(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let cut = words.indices.last(where: { RecurringHeadline.separators.contains(String(words[$0])) }) else { return false }
        return cut >= 2 && words.count - cut - 1 <= RecurringHeadline.maxSuffixWords
    }

    /// A dumper's list or link marker at the start: "•", "*", "+", "□", "[", "#", "-".
    private static func startsWithMarker(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "•*+□■▪►#[-–—>|·".unicodeScalars.contains(first)
    }

    private static func isRulesTitle(_ label: LineLabel) -> Bool {
        if case .title = label { true } else { false }
    }

    private static func isBody(_ label: LineLabel) -> Bool {
        if case .body = label { true } else { false }
    }
}

/// For each line, the other line of the page that shares the largest part of its words (a
/// headline recurs as the `<title>` line and as share text, reworded or cut), through an
/// index of the words' lines.
struct PageWordOverlap {
    private let words: [[String]]
    private let linesOfWord: [String: [Int]]
    /// Most lines listed for one word: a word on more lines is template, not a headline's.
    static let maxPostings = 8

    init(words: [[String]]) {
        self.words = words
        var linesOfWord: [String: [Int]] = [:]
        for (line, lineWords) in words.enumerated() {
            for word in Set(lineWords) { linesOfWord[word, default: []].append(line) }
        }
        self.linesOfWord = linesOfWord
    }

    /// How many lines of the page its words are on, on average: a menu's words recur on many.
    func meanLines(for line: Int) -> Float {
        let own = Set(words[line])
        guard !own.isEmpty else { return 0 }
        return Float(own.reduce(0) { $0 + (linesOfWord[$1]?.count ?? 0) }) / Float(own.count)
    }

    /// The largest share of the line's distinct words another line holds, and how many other
    /// lines hold at least half of them.
    func best(for line: Int) -> (share: Float, lines: Int) {
        let own = Set(words[line])
        guard !own.isEmpty else { return (0, 0) }
        var shared: [Int: Int] = [:]
        for word in own {
            guard let postings = linesOfWord[word], postings.count <= Self.maxPostings else { continue }
            for other in postings where other != line { shared[other, default: 0] += 1 }
        }
        let shares = shared.values.map { Float($0) / Float(own.count) }
        return (shares.max() ?? 0, shares.count { $0 >= 0.5 })
    }
}
