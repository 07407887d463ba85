import ArgumentParser
import NewsdeskStore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities named in the most stored articles.",
        discussion: """
            Each entity (a person, organisation, place or other thing, one identity across \
            spellings and languages) with the number of articles that name it and of its \
            mentions in them, most articles first. --since counts only the articles published \
            from that date on.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the entities were listed (an empty list included)"),
        ExitStatus.storeFailure,
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, an unknown --type, --top below 1, a --since that is not a date"),
    ])

    @OptionGroup var store: StoreOptions

    @Option(help: "Only entities of this type: person, organization, place or other.")
    var type: EntityTypeOption?

    @Option(help: "Most entities to list.")
    var top: Int = 20

    @Option(help: ArgumentHelp(
        "Count only articles published from this date on: YEAR, YEAR-MM or YEAR-MM-DD (articles without a date are left out).",
        valueName: "date"))
    var since: CalendarDateOption?

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let entities = try reportingStoreErrors { () throws(StoreError) in
            try articleStore.topEntities(type: type?.rawValue, publishedFrom: since?.value, limit: top)
        }
        switch format {
        case .json:
            try Output.json(entities, pretty: true)
        case .table:
            if !entities.isEmpty { Output.line(EntityTable.header) }
            for line in EntityTable.lines(entities) { Output.line(line) }
        }
        Output.flush()
    }
}
