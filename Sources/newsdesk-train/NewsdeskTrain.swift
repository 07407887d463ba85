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
/// keyed) as `key alias id kind lang` sorted bytewise by key, the form `Gazetteer` searches;
/// the alias is left empty where it is its key capitalised (most are: the key says all that
/// lookups and re-keying need).
/// Beside it, alias-spellings.tsv files the other spellings of prominent entities' keys, and
/// alias-lowercase-starts.tsv the first words of aliases written in lower case.
struct KeyAliases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key-aliases", abstract: "Key and sort the gazetteer's aliases for lookup in place.")

    @Argument(help: "The aliases file, rewritten in place.")
    var file: String

    struct Row {
        var key: String
        var alias: String
        /// `id kind lang`.
        var rest: [String]
    }

    func run() throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let rows = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line -> Row in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // Keyed already (five fields, the alias empty where it is its key capitalised), or not yet.
            let alias = fields.count >= 5 ? (fields[1].isEmpty ? Self.capitalised(fields[0]) : fields[1]) : fields.first ?? ""
            return Row(key: Gazetteer.key(ofAlias: alias), alias: alias, rest: Array(fields.dropFirst(fields.count >= 5 ? 2 : 1)))
        }
        // Left empty only where the capitalised key keys the same and starts as the alias does.
        func written(_ row: Row) -> String {
            let implied = row.alias.lowercased() == row.key && row.alias.first?.isLowercase != true
                && Gazetteer.key(ofAlias: Self.capitalised(row.key)) == row.key
            return implied ? "" : row.alias
        }
        let lines = Set(rows.map { row in ([row.key, written(row)] + row.rest).joined(separator: "\t") })
        try Self.write(lines, header: "key\talias\tid\tkind\tlang", to: file)
        print("keyed \(lines.count) aliases in \(file)")

        // Each key of a prominent entity (a country, a region, a big city, a listed body or
        // person) is also found by its other spellings (`Gazetteer.variantKeys`: without
        // accents, "Etats-Unis"; hyphenated, "New-York"), unless that spelling is a key of its
        // own: then the text means that one. A small town's would catch common words ("God"
        // for Göd).
        let keys = Set(rows.map(\.key))
        let prominent = try Self.prominentEntities(in: folder.appendingPathComponent("entities.tsv").path)
        let spellings = rows.flatMap { row -> [(spelling: String, key: String)] in
            guard let id = row.rest.first, let type = prominent[id] else { return [] }
            return Gazetteer.variantKeys(ofKey: row.key, hyphenation: type == .place).filter { !keys.contains($0) }.map { ($0, row.key) }
        }
        let spellingLines = Set(spellings.map { "\($0.spelling)\t\($0.key)" })
        try Self.write(spellingLines, header: "spelling\tkey", to: folder.appendingPathComponent(Gazetteer.spellingsFile).path)
        print("wrote \(spellingLines.count) other spellings of keys")

        // The first words of aliases written in lower case (demonyms, "mer Noire"), under any
        // of their spellings: the only lower-case words the stage looks up.
        let lowercaseKeys = Set(rows.filter { $0.alias.first?.isLowercase == true }.map(\.key))
        let starting = lowercaseKeys.union(spellings.filter { lowercaseKeys.contains($0.key) }.map(\.spelling))
        let starts = Set(starting.map { String($0.prefix { $0 != " " }) })
        try Self.write(starts, header: "first words of the aliases written in lower case (newsdesk-train key-aliases)",
            to: folder.appendingPathComponent(Gazetteer.lowercaseStartsFile).path)
        print("wrote \(starts.count) lower-case first words")
    }

    /// The key with its first letter in capitals: the alias an empty alias field stands for.
    static func capitalised(_ key: String) -> String {
        key.prefix(1).uppercased() + key.dropFirst()
    }

    /// Writes the lines sorted bytewise, as `SortedTable` searches them, after a `#` header.
    static func write(_ lines: Set<String>, header: String, to path: String) throws {
        let sorted = lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        try ("# \(header)\n" + sorted.map { $0 + "\n" }.joined()).write(toFile: path, atomically: true, encoding: .utf8)
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
