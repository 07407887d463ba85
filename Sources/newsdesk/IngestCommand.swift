import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run files, directories or standard input through the pipeline and store the articles.",
        discussion: """
            PATH may be a file (HTML or text, possibly .gz), a directory (read recursively; hidden \
            entries are skipped) or - for standard input. The kind of document is told from its \
            bytes, not its name. Each document's id is the SHA-256 of its bytes, so ingesting the \
            same bytes again is reported as a duplicate and changes nothing. Every stage runs \
            (extraction, language, sentences, …) and each stage's layer is stored with its version. \
            An article that copies a stored one (a wire story republished, re-headlined, trimmed) \
            records the earliest stored copy as its duplicateOf; ingest in publication order so \
            that the first copy is the first published (see `newsdesk copies`). --date is the \
            publication date of inputs that carry none.

            Articles are committed in batches: an interrupted run keeps everything committed, and \
            running the same command again finishes the rest.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("every input was stored (or was already stored)"),
        ExitStatus.storeFailure,
        ExitStatus.partial("finished, but some inputs were skipped (not a document, not an article, empty, no article) or failed (missing, unreadable, too large); each one is reported with its reason"),
        ExitStatus.usage,
    ] + ExitStatus.signals)

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(help: ArgumentHelp("Source name recorded for every article (wins over the page's own).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Publication date of inputs that carry none (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Option(help: "Output: text (a progress bar on a terminal, then a summary line) or json (one summary object).")
    var format: SummaryFormat = .text

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if let date, !AnalyzeCommand.isDate(date) { throw ValidationError("--date must be a date as YYYY-MM-DD, not '\(date)'") }
    }

    func run() throws {
        Output.prepare()
        let items = try extraction.inputs(paths)
        let configuration = try extraction.configuration()
        let pipeline = try makePipeline(StageRegistry.defaultPipeline, configuration: configuration)
        let articleStore = try store.open(create: true)
        let interruption = Interruption()
        let ingest = IngestRun(
            store: articleStore, pipeline: pipeline,
            metadata: InputMetadata(url: extraction.url, sourceName: source, date: date), jobs: extraction.jobs)
        let showProgress = format == .text && Output.isTerminal(2)
        var progress = ProgressBar(total: items.count)

        let tally = try reportingStoreErrors { () throws(StoreError) in
            try ingest.run(items, shouldStop: { interruption.isRequested }) { tally, problem in
                if let problem, format == .text {
                    Output.error((showProgress ? "\r\u{1B}[K" : "") + "newsdesk: \(problem.status) \(problem.path): \(problem.reason)")
                }
                if showProgress { progress.update(tally) }
            }
        }
        if showProgress { progress.finish(tally) }

        let signal = interruption.receivedSignal
        switch format {
        case .json: Output.line(IngestSummary.json(tally, database: store.path, interrupted: signal != nil))
        case .text: Output.line(IngestSummary.line(tally, database: store.path) + (signal != nil ? " (interrupted)" : ""))
        }
        Output.flush()
        if let signal { throw ExitStatus.interrupted(by: signal) }
        if !tally.isClean { throw ExitStatus.partial }
    }
}
