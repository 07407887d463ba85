import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskStories

struct StorylineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Show a storyline: its stories over time, each with its dates and number of articles.",
        discussion: """
            A storyline follows the same actors from story to story over months (two meetings of \
            the same two presidents a year apart are two stories of one storyline). ID is the \
            storyline's id (l-…) or a prefix of it, as `stories` gives it.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the storyline was shown"), ExitStatus.storeFailure, ExitStatus.notFound("no storyline has that id or prefix"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, a prefix that several storylines share"),
    ])

    @Argument(help: "The storyline's id or a prefix of it.")
    var id: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Most stories to list.")
    var limit: Int = 200

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let (line, stories) = try reportingStoreErrors { () throws(StoreError) -> (StorylineRecord, [StoryRecord]) in
            let line = try articleStore.storyline(idPrefix: id)
            return (line, try articleStore.storyList(sinceDay: nil, entity: nil, storyline: line.id, limit: limit))
        }
        // Oldest first: a storyline reads as a thread.
        let summaries = stories.map(StorySummary.init).sorted { ($0.first ?? "~", $0.id) < ($1.first ?? "~", $1.id) }
        switch format {
        case .json:
            try Output.json(StorylineView(id: line.id, title: line.title, articles: line.articles, stories: summaries), pretty: true)
        case .text:
            let dates = [line.firstDay, line.lastDay].compactMap { $0.map { StoryDay(number: $0).iso } }
            Output.line("\(line.id)  \(dates.isEmpty ? "undated" : dates.joined(separator: " – "))  \(summaries.count) stories, \(line.articles) articles  \(line.title ?? "(no title)")")
            for story in summaries { Output.line("  " + story.line) }
        }
        Output.flush()
    }
}

struct StorylineView: Encodable {
    var id: String
    var title: String?
    var articles: Int
    var stories: [StorySummary]
}
