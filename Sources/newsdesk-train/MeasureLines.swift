import ArgumentParser
import Foundation
import NewsdeskExtract

/// `newsdesk-train measure-lines --corpus corpus.jsonl --models Resources/linemodel`: the rule-based
/// cleaner beside the learned one on the dev split of the dump corpus, per dumper and overall,
/// as one Markdown table (bench/dumps.sh).
///
/// Lines are scored where their label is gold: every labelled line of a scrapinghub page (its
/// labels come from the gold body), the "with" and "without" snippet lines of a trafilatura-eval
/// page. Title: the cleaner's title reads as the line labelled title, or as the headline that
/// line repeats with the site's name (the gold of many pages is the `<title>` line, and the
/// cleaner is to give the headline), on pages that have one. Credits:
/// lines labelled credit (silver: a pattern over lines outside the body) that the cleaner puts
/// in credits. Speed: pages per CPU-second of classifying every line of every dump.
struct MeasureLines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure-lines", abstract: "Score the rule-based and the learned plain-text cleaner on a labelled dump corpus.")

    @Option(help: "The labelled corpus (scripts/build-dump-corpus.py).")
    var corpus: String

    @Option(help: "The directory of the line models (lines.bin, context.bin, title.bin).")
    var models: String

    @Option(help: "The split to score.")
    var split = "dev"

    @Option(help: "Write the title candidates of the split's pages (as `lines --title-out` does for the train split) and stop: for choosing the title ranker's settings.")
    var titleCandidatesOut: String?

    @Flag(help: "Print each page whose title the learned cleaner missed: the gold title and the chosen line.")
    var titleMisses = false

    @Option(help: "Write the learned cleaner's outcome for every line of the split's pages (JSON lines: the page's set, site, dumper and [line, gold label, outcome] rows), for error analysis.")
    var outcomesOut: String?

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
        let pages = try DumpPage.read(corpus).filter { $0.split == split }
        if let titleCandidatesOut {
            // The line model alone: the candidates are for a title ranker yet to be trained.
            let model = try LineModel(path: models + "/lines.bin")
            var rows: [String] = []
            for (number, page) in pages.enumerated() {
                let dump = DumpLines(page.lines)
                rows += TrainLines.titleRows(page, page: number, dump: dump, emissions: model.emissions(dump.features))
            }
            try (rows.joined(separator: "\n") + "\n").write(toFile: titleCandidatesOut, atomically: true, encoding: .utf8)
            return
        }
        let models = try LineModels(directory: models)
        let cleaners: [(name: String, models: LineModels?)] = [("rules", nil), ("learned", models)]
        var scores: [String: [Score]] = [:]
        var outcomeRows: [String] = []
        for page in pages {
            var row = scores[page.dumper] ?? Array(repeating: Score(), count: cleaners.count)
            for (index, cleaner) in cleaners.enumerated() {
                let (score, outcomes) = Self.score(page, models: cleaner.models)
                row[index].add(score)
                guard cleaner.models != nil else { continue }
                if titleMisses, score.titles > score.titlesRight { Self.printTitleMiss(page, chosen: outcomes.firstIndex(of: .title)) }
                if outcomesOut != nil { outcomeRows.append(try Self.outcomeRow(page, outcomes: outcomes)) }
            }
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
        if let outcomesOut { try (outcomeRows.joined(separator: "\n") + "\n").write(toFile: outcomesOut, atomically: true, encoding: .utf8) }
    }

    static func outcomeRow(_ page: DumpPage, outcomes: [DumpLines.Outcome]) throws -> String {
        let rows: [[Any]] = page.lines.indices.map { [page.lines[$0], page.labels[$0] ?? NSNull(), page.gold[$0], "\(outcomes[$0])"] }
        let object: [String: Any] = ["set": page.set, "site": page.site, "dumper": page.dumper, "lines": rows]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func printTitleMiss(_ page: DumpPage, chosen: Int?) {
        guard let gold = page.labels.firstIndex(of: "title") else { return }
        print("MISS \(page.dumper) \(page.site) gold[\(gold)]: \(page.lines[gold].prefix(90))")
        print("     chosen[\(chosen.map(String.init) ?? "-")]: \(chosen.map { page.lines[$0].prefix(90) } ?? "")")
    }

    /// The page's score and what the cleaner made of each line.
    static func score(_ page: DumpPage, models: LineModels?) -> (Score, outcomes: [DumpLines.Outcome]) {
        var score = Score()
        score.pages = 1
        let start = clock()
        let dump = DumpLines(page.lines)
        let outcomes = dump.outcomes(models: models)
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
        let chosen = outcomes.firstIndex(of: .title)
        if let titleLine = page.labels.firstIndex(of: "title") {
            score.titles = 1
            // The headline is right where the gold title is the `<title>` line repeating it with the site's name.
            let headline = dump.headline(repeatedBy: titleLine) ?? titleLine
            if let chosen, page.lines[chosen] == page.lines[titleLine] || page.lines[chosen] == page.lines[headline] { score.titlesRight = 1 }
        }
        return (score, outcomes)
    }
}
