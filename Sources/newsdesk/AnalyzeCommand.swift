import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText

/// The interface evaluations call (DESIGN.md, "Analysing given text"): keep it stable.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run every stage (extraction, language, sentences, …) and print the articles; nothing is stored.",
        discussion: """
            Prints the article object of the JSON contract for each input, in input order: with \
            json one object (an array when several inputs are given), with jsonl one per line, \
            where an input that fails gives {"path": …, "error": {"code": …, "reason": …}}.

            --verbatim takes the input as the article's clean text: nothing is removed, and text \
            is the decoded input with line endings normalised to \\n, so every offset indexes the \
            input itself. --date is the publication date that relative expressions resolve \
            against when the input carries none. --language gives the language instead of \
            identifying it.

            --input-format jsonl reads every line of the inputs as one document, \
            {"text": …, "date": "YYYY-MM-DD", "language": "fr", "url": …} (only text is required; \
            a record's date and language win over --date and --language), so that one call \
            analyses documents of many dates and languages; a line that is not such a record \
            gives an error object on its line of the output.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help(ExitStatus.printing)

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Take the input as the clean text: nothing is removed, offsets index the input.")
    var verbatim = false

    @Option(help: ArgumentHelp("Publication date when the input carries none (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("The language of the input (ISO 639-1), instead of identifying it.", valueName: "code"))
    var language: String?

    @Option(help: "Output format: json or jsonl.")
    var format: Format = .json

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Option(help: "Input format: text (each input is a document) or jsonl (each line is a document record).")
    var inputFormat: InputFormat = .text

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        if let date, !Self.isDate(date) { throw ValidationError("--date must be a date as YYYY-MM-DD, not '\(date)'") }
        if let language, !Self.isLanguageCode(language) {
            throw ValidationError("--language must be an ISO 639-1 code such as fr or en, not '\(language)'")
        }
    }

    func run() throws {
        Output.prepare()
        var configuration = try extraction.configuration()
        var items = try extraction.inputs(paths)
        if inputFormat == .jsonl {
            // A file of records holds many documents: it may be 16 times one document's limit.
            items = RecordInputs.documents(in: items, reader: InputReader(maxBytes: configuration.limits.maxInputBytes * 16))
        }
        if let language {
            var settings = try configuration.settings(LanguageStage.Settings.self, forStage: LanguageStage.id)
            settings.language = language
            configuration.setSettings(settings, forStage: LanguageStage.id)
        }
        let stages = verbatim ? StageRegistry.verbatimPipeline : StageRegistry.defaultPipeline
        let processor = DocumentProcessor(
            pipeline: try makePipeline(stages, configuration: configuration),
            metadata: InputMetadata(url: extraction.url, date: date))
        let printFormat: ArticlePrinter.Format = format == .json ? .json : .jsonl
        try ArticlePrinter(processor: processor, format: printFormat, jobs: extraction.jobs).run(items)
    }

    /// An ISO 639-1 (or 639-3) code: two or three lower-case ASCII letters.
    static func isLanguageCode(_ text: String) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// YYYY-MM-DD with a real month and day.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year > 0 && CivilCalendar.isValid(year: year, month: month, day: day)
    }
}
