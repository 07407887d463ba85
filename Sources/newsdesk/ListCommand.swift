import ArgumentParser
import Foundation
import NewsdeskStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored articles, most recently ingested first (with --about, most recently published first).",
        discussion: exitStatus
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the articles were listed (an empty list included)"),
        ExitStatus.storeFailure,
        ExitStatus.usage,
    ])

    @OptionGroup var store: StoreOptions

    @Option(help: "Most articles to list.")
    var limit: Int = 20

    @Option(help: "Articles to skip first (for paging).")
    var offset: Int = 0

    @Option(help: DateRangeOption.help)
    var about: DateRangeOption?

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func validate() throws {
        guard limit > 0, offset >= 0 else { throw ValidationError("--limit must be at least 1 and --offset at least 0") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let summaries = try reportingStoreErrors { () throws(StoreError) in
            guard let about else { return try articleStore.list(limit: limit, offset: offset) }
            let range = about.keyRange
            return Array(try articleStore.articles(kind: range.kind, keysFrom: range.from, keysTo: range.to, limit: limit + offset).dropFirst(offset))
        }
        switch format {
        case .json:
            try Output.json(summaries, pretty: true)
        case .table:
            for summary in summaries { Output.line(ArticleSummaryLine.render(summary)) }
        }
        Output.flush()
    }
}
