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

            \(ExitStatus.help)
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, AnalyzeCommand.self, SearchCommand.self, ShowCommand.self, ListCommand.self,
            StatsCommand.self, ExportCommand.self, RecleanCommand.self, CopiesCommand.self,
            LanguageCommand.self,
        ]
    )
}
