import ArgumentParser
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles and print them; nothing is stored.",
        discussion: """
            Runs extraction and language identification only (`analyze` runs every stage). \
            json prints the article object of the JSON contract (an array of results when several \
            documents are given); jsonl prints one line per document in input order, where a \
            document that fails gives {"path": …, "error": {"code": …, "reason": …}} and the rest \
            go on; text prints the title, metadata and clean text for reading.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help(ExitStatus.printing)

    /// Extraction and what it has always included: the language of the article and its paragraphs.
    static let stages = [ExtractionStage.id, LanguageStage.id]

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Output format: json, jsonl or text.")
    var format: ArticlePrinter.Format = .json

    func run() throws {
        Output.prepare()
        let items = try extraction.inputs(paths)
        let configuration = try extraction.configuration()
        let processor = DocumentProcessor(
            pipeline: try makePipeline(Self.stages, configuration: configuration),
            metadata: InputMetadata(url: extraction.url))
        try ArticlePrinter(processor: processor, format: format, jobs: extraction.jobs).run(items)
    }
}
