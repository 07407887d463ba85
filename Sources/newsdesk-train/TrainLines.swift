import ArgumentParser
import Foundation
import NewsdeskExtract

/// One page dump of the labelled corpus (scripts/build-dump-corpus.py).
struct DumpPage {
    var set: String
    var site: String
    var split: String
    var dumper: String
    var title: String?
    var lines: [String]
    /// The corpus label of each line ("body", "title", "credit", "leftover", or nil).
    var labels: [String?]
    /// Whether the label is gold (true) or silver.
    var gold: [Bool]

    /// Every page of a corpus.jsonl file.
    static func read(_ path: String) throws -> [DumpPage] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { record in
            guard let object = try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any],
                let rows = object["lines"] as? [[Any]]
            else { throw ValidationError("bad corpus record in \(path)") }
            return DumpPage(
                set: object["set"] as? String ?? "", site: object["site"] as? String ?? "", split: object["split"] as? String ?? "", dumper: object["dumper"] as? String ?? "",
                title: object["title"] as? String, lines: rows.map { $0.first as? String ?? "" },
                labels: rows.map { $0.count > 1 ? $0[1] as? String : nil }, gold: rows.map { $0.count > 2 ? $0[2] as? Bool ?? false : false })
        }
    }

    var classes: [LineClass?] {
        labels.map { label in
            switch label {
            case "body": .body
            case "title": .title
            case "credit": .credit
            case "leftover": .leftover
            default: nil
            }
        }
    }
}

/// `newsdesk-train lines --corpus corpus.jsonl --out lines.bin --context-out context.tsv`: trains
/// the plain-text cleaner's line model on the train split of the dump corpus, and writes the
/// context features (`LineContext`) of every labelled train line for the trees
/// (scripts/train-line-trees.py; scripts/build-line-model.sh runs both). The context comes from
/// the line model's opinion of pages it was not trained on: two models, each trained on half
/// of the train sites, score the other half, so the trees learn how far a first opinion of an
/// unseen page can be trusted.
struct TrainLines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines", abstract: "Train the plain-text cleaner's line model on a labelled dump corpus.")

    @Option(help: "The labelled corpus (scripts/build-dump-corpus.py).")
    var corpus: String

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Where to write the context features of the labelled train lines (tab-separated: class, then the features).")
    var contextOut: String

    @Option(help: "Where to write the title candidates of the train pages (tab-separated: page, line, 1 for the title, then the features).")
    var titleOut: String?

    @Option(help: "Training passes.")
    var epochs = 5

    @Option(help: "How much more a lost body line costs than a kept leftover.")
    var bodyWeight: Float = 4

    mutating func run() throws {
        let pages = try DumpPage.read(corpus).filter { $0.split == "train" }
        let prepared = pages.map { LineModelTrainer.Page(features: DumpLines($0.lines).features, gold: $0.classes) }
        try Data(LineModel.encode(train(prepared, name: "all train sites"))).write(to: URL(fileURLWithPath: out))
        FileHandle.standardError.write(Data("\(pages.count) page dumps → \(out)\n".utf8))
        let halves = pages.map { Self.half(of: $0.site) }
        var rows: [String] = []
        var titleRows: [String] = []
        for half in 0..<2 {
            let other = LineModel(weights: train(prepared.indices.filter { halves[$0] != half }.map { prepared[$0] }, name: "sites of half \(1 - half)"))
            for index in prepared.indices where halves[index] == half {
                let dump = DumpLines(pages[index].lines)
                let emissions = other.emissions(prepared[index].features)
                let context = dump.context(emissions: emissions)
                if titleOut != nil { titleRows += Self.titleRows(pages[index], page: index, dump: dump, emissions: emissions) }
                for (line, gold) in prepared[index].gold.enumerated() {
                    guard let gold else { continue }
                    rows.append(([String(gold.rawValue)] + context[line].map { String($0) }).joined(separator: "\t"))
                }
            }
        }
        try (rows.joined(separator: "\n") + "\n").write(toFile: contextOut, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("context of the train lines → \(contextOut)\n".utf8))
        if let titleOut {
            try (titleRows.joined(separator: "\n") + "\n").write(toFile: titleOut, atomically: true, encoding: .utf8)
            FileHandle.standardError.write(Data("title candidates of the train pages → \(titleOut)\n".utf8))
        }
    }

    private func train(_ pages: [LineModelTrainer.Page], name: String) -> [Float] {
        var trainer = LineModelTrainer(bodyWeight: bodyWeight)
        for epoch in 1...epochs {
            let accuracy = trainer.train(pages, pass: epoch)
            FileHandle.standardError.write(Data("\(name), pass \(epoch): \(String(format: "%.4f", accuracy)) of labelled lines right\n".utf8))
        }
        return trainer.modelWeights
    }

    /// The title candidates of a page with a title, the headline marked wherever the page has
    /// it (case and punctuation aside): the gold title line, or the headline it repeats with the
    /// site's name ("Headline | Site" is the `<title>` line).
    static func titleRows(_ page: DumpPage, page number: Int, dump: DumpLines, emissions: [[Float]]) -> [String] {
        guard let gold = page.labels.firstIndex(of: "title") else { return [] }
        let headline = dump.headline(repeatedBy: gold) ?? gold
        return dump.titleCandidates(emissions: emissions).map { candidate in
            let right = dump.reads(candidate.line, like: headline)
            return ([String(number), String(candidate.line), right ? "1" : "0"] + candidate.features.map { String($0) }).joined(separator: "\t")
        }
    }

    /// Which half of the train sites a site is in: a fixed hash of its name (FNV-1a).
    static func half(of site: String) -> Int {
        Int(site.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 } % 2)
    }
}
