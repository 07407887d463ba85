import NewsdeskCore

/// Picks a page's headline among its short lines: boosted trees (`Resources/linemodel/title.bin`,
/// a binary model trained by scripts/train-line-trees.py) score every candidate line's
/// `TitleFeatures`, and the best one is the title when its score clears `bar`.
package struct TitleRanker: Sendable {
    let trees: LineTrees
    /// The log-odds a line needs to be the title: a page with no headline line (a dump that
    /// begins with the lead) has none. Chosen on the dev split (bench/dumps.sh): -3 lost
    /// 1.4 points of titles, a lower bar none.
    static let bar: Float = -6

    /// Binary trees over `TitleFeatures`; others would score every line alike.
    package init(trees: LineTrees) throws(LineModel.Corrupt) {
        guard trees.baseline.count == 1, trees.features == TitleFeatures.count else {
            throw LineModel.Corrupt(description: "title trees must be binary over \(TitleFeatures.count) features")
        }
        self.trees = trees
    }

    package init(path: String) throws(LineModel.Corrupt) {
        try self.init(trees: try LineTrees(path: path, classes: 1, features: TitleFeatures.count))
    }

    /// What the rules remove as furniture that is never a page's headline: a share label, an
    /// advertisement's, a newsletter or cookie prompt, a byline, tags, a comment counter, a
    /// disclaimer. (Not a menu line: a breadcrumb ends with the headline, which
    /// `RecurringHeadline` finds from it; nor a related headline: the rules take the page's
    /// own headline for one under a related cue in the head of some pages; nor a date line,
    /// which some texts put first in the headline's place.)
    static let neverTitle: Set<Removal.Reason> = [
        .advertisementLabel, .share, .newsletter, .cookie, .scrollToTop, .byline, .tags, .comments, .disclaimer,
    ]

    /// Whether the rules' label rules the line out as the title: such furniture, or a credit, a
    /// caption or a copyright line ("Crédit photo : AFP" above a page with no headline line).
    static func rulesOut(_ label: LineLabel) -> Bool {
        switch label {
        case .credit(let credit): credit.role != .byline
        case .caption, .copyright, .outletByline: true
        case .removed(let reason): neverTitle.contains(reason)
        case .title, .body: false
        }
    }

    /// The title line's index, or nil when no line scores over the bar.
    func title(lines: [TextLine], emissions: [[Float]], rules: [LineLabel], recurrence: [LineFeatures.Recurrence]) -> Int? {
        let scored = TitleFeatures.candidates(lines: lines, emissions: emissions, rules: rules, recurrence: recurrence)
            .filter { !Self.rulesOut(rules[$0.line]) }
            .map { (line: $0.line, score: trees.scores($0.features)[0]) }
        guard let best = scored.max(by: { $0.score < $1.score }), best.score >= Self.bar else { return nil }
        // A headline listed with a dumper's marker ("* Headline", a teaser) is the same headline
        // written plain elsewhere on the page: that line is the title.
        guard TitleFeatures.startsWithMarker(lines[best.line].text) else { return best.line }
        return lines.indices.first { lines[$0].key == lines[best.line].key && !TitleFeatures.startsWithMarker(lines[$0].text) } ?? best.line
    }
}
