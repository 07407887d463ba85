import Foundation
import NewsdeskCore
import NewsdeskText

/// Labels the lines of a plain-text document with the learned line model, the rule-based
/// classifier's labels among its features: the line model gives each line a first opinion
/// from the line and its neighbours, the boosted trees (`LineTrees`) a second one from the
/// first opinions around it (`LineContext`), and that decides what stays and what goes; the
/// title ranker (`TitleRanker`) picks the title among the short lines. The rules say why a
/// removed line went (their reason is kept wherever they removed it too) and read credits.
/// Without the models (not found) the rules decide alone.
enum LearnedLineClassifier {
    /// The line models, loaded on first use; nil when they cannot be read.
    static let models: LineModels? = loaded.models

    /// Why the line models could not be read, or nil when they were.
    static var loadProblem: LexiconProblem? { loaded.problem }

    private static let loaded: (models: LineModels?, problem: LexiconProblem?) = {
        do {
            return (try LineModels(directory: try ResourceLocator.directory("linemodel", containing: "lines.bin")), nil)
        } catch {
            return (nil, LexiconProblem(lexicon: "linemodel", error: error))
        }
    }()

    static func classify(_ lines: [TextLine], template: SourceTemplate = SourceTemplate()) -> [LineLabel] {
        guard let models else { return LineClassifier.classify(lines, template: template) }
        return classify(lines, template: template, models: models)
    }

    /// The body probability at which a line stays whatever the rules made of it.
    static let keep: Float = 0.5
    /// The body probability at which a sentence of prose the rules keep as body stays…
    static let keepWithRules: Float = 0.05
    /// …and any other line they keep: menus, teaser headlines and link lists are short lines
    /// the rules often read as headings or list items (at 0.05, as for prose, the cleaner
    /// removed 3.5 points fewer of the dev dumps' leftover lines and kept 0.4 more of their body).
    static let keepShortWithRules: Float = 0.1
    static func classify(_ lines: [TextLine], template: SourceTemplate = SourceTemplate(), models: LineModels) -> [LineLabel] {
        let functionWords = FunctionWords(document: lines)
        let rules = LineClassifier.classify(lines, template: template, functionWords: functionWords)
        // A text the rules find nothing to remove from is clean already (an extracted article,
        // not a page dump): the trees, trained on whole pages, would take its first and last
        // paragraphs for the furniture a page has there.
        guard rules.contains(where: isRemoved) else { return rules }
        let recurrence = LineFeatures.recurrence(of: lines)
        let emissions = models.model.emissions(LineFeatures.features(of: lines, rules: rules, functionWords: functionWords, recurrence: recurrence))
        let probabilities = LineContext.features(emissions: emissions, lines: lines, recurrence: recurrence).map(models.trees.probabilities)
        // A short line the rules removed stays removed when they removed it on a cue of its own
        // ("PUBLICITÉ", "Lire aussi", a date line, a glued menu, a headline under a related cue)
        // or outside the lines they keep as body ("La rédaction avec AFP", a copyright line under
        // the article); inside them, the trees may bring back a fragment of a paragraph.
        let ruledBody = rules.indices.filter { rules[$0].isBody }
        let inside = ruledBody.first.map { $0...(ruledBody.last ?? $0) }
        var labels = lines.indices.map { index in
            let line = probabilities[index]
            let body = line[LineClass.body.rawValue]
            let staysRemoved = !lines[index].isProse
                && (isCue(rules[index]) || (isRemoved(rules[index]) && inside?.contains(index) != true))
            let stays = !staysRemoved && (body >= keep || (rules[index].isBody && body >= (lines[index].isLongProse ? keepWithRules : keepShortWithRules)))
            let other = [LineClass.leftover, .title, .credit].max { line[$0.rawValue] < line[$1.rawValue] } ?? .leftover
            return merge(rules[index], stays ? .body : other, line: lines[index])
        }
        // Without a line of prose in what the trees keep ("Bonjour", a list of links), the
        // page is no article they can judge: the rules decide.
        guard lines.indices.contains(where: { labels[$0].isBody && lines[$0].isProse }) else { return rules }
        // One title, the title ranker's; the headline rather than its repetition with the
        // site's name after it, or behind a breadcrumb or the site's name.
        var title = models.titles.title(lines: lines, emissions: emissions, rules: rules, recurrence: recurrence)
        if let chosen = title, let headline = RecurringHeadline.headline(for: chosen, in: lines)
            ?? RecurringHeadline.headline(endingTitle: chosen, in: lines) { title = headline }
        if let title { labels[title] = .title }
        // A line the trees took for a title but that is not the one stays what the rules made
        // of it if that is body (the lead of a text without a title line), else goes, for the
        // rules' reason if they removed it ("Partager cet articleClose Button", a share label).
        for index in labels.indices where labels[index] == .title && index != title {
            labels[index] = rules[index].isBody || isRemoved(rules[index]) ? rules[index] : .removed(.title)
        }
        keepInterTitles(rules, &labels)
        keepHoles(rules, &labels)
        return labels
    }

    /// The most lines between two kept body lines that `keepHoles` fills.
    static let maxHole = 3

    /// A line the rules keep as body, in a run of at most `maxHole` lines between kept body
    /// lines, stays: a hole in the article is the article (a paragraph the trees doubted
    /// between two they kept). A longer run is no hole: between the article and a teaser the
    /// trees kept far below it lie the page's lists, which the rules take for body too (filling
    /// every run cost 4.9 points of leftovers removed on the dev dumps for 0.1 of body kept).
    static func keepHoles(_ rules: [LineLabel], _ labels: inout [LineLabel]) {
        let kept = labels.indices.filter { labels[$0].isBody }
        for (low, high) in zip(kept, kept.dropFirst()) where high - low - 1 <= maxHole {
            for index in (low + 1)..<high where rules[index].isBody {
                if case .removed(.boilerplate) = labels[index] { labels[index] = rules[index] }
            }
        }
    }

    /// Removed by the rules for what the line says, not only for where it sits.
    private static func isCue(_ label: LineLabel) -> Bool {
        if case .removed(let reason) = label { reason != .boilerplate } else { false }
    }

    private static func isRemoved(_ label: LineLabel) -> Bool {
        if case .removed = label { true } else { false }
    }

    /// An inter-title the rules found between two paragraphs stays when the paragraphs on
    /// both sides of it stay: inside the body, a short line is a heading, not furniture.
    private static func keepInterTitles(_ rules: [LineLabel], _ labels: inout [LineLabel]) {
        func isBody(_ index: Int) -> Bool { labels[index].isBody }
        for index in labels.indices where rules[index] == .body(.heading) && !isBody(index) && labels[index] != .title {
            let before = labels.indices[..<index].last { isBody($0) || rules[$0] != labels[$0] }
            let after = labels.indices[(index + 1)...].first { isBody($0) || rules[$0] != labels[$0] }
            if let before, let after, isBody(before), isBody(after) { labels[index] = .body(.heading) }
        }
    }

    private static func merge(_ rule: LineLabel, _ learned: LineClass, line: TextLine) -> LineLabel {
        switch (learned, rule) {
        case (.title, _), (.body, .title):
            // The body does not start with the rules' title.
            return .title
        case (.body, .body), (.body, .credit), (.body, .caption), (.body, .outletByline), (.body, .copyright):
            // A credit the rules read stays a credit.
            return rule
        case (.body, _):
            return .body(line.isProse || line.wordCount > 20 ? .paragraph : .heading)
        case (.leftover, .body), (.leftover, .title):
            return .removed(.boilerplate)
        case (.credit, .body), (.credit, .title), (.credit, .removed):
            let agency = NewsAgencies.first(in: line.text)
            return .credit(CreditLineParser.parse(line.text) ?? Credit(role: agency == nil ? .image : .agency, agency: agency, text: line.text))
        case (.leftover, _), (.credit, _):
            return rule
        }
    }
}
