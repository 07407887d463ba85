import ArgumentParser
import NewsdeskStore

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show one entity: its identity, the aliases its mentions were written as, its articles over time, who is named with it.",
        discussion: """
            NAME|ID is the entity's exact id (Q184, nd:name:jean-dupont), else its name or \
            an alias seen in a mention, with case and accents ignored and an elided article \
            left out (macron, l'onu). A name that several entities share lists them with their ids. The entities \
            seen with it are counted over its most recent articles.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the entity was printed"),
        ExitStatus.storeFailure,
        ExitStatus.notFound("no entity has that id, name or alias"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, a name that several entities share (they are listed with their ids)"),
    ])

    @Argument(help: ArgumentHelp("The entity's id, or its name or an alias seen.", valueName: "name-or-id"))
    var reference: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        guard !reference.allSatisfy(\.isWhitespace) else { throw ValidationError("give an entity's id or name") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let profile = try reportingStoreErrors { () throws(StoreError) in
            try EntityProfile(EntityReference.resolve(reference, in: articleStore), store: articleStore)
        }
        try format.print(profile)
        Output.flush()
    }
}
