import ArgumentParser
import NewsdeskPipeline
import NewsdeskStore

struct RestoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restory",
        abstract: "Group every stored article into stories and storylines again, from nothing.",
        discussion: """
            Ingest groups each article as it stores it, so this is never needed for that; it \
            is for an archive stored before stories existed, or to see a grouping made in date \
            order when articles were ingested out of order. Articles are taken by publication \
            date (undated last); every story and storyline id may change.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([ExitStatus.success("every article was grouped again"), ExitStatus.storeFailure, ExitStatus.usage])

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func run() throws {
        Output.prepare()
        let articleStore = try store.open(create: false)
        let summary = try reportingStoreErrors { () throws(StoreError) in try Restory(store: articleStore).run() }
        switch format {
        case .json: try Output.json(summary, pretty: true)
        case .table: Output.line("\(summary.articles) articles grouped into \(summary.stories) stories and \(summary.storylines) storylines")
        }
        Output.flush()
    }
}
