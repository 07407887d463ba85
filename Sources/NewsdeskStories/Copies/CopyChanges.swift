public import NewsdeskCore

/// What a copy changed against the first copy of its group, paragraph by paragraph: its
/// headline, the paragraphs it cut, the paragraphs it added (a sentence, a dateline kept in the
/// text), the credit lines it added (bylines, "Reporting by", copyright lines, which extraction
/// takes out of the text), the paragraphs it edited (trimmed, retyped) and those it moved.
///
/// Paragraphs are compared by their folded words (`WordShingles`): quotation marks, dashes,
/// case and spacing are not changes. A copy's paragraph is the first copy's paragraph with the
/// same words, else the unmatched one whose shingles it shares most of (at least half of the
/// shorter's), else an addition.
public struct CopyChanges: Sendable, Equatable, Encodable {
    public struct Headline: Sendable, Equatable, Encodable {
        public var from: String?
        public var to: String?
    }

    public struct Edit: Sendable, Equatable, Encodable {
        public var from: String
        public var to: String
    }

    /// Nil when the headline is the same (up to case, quotation marks and spacing).
    public var headline: Headline?
    /// Paragraphs of the first copy that the copy does not have, in the first copy's order.
    public var cut: [String]
    /// Paragraphs of the copy that the first copy does not have, in the copy's order.
    public var added: [String]
    /// Credit lines (credits, and lines removed as bylines, credits or copyright) of the copy
    /// that the first copy does not have.
    public var addedCredits: [String]
    public var edited: [Edit]
    /// Paragraphs (as the copy has them) that stand in another order than in the first copy.
    public var moved: [String]

    public var isUnchanged: Bool {
        headline == nil && cut.isEmpty && added.isEmpty && addedCredits.isEmpty && edited.isEmpty && moved.isEmpty
    }

    /// Share of shingles two paragraphs must have in common (of the shorter) to be one paragraph edited.
    static let editedContainment = 0.5

    public init(first: Article, copy: Article) {
        headline = Self.words(first.title ?? "") == Self.words(copy.title ?? "") ? nil : Headline(from: first.title, to: copy.title)
        let before = Self.paragraphs(of: first)
        let after = Self.paragraphs(of: copy)
        var match = [Int?](repeating: nil, count: after.count)
        var used = Set<Int>()
        for (index, paragraph) in after.enumerated() {
            if let same = before.indices.first(where: { !used.contains($0) && before[$0].words == paragraph.words }) {
                match[index] = same
                used.insert(same)
            }
        }
        for (index, paragraph) in after.enumerated() where match[index] == nil {
            let best = before.indices.filter { !used.contains($0) }
                .map { (index: $0, resemblance: before[$0].fingerprint.resemblance(to: paragraph.fingerprint)) }
                .filter { $0.resemblance.shared > 0 && $0.resemblance.containment >= Self.editedContainment }
                .max { $0.resemblance.containment < $1.resemblance.containment }
            if let best {
                match[index] = best.index
                used.insert(best.index)
            }
        }
        cut = before.indices.filter { !used.contains($0) }.map { before[$0].text }
        added = after.indices.filter { match[$0] == nil }.map { after[$0].text }
        edited = after.indices.compactMap { index in
            guard let from = match[index], before[from].words != after[index].words else { return nil }
            return Edit(from: before[from].text, to: after[index].text)
        }
        let firstCredits = Set(Self.creditLines(of: first).map(Self.words))
        addedCredits = Self.creditLines(of: copy).filter { !firstCredits.contains(Self.words($0)) }
        let kept = Self.longestIncreasing(after.indices.compactMap { index in match[index].map { (copy: index, first: $0) } })
        moved = after.indices.filter { match[$0] != nil && !kept.contains($0) }.map { after[$0].text }
    }

    private struct Part {
        var text: String
        var words: [UInt64]
        var fingerprint: Fingerprint
    }

    private static func paragraphs(of article: Article) -> [Part] {
        article.paragraphs.map { paragraph in
            let text = String(article.text[utf8: paragraph.span])
            return Part(text: text, words: words(text), fingerprint: Fingerprint(text: text))
        }
    }

    private static func creditLines(of article: Article) -> [String] {
        var seen = Set<String>()
        let lines = article.credits.map(\.text) + article.removed.filter { CreditedAgency.creditReasons.contains($0.reason) }.map(\.text)
        return lines.filter { seen.insert($0).inserted }
    }

    private static func words(_ text: String) -> [UInt64] {
        WordShingles.words(of: text).map(\.hash)
    }

    /// The copy's indices of the longest run of matched pairs whose first-copy order increases
    /// with the copy's order: the paragraphs that stayed in place (patience sorting, n log n).
    private static func longestIncreasing(_ pairs: [(copy: Int, first: Int)]) -> Set<Int> {
        var tails: [Int] = []  // per run length, the pair index ending the run with the lowest end
        var previous = [Int?](repeating: nil, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].first < pair.first { low = middle + 1 } else { high = middle }
            }
            previous[index] = low > 0 ? tails[low - 1] : nil
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var kept = Set<Int>()
        var cursor = tails.last
        while let index = cursor {
            kept.insert(pairs[index].copy)
            cursor = previous[index]
        }
        return kept
    }
}
