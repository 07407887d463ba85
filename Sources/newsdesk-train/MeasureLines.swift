import ArgumentParser
import Foundation
import NewsdeskExtract

/// `newsdesk-train measure-lines --corpus corpus.jsonl --model lines.bin --trees context.bin`: the rule-based
/// cleaner beside the learned one on the dev split of the dump corpus, per dumper and overall,
/// as one Markdown table (bench/dumps.sh).
///
/// Lines are scored where their label is gold: every labelled line of a scrapinghub page (its
/// labels come from the gold body), the "with" and "without" snippet lines of a trafilatura-eval
/// page. Title: the cleaner's title is the line labelled title, on pages that have one. Credits:
/// lines labelled credit (silver: a pattern over lines outside the body) that the cleaner puts
/// in credits. Speed: pages per CPU-second of classifying every line of every dump.
struct MeasureLines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-lines", abstract: "Score the rule-based and the learned plain-text cleaner on a labelled dump corpus.")

    @Option(help: "The labelled corpus (scripts/build-dump-corpus.py).")
    var corpus: String

    @Option(help: "The line model.")
    var model: String

    @Option(help: "The split to score.")
    var split = "dev"

    @Option(help: "The line trees.")
    var trees: String

    struct Score {
        var leftovers = 0, leftoversRemoved = 0, body = 0, bodyKept = 0
        var titles = 0, titlesRight = 0, credits = 0, creditsFound = 0, pages = 0
        var seconds = 0.0

        mutating func add(_ other: Score) {
            leftovers += other.leftovers
            leftoversRemoved += other.leftoversRemoved
            body += other.body
            bodyKept += other.bodyKept
            titles += other.titles
            titlesRight += other.titlesRight
            credits += other.credits
            creditsFound += other.creditsFound
            pages += other.pages
            seconds += other.seconds
        }

        func row(_ name: String, _ cleaner: String) -> String {
            func share(_ part: Int, _ whole: Int) -> String { whole == 0 ? "–" : String(format: "%.1f %%", 100 * Double(part) / Double(whole)) }
            return "| \(name) | \(cleaner) | \(pages) | \(share(leftoversRemoved, leftovers)) | \(share(bodyKept, body)) | "
                + "\(share(titlesRight, titles)) | \(share(creditsFound, credits)) | \(String(format: "%.0f", Double(pages) / max(seconds, 1e-9))) |"
        }
    }

    mutating func run() throws {
        let models = (model: try LineModel(path: model), trees: try LineTrees(path: trees))
        let cleaners: [(name: String, models: (model: LineModel, trees: LineTrees)?)] = [("rules", nil), ("learned", models)]
        let pages = try DumpPage.read(corpus).filter { $0.split == split }
        var scores: [String: [Score]] = [:]
        for page in pages {
            var row = scores[page.dumper] ?? Array(repeating: Score(), count: cleaners.count)
            for (index, cleaner) in cleaners.enumerated() { row[index].add(Self.score(page, models: cleaner.models)) }
            scores[page.dumper] = row
        }
        print("| dumper | cleaner | pages | leftover lines removed | body lines kept | title exact | credits found | pages / CPU-s |")
        print("|---|---|---|---|---|---|---|---|")
        var overall = Array(repeating: Score(), count: cleaners.count)
        for dumper in scores.keys.sorted() {
            guard let row = scores[dumper] else { continue }
            for (index, cleaner) in cleaners.enumerated() {
                print(row[index].row(dumper, cleaner.name))
                overall[index].add(row[index])
            }
        }
        for (index, cleaner) in cleaners.enumerated() { print(overall[index].row("**all**", cleaner.name)) }
    }

    static func score(_ page: DumpPage, models: (model: LineModel, trees: LineTrees)?) -> Score {
        var score = Score()
        score.pages = 1
        let start = clock()
        let outcomes = DumpLines(page.lines).outcomes(models: models)
        score.seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
        let allGold = page.set == "scrapinghub"
        for index in page.lines.indices {
            let outcome = outcomes[index]
            switch page.labels[index] {
            case "body" where allGold || page.gold[index]:
                score.body += 1
                if outcome == .body { score.bodyKept += 1 }
            case "leftover" where allGold || page.gold[index]:
                score.leftovers += 1
                if outcome != .body { score.leftoversRemoved += 1 }
            case "credit":
                score.credits += 1
                if outcome == .credit { score.creditsFound += 1 }
            default:
                break
            }
        }
        if let titleLine = page.labels.firstIndex(of: "title") {
            score.titles = 1
            let chosen = outcomes.firstIndex(of: .title)
            if let chosen, page.lines[chosen] == page.lines[titleLine] { score.titlesRight = 1 }
        }
        return score
    }
}
