/// For each line, the other line of the page that shares the largest part of its words (a
/// headline recurs as the `<title>` line and as share text, reworded or cut), through an
/// index of the words' lines.
struct PageWordOverlap {
    /// Each line's distinct words.
    private let words: [Set<String>]
    private let linesOfWord: [String: [Int]]
    /// Most lines listed for one word: a word on more lines is template, not a headline's.
    static let maxPostings = 8

    init(words: [[String]]) {
        self.words = words.map(Set.init)
        var linesOfWord: [String: [Int]] = [:]
        for (line, lineWords) in self.words.enumerated() {
            for word in lineWords { linesOfWord[word, default: []].append(line) }
        }
        self.linesOfWord = linesOfWord
    }

    /// How many lines of the page its words are on, on average: a menu's words recur on many.
    func meanLines(for line: Int) -> Float {
        let own = words[line]
        guard !own.isEmpty else { return 0 }
        return Float(own.reduce(0) { $0 + (linesOfWord[$1]?.count ?? 0) }) / Float(own.count)
    }

    /// The largest share of the line's distinct words another line holds, and how many other
    /// lines hold at least half of them.
    func best(for line: Int) -> (share: Float, lines: Int) {
        let own = words[line]
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
