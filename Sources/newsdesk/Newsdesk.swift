import ArgumentParser

@main
struct Newsdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "Turn scraped news pages into a clean, searchable archive of articles.",
        discussion: """
            Newsdesk reads HTML pages and scraped plain text (also gzip), extracts clean articles \
            with their metadata, credits and removed page leftovers, and keeps them in an embedded \
            SQLite database with full-text search.

            The database is --db FILE, else $NEWSDESK_DB, else ./newsdesk.sqlite.

            \(exitStatus)
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, AnalyzeCommand.self, SearchCommand.self, ShowCommand.self, ListCommand.self,
            StatsCommand.self, ExportCommand.self, RecleanCommand.self, CopiesCommand.self, StoriesCommand.self, StoryCommand.self, StorylineCommand.self, RestoryCommand.self, EntitiesCommand.self, EntityCommand.self, QuotesCommand.self,
            LanguageCommand.self,
        ]
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("success; each command's --help says what that means for it"),
        ExitStatus.storeFailure,
        ExitStatus.partial("finished, but some inputs were skipped or failed (ingest, extract, analyze); each one is reported with its reason"),
        ExitStatus.notFound("nothing found: no article with that id, no entity with that id or name, no search result"),
        ExitStatus.usage,
    ] + ExitStatus.signals)
}
