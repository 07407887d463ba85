import ArgumentParser
import Foundation
import NewsdeskEntities

/// Trains the name recogniser from CoNLL corpora (run by scripts/build-entity-model.sh):
/// `newsdesk-train --out names.bin --train DIR:WEIGHT[:other] … --dev DIR …`.
@main
struct TrainNames: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk-train", abstract: "Train Newsdesk's name recogniser on CoNLL corpora.")

    @Option(help: "Where to write the model.")
    var out: String

    @Option(name: .customLong("train"), help: "A corpus folder with train.conll (and dev.conll), as DIR:WEIGHT, with :other when it marks MISC names.")
    var corpora: [String]

    @Option(help: "Extra CoNLL files to train on, as FILE:WEIGHT[:other] (a corpus with no train split).")
    var file: [String] = []

    @Option(help: "Training passes.")
    var epochs = 8

    @Option(help: "The entity resources folder whose gazetteers give evidence features.")
    var resources: String?

    mutating func run() throws {
        let evidence = try resources.map { try NameEvidenceMarker(directory: $0) }
        var training: [TrainingSentence] = []
        var development: [(String, [TrainingSentence])] = []
        for spec in corpora + file {
            let parts = spec.split(separator: ":").map(String.init)
            guard parts.count >= 2, let weight = Float(parts[1]) else { throw ValidationError("bad corpus '\(spec)'") }
            let other = parts.count > 2 && parts[2] == "other"
            let isFile = parts[0].hasSuffix(".conll")
            let trainPath = isFile ? parts[0] : parts[0] + "/train.conll"
            training += try TrainingSentence.readConll(path: trainPath, annotatesOther: other, weight: weight)
            let devPath = parts[0] + "/dev.conll"
            if !isFile, FileManager.default.fileExists(atPath: devPath) {
                development.append((parts[0], try TrainingSentence.readConll(path: devPath, annotatesOther: other, weight: 1)))
            }
        }
        if let evidence {
            for index in training.indices { evidence.mark(&training[index].tokens) }
            for corpus in development.indices {
                for index in development[corpus].1.indices { evidence.mark(&development[corpus].1[index].tokens) }
            }
        }
        print("training on \(training.count) sentences, \(training.reduce(0) { $0 + $1.tokens.count }) tokens")
        var trainer = PerceptronTrainer()
        trainer.epochs = epochs
        let weights = trainer.train(training) { epoch, accuracy in
            print("epoch \(epoch): token accuracy \(String(format: "%.4f", accuracy))")
        }
        let bytes = NameModelWriter.bytes(weights: weights)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(bytes.count) bytes")
        let tagger = NameTagger(model: try NameModel(path: out))
        for (name, sentences) in development {
            let score = SpanScore.evaluate(tagger: tagger, on: sentences)
            print("dev \(URL(fileURLWithPath: name).lastPathComponent): \(score)")
        }
    }
}
