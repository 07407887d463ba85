import ArgumentParser
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored article by its id or an id prefix (at least 4 hex digits).",
        discussion: ExitStatus.help
    )

    @Argument(help: "The article id, or a unique prefix of it.")
    var id: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text, or json (the article object of the JSON contract).")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        guard id.count >= 4, id.allSatisfy(\.isHexDigit) else {
            throw ValidationError("'\(id)' is not an article id: give at least 4 hex digits")
        }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let stored = try reportingStoreErrors { () throws(StoreError) in try articleStore.article(idPrefix: id) }
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
