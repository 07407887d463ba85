import ArgumentParser
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored article by its id or an id prefix (at least 4 hex digits).",
        discussion: exitStatus
    )

    static let exitStatus = ExitStatus.help([ExitStatus.success("the article was printed"), ExitStatus.storeFailure] + ExitStatus.articleLookup)

    @OptionGroup var article: ArticleIDArgument

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text, or json (the article object of the JSON contract).")
    var format: TextOrJSON = .text

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let stored = try reportingStoreErrors { () throws(StoreError) in try articleStore.article(idPrefix: article.id) }
        switch format {
        case .json:
            Output.write(readingLayers(stored).jsonData(pretty: true))
            Output.line()
        case .text:
            Output.line(ArticleText.render(readingLayers(stored), origin: stored.origin))
        }
        Output.flush()
    }
}
