import ArgumentParser
import Foundation
import NewsdeskExtract

/// One page dump of the labelled corpus (scripts/build-dump-corpus.py).
struct DumpPage {
    var set: String
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
                set: object["set"] as? String ?? "", split: object["split"] as? String ?? "", dumper: object["dumper"] as? String ?? "",
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

/// `newsdesk-train lines --corpus corpus.jsonl --out lines.bin`: trains the plain-text
/// cleaner's line model on the train split of the dump corpus (scripts/build-line-model.sh).
struct TrainLines: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines", abstract: "Train the plain-text cleaner's line model on a labelled dump corpus.")

    @Option(help: "The labelled corpus (scripts/build-dump-corpus.py).")
    var corpus: String

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Training passes.")
    var epochs = 5

    @Option(help: "How much more a lost body line costs than a kept leftover.")
    var bodyWeight: Float = 4

    @Option(help: "Weight of the label-to-label transitions against each line's own evidence.")
    var smoothing: Float = 0.5

    mutating func run() throws {
        let pages = try DumpPage.read(corpus).filter { $0.split == "train" }
        let prepared = pages.map { LineModelTrainer.Page(features: DumpLines($0.lines).features, gold: $0.classes) }
        var trainer = LineModelTrainer(bodyWeight: bodyWeight, smoothing: smoothing)
        for epoch in 1...epochs {
            let accuracy = trainer.train(prepared, pass: epoch)
            FileHandle.standardError.write(Data("pass \(epoch): \(String(format: "%.4f", accuracy)) of labelled lines right\n".utf8))
        }
        try Data(LineModel.encode(trainer.modelWeights)).write(to: URL(fileURLWithPath: out))
        FileHandle.standardError.write(Data("\(pages.count) page dumps → \(out)\n".utf8))
    }
}
