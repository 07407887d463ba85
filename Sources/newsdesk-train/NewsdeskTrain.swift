import ArgumentParser
import Foundation
import NewsdeskEntities
import NewsdeskText

/// Builds the entity stage's resources: trains the name recogniser (scripts/build-entity-model.sh)
/// and keys the gazetteer's aliases for lookup in place (scripts/build-entity-resources.sh).
@main
struct EntityResourceTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk-train", abstract: "Build the entity stage's model and gazetteer keys, and the plain-text cleaner's line model.",
        subcommands: [TrainNames.self, KeyAliases.self, CanonicalVariants.self, TrainLines.self, MeasureLines.self])
}

/// `newsdesk-train names --out names.bin --train DIR:WEIGHT:LANGUAGE[:other] …`
struct TrainNames: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names", abstract: "Train the name recogniser on CoNLL corpora.")

    @Option(help: "Where to write the model.")
    var out: String

    @Option(name: .customLong("train"), help: "A corpus folder with train.conll (and dev.conll), as DIR:WEIGHT:LANGUAGE, with :other when it marks MISC names.")
    var corpora: [String]

    @Option(help: "Extra CoNLL files to train on, as FILE:WEIGHT:LANGUAGE[:other] (a corpus with no train split).")
    var file: [String] = []

    @Option(help: "Training passes.")
    var epochs = 8

    @Option(help: "Leave out features whose weights all stay under this share of the largest weight.")
    var prune: Float = 0

    @Option(help: "The entity resources folder whose gazetteers give evidence features.")
    var resources: String?

    mutating func run() throws {
        let evidence = try resources.map { try NameEvidenceMarker(directory: $0) }
        var training: [TrainingSentence] = []
        var development: [(String, [TrainingSentence])] = []
        for spec in corpora + file {
            let parts = spec.split(separator: ":").map(String.init)
            guard parts.count >= 3, let weight = Float(parts[1]) else { throw ValidationError("bad corpus '\(spec)'") }
            let language = parts[2]
            let other = parts.count > 3 && parts[3] == "other"
            let isFile = parts[0].hasSuffix(".conll")
            let trainPath = isFile ? parts[0] : parts[0] + "/train.conll"
            training += try TrainingSentence.readConll(path: trainPath, language: language, annotatesOther: other, weight: weight)
            let devPath = parts[0] + "/dev.conll"
            if !isFile, FileManager.default.fileExists(atPath: devPath) {
                development.append((parts[0], try TrainingSentence.readConll(path: devPath, language: language, annotatesOther: other, weight: 1)))
            }
        }
        let frequencies = try WordFrequencies.standard.get()
        for index in training.indices { NameToken.markCommonness(&training[index].tokens, language: training[index].language, frequencies: frequencies) }
        for corpus in development.indices {
            for index in development[corpus].1.indices {
                NameToken.markCommonness(&development[corpus].1[index].tokens, language: development[corpus].1[index].language, frequencies: frequencies)
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
        let bytes = NameModelWriter.bytes(weights: weights, threshold: prune)
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("wrote \(out): \(bytes.count) bytes")
        let tagger = NameTagger(model: try NameModel(path: out))
        for (name, sentences) in development {
            let score = SpanScore.evaluate(tagger: tagger, on: sentences)
            print("dev \(URL(fileURLWithPath: name).lastPathComponent): \(score)")
        }
    }
}

/// `newsdesk-train key-aliases FILE`: rewrites aliases.tsv (`alias id kind lang`, or already
/// keyed) as `key alias id kind lang` sorted bytewise by key, the form `Gazetteer` searches,
/// each accented alias filed under its unaccented key too.
struct KeyAliases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key-aliases", abstract: "Key and sort the gazetteer's aliases for lookup in place.")

    @Argument(help: "The aliases file, rewritten in place.")
    var file: String

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line -> (key: String, rest: [String]) in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let rest = fields.count >= 5 ? fields.dropFirst() : fields[...]
            return (Gazetteer.key(ofAlias: String(rest.first ?? "")), rest.map(String.init))
        }
        // Each alias of a prominent entity (a country, a region, a big city, a listed body or
        // person) is also filed under its other spellings (`Gazetteer.variantKeys`: without
        // accents, "Etats-Unis"; hyphenated, "New-York"), unless that spelling is a key of its
        // own: then the text means that one. A small town's would catch common words ("God"
        // for Göd).
        let keys = Set(rows.map(\.key))
        let entitiesFile = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("entities.tsv").path
        let prominent = try Self.prominentEntities(in: entitiesFile)
        let unaccented = rows.flatMap { row -> [(key: String, rest: [String])] in
            guard row.rest.count >= 2, let type = prominent[row.rest[1]] else { return [] }
            return Gazetteer.variantKeys(ofKey: row.key, hyphenation: type == .place).filter { !keys.contains($0) }.map { ($0, row.rest) }
        }
        let lines = Set((rows + unaccented).map { ([$0.key] + $0.rest).joined(separator: "\t") })
        let sorted = lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let output = "# key\talias\tid\tkind\tlang\n" + sorted.map { $0 + "\n" }.joined()
        try output.write(toFile: file, atomically: true, encoding: .utf8)
        print("keyed \(sorted.count) aliases in \(file)")
        // The first words of aliases written in lower case (demonyms, "mer Noire"): the only
        // lower-case words the stage looks up.
        let starts = Set(sorted.compactMap { line -> String? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[1].first?.isLowercase == true else { return nil }
            return String(fields[0].prefix { $0 != " " })
        }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let startsFile = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(Gazetteer.lowercaseStartsFile).path
        try ("# first words of the aliases written in lower case (newsdesk-train key-aliases)\n" + starts.map { $0 + "\n" }.joined())
            .write(toFile: startsFile, atomically: true, encoding: .utf8)
        print("wrote \(starts.count) lower-case first words to \(startsFile)")
    }
}

extension KeyAliases {
    /// The entities of entities.tsv (`id type class name wikidata geonames prior`) that are
    /// prominent, with their types.
    static func prominentEntities(in path: String) throws -> [String: NameType] {
        let pairs = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line -> (String, NameType)? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard !line.hasPrefix("#"), fields.count >= 7, let type = NameType(label: String(fields[1])) else { return nil }
            let record = EntityRecord(
                id: String(fields[0]), type: type, entityClass: String(fields[2]), name: String(fields[3]),
                wikidata: fields[4].isEmpty ? nil : String(fields[4]), geonames: fields[5].isEmpty ? nil : String(fields[5]),
                prior: Double(fields[6]) ?? 0)
            return record.isProminent || record.type == .person ? (record.id, record.type) : nil
        }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}

/// `newsdesk-train name-variants FILE`: adds to name-variants.tsv (`form group`) the spelling
/// that stands for each group (its most frequent form in English), the form Newsdesk ids of
/// people are written with.
struct CanonicalVariants: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-variants", abstract: "Add each name-variant group's canonical spelling.")

    @Argument(help: "The name-variants file, rewritten in place.")
    var file: String

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let frequencies = try WordFrequencies.standard.get()
        let lines = Gazetteer.canonicalizingVariants(rows) { frequencies.logFrequency($0, language: "en") }
        let output = "# form\tgroup\tcanonical\n" + lines.map { $0 + "\n" }.joined()
        try output.write(toFile: file, atomically: true, encoding: .utf8)
        print("wrote \(lines.count) name variants to \(file)")
    }
}
