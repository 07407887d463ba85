import ArgumentParser
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStore

struct RecleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclean",
        abstract: "Run stages again over stored articles: what is out of date, or the stages you name.",
        discussion: """
            Without --stage, reclean re-runs every stage whose stored version is not the current \
            one, and cleans plain text again with what its source is now known to repeat: while \
            ingesting plain text, Newsdesk counts, per source, the short lines each document \
            contains; a line found in at least \(SourceTemplate.minimumDocuments) documents and \
            \(Int(SourceTemplate.minimumShare * 100)) % of a source's documents is site template \
            (a menu, a footer, a prompt), in any language, and moves to `removed` with the reason \
            site-template. A stage that runs again takes every later stage that reads its output \
            along (language and sentences after extraction). Extraction runs again only on plain \
            text, whose input is kept; HTML pages are not stored.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the stages ran (with --dry-run: what would change was reported)"),
        ExitStatus.storeFailure,
        ExitStatus.notFound("--source names no stored source"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, bad value, a stage that does not exist"),
    ])

    @OptionGroup var store: StoreOptions
    @OptionGroup var configurationFile: ConfigurationOptions

    @Option(name: .customLong("stage"), help: ArgumentHelp("Re-run this stage (repeatable; default: what is out of date).", valueName: "id"))
    var stages: [String] = []

    @Option(help: ArgumentHelp("Only the articles of this source.", valueName: "name"))
    var source: String?

    @Flag(help: "Report what would change without writing.")
    var dryRun = false

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func run() throws {
        Output.prepare()
        let configuration = try configurationFile.load()
        let articleStore = try store.open(create: false)
        let pipeline = try makePipeline(StageRegistry.defaultPipeline, configuration: configuration)
        let rerun = Rerun(
            store: articleStore, pipeline: pipeline, chosen: stages.isEmpty ? nil : stages, source: source, dryRun: dryRun)
        let summary: Rerun.Summary
        do {
            summary = try rerun.run()
        } catch {
            Output.error("newsdesk: \(error)")
            switch error {
            case .pipeline: throw ExitCode.validationFailure
            case .store(let storeError) where storeError.code == .notFound: throw ExitStatus.notFound
            case .store: throw ExitCode.failure
            }
        }
        switch format {
        case .json:
            try Output.json(summary, pretty: true)
        case .table:
            let suffix = dryRun ? " (dry run)" : ""
            Output.line("\(summary.articles) articles visited, \(summary.changed) changed, \(summary.templateLinesRemoved) template lines removed\(suffix)")
            if summary.unreadableLayers > 0 {
                Output.line("\(summary.unreadableLayers) unreadable layers written again")
            }
            for stage in summary.stages where stage.articles > 0 {
                Output.line("  \(stage.stage): ran on \(stage.articles)")
            }
        }
        Output.flush()
    }
}
