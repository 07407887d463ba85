import Foundation
import NewsdeskCore
import NewsdeskText

/// Labels the lines of a plain-text document with the learned line model, the rule-based
/// classifier's labels among its features: the rules say why a line goes (their reason is
/// kept wherever they removed it too) and read credits; the model decides what stays, what
/// goes and which line is the title. Without the model (not found) the rules decide alone.
enum LearnedLineClassifier {
    /// The line model, loaded (memory-mapped) on first use; nil when it cannot be read.
    static let model: LineModel? = loaded.model

    /// Why the line model could not be read, or nil when it was.
    static var loadProblem: LexiconProblem? { loaded.problem }

    private static let loaded: (model: LineModel?, problem: LexiconProblem?) = {
        do {
            let directory = try ResourceLocator.directory("linemodel", containing: "lines.bin")
            return (try LineModel(path: directory + "/lines.bin"), nil)
        } catch {
            return (nil, LexiconProblem(lexicon: "linemodel", error: error))
        }
    }()

    static func classify(_ lines: [TextLine], template: SourceTemplate = SourceTemplate()) -> [LineLabel] {
        guard let model else { return LineClassifier.classify(lines, template: template) }
        return classify(lines, template: template, model: model)
    }

    /// How sure the model must be of a line's class (its probability from the line's own
    /// evidence) to overrule the rules; chosen on the dev split of the dump corpus and the
    /// project's gold texts (bench/dumps.sh).
    static let overrule: Float = 0.98

    static func classify(_ lines: [TextLine], template: SourceTemplate = SourceTemplate(), model: LineModel, overrule: Float = overrule) -> [LineLabel] {
        let functionWords = FunctionWords(document: lines)
        let rules = LineClassifier.classify(lines, template: template, functionWords: functionWords)
        let emissions = model.emissions(LineFeatures.features(of: lines, rules: rules, functionWords: functionWords))
        var classes = model.decode(emissions)
        keepOneTitle(&classes, emissions: emissions)
        let sure = lines.indices.map { Foundation.exp(emissions[$0][classes[$0].rawValue]) >= overrule }
        // Prose the rules keep inside the page's main run of prose stays: losing a paragraph
        // costs a reader more than keeping a caption.
        let main = LineFeatures.mainRun(lines)
        let protected = lines.indices.map { main.contains($0) && lines[$0].isProse && rules[$0] == .body(.paragraph) }
        var labels = lines.indices.map { sure[$0] && !protected[$0] ? merge(rules[$0], classes[$0], line: lines[$0]) : rules[$0] }
        // One title: the model's when it is sure of it, else the rules'; the headline rather
        // than its repetition with the site's name.
        var title = lines.indices.first { classes[$0] == .title && sure[$0] } ?? labels.firstIndex(of: .title)
        if let chosen = title, let headline = RecurringHeadline.headline(for: chosen, in: lines) {
            title = headline
            labels[headline] = .title
        }
        for index in labels.indices where labels[index] == .title && index != title { labels[index] = .removed(.title) }
        keepInterTitles(rules, &labels)
        return labels
    }

    /// An inter-title the rules found between two paragraphs stays when the paragraphs on
    /// both sides of it stay: inside the body, a short line is a heading, not furniture.
    private static func keepInterTitles(_ rules: [LineLabel], _ labels: inout [LineLabel]) {
        func isBody(_ index: Int) -> Bool { if case .body = labels[index] { true } else { false } }
        for index in labels.indices where rules[index] == .body(.heading) && !isBody(index) {
            let before = labels.indices[..<index].last { isBody($0) || rules[$0] != labels[$0] }
            let after = labels.indices[(index + 1)...].first { isBody($0) || rules[$0] != labels[$0] }
            if let before, let after, isBody(before), isBody(after) { labels[index] = .body(.heading) }
        }
    }

    /// A page has one title: of the lines decoded as title, the one the model is surest of;
    /// when none is, the line most like a title before the first body line.
    private static func keepOneTitle(_ classes: inout [LineClass], emissions: [[Float]]) {
        func margin(_ index: Int) -> Float {
            let scores = emissions[index]
            let title = scores[LineClass.title.rawValue]
            let other = scores.indices.filter { $0 != LineClass.title.rawValue }.map { scores[$0] }.max() ?? 0
            return title - other
        }
        let titles = classes.indices.filter { classes[$0] == .title }
        let firstBody = classes.firstIndex(of: .body) ?? classes.count
        let candidates = titles.isEmpty ? Array(classes.indices.prefix(firstBody).filter { classes[$0] == .leftover }) : titles
        guard let best = candidates.max(by: { margin($0) < margin($1) }) else { return }
        for index in titles where index != best { classes[index] = .leftover }
        classes[best] = .title
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
