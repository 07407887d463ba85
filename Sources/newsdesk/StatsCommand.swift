import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of the stored articles: languages, sources, encodings, dates, size.",
        discussion: exitStatus
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the counts were printed"),
        ExitStatus.storeFailure,
        ExitStatus.usage,
    ])

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let stats = try reportingStoreErrors { () throws(StoreError) in try articleStore.statistics() }
        switch format {
        case .json:
            try Output.json(stats, pretty: true)
        case .table:
            Output.line("database    \(store.path) (\(ByteCount(stats.databaseBytes)))")
            Output.line("articles    \(stats.articles) (\(stats.characters) characters of text)")
            Output.line("published   \(stats.earliestPublished ?? "—") … \(stats.latestPublished ?? "—")")
            for (name, counts) in [("languages", stats.languages), ("sources", stats.sources), ("encodings", stats.encodings)] {
                Output.line(name.padding(toLength: 12, withPad: " ", startingAt: 0) + counts.map { "\($0.value) \($0.count)" }.joined(separator: ", "))
            }
        }
        Output.flush()
    }
}
