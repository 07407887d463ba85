import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles from files, directories or standard input and store them.",
        discussion: """
            PATH may be a file (HTML or text, possibly .gz), a directory (read recursively; hidden \
            entries are skipped) or - for standard input. The kind of document is told from its \
            bytes, not its name. Each document's id is the SHA-256 of its bytes, so ingesting the \
            same bytes again is reported as a duplicate and changes nothing.

            Articles are committed in batches: an interrupted run keeps everything committed, and \
            running the same command again finishes the rest.

            \(ExitStatus.help)
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(help: ArgumentHelp("Source name recorded for every article (wins over the page's own).", valueName: "name"))
    var source: String?

    @Option(help: "Output: text (a progress bar on a terminal, then a summary line) or json (one summary object).")
    var format: SummaryFormat = .text

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// Articles per transaction: large enough to amortise commits, small enough that an
    /// interruption loses little work.
    static let batchSize = 64

    func run() throws {
        Output.prepare()
        let items = try extraction.inputs(paths)
        let articleStore = try store.open(create: true)
        let interruption = Interruption()
        let templates = SourceTemplateCache(store: articleStore)
        let job = DocumentJob(
            settings: extraction.settings, url: extraction.url, sourceName: source,
            isKnown: { id in (try? articleStore.contains(id: id)) ?? false }, templates: templates)
        var tally = IngestTally(total: items.count)
        let showProgress = format == .text && Output.isTerminal(2)
        var progress = ProgressBar(total: items.count)
        var batch: [StoredArticle] = []

        func report(_ problem: IngestTally.Problem) {
            guard format == .text else { return }
            Output.error((showProgress ? "\r\u{1B}[K" : "") + "newsdesk: \(problem.status) \(problem.path): \(problem.reason)")
        }
        func commit() throws {
            let outcomes = try reportingStoreErrors { () throws(StoreError) in try articleStore.insert(batch) }
            for outcome in outcomes {
                if outcome == .stored { tally.stored += 1 } else { tally.duplicates += 1 }
            }
            templates.invalidate(Set(batch.compactMap { $0.learnedLines?.source }))
            batch.removeAll(keepingCapacity: true)
        }

        let map = OrderedParallelMap(inputs: items, window: extraction.jobs * 16, transform: job.run)
        try map.run(jobs: extraction.jobs, shouldStop: { interruption.isRequested }) { _, result in
            switch result {
            case .article(let article, let origin, let learned, let original):
                batch.append(StoredArticle(article: article, origin: origin, learnedLines: learned, original: original))
                if batch.count >= Self.batchSize { try commit() }
            case .known:
                tally.duplicates += 1
            case .rejected(let rejection, let origin):
                report(tally.record(rejection, path: origin))
            }
            if showProgress { progress.update(tally) }
        }
        try commit()
        if showProgress { progress.finish(tally) }

        let signal = interruption.receivedSignal
        switch format {
        case .json: Output.line(tally.json(database: store.path, interrupted: signal != nil))
        case .text: Output.line(tally.line(database: store.path) + (signal != nil ? " (interrupted)" : ""))
        }
        Output.flush()
        if let signal { throw ExitStatus.interrupted(by: signal) }
        if !tally.isClean { throw ExitStatus.partial }
    }
}
