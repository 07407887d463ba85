import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskStories

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories ingest grouped the stored articles into, latest first.",
        discussion: """
            A story is one event reported by many articles, in any language; ingest puts each \
            article in one as it stores it. Each line gives the story's id, its first and last \
            dates, its number of articles, its storyline and the headline that started it. \
            --since keeps stories with an article from that date on; --entity those with an \
            article naming that entity (its id or name, as `entity` takes it); --storyline the \
            stories of one storyline.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the stories were listed (an empty list included)"),
        ExitStatus.storeFailure,
        ExitStatus.notFound("no entity or storyline has that id or name"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, --limit below 1, a --since that is not a date, an entity name that several entities share"),
    ])

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only stories with an article published from this date on: YEAR, YEAR-MM or YEAR-MM-DD.", valueName: "date"))
    var since: CalendarDateOption?

    @Option(help: ArgumentHelp("Only stories with an article naming this entity: its id or name.", valueName: "name-or-id"))
    var entity: String?

    @Option(help: ArgumentHelp("Only the stories of this storyline (its id or a prefix).", valueName: "id"))
    var storyline: String?

    @Option(help: "Most stories to list.")
    var limit: Int = 20

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let stories = try reportingStoreErrors { () throws(StoreError) -> [StoryRecord] in
            let entityID = try entity.map { reference throws(StoreError) in try EntityReference.resolve(reference, in: articleStore).id }
            let line = try storyline.map { id throws(StoreError) in try articleStore.storyline(idPrefix: id).id }
            return try articleStore.storyList(sinceDay: since.flatMap(\.firstDay), entity: entityID, storyline: line, limit: limit)
        }
        switch format {
        case .json: try Output.json(stories.map(StorySummary.init), pretty: true)
        case .table: for story in stories { Output.line(StorySummary(story).line) }
        }
        Output.flush()
    }
}

/// A story on one line, or as JSON: what `stories` and `storyline` list.
struct StorySummary: Encodable {
    var id: String
    var storyline: String?
    var title: String?
    var articles: Int
    var first: String?
    var last: String?

    init(_ story: StoryRecord) {
        id = story.id
        storyline = story.storyline
        title = story.title
        articles = story.articles
        first = story.firstDay.map { StoryDay(number: $0).iso }
        last = story.lastDay.map { StoryDay(number: $0).iso }
    }

    var dates: String {
        guard let first, let last else { return "undated" }
        return first == last ? first : "\(first) – \(last)"
    }

    var line: String {
        [id, dates, "\(articles) \(articles == 1 ? "article" : "articles")", storyline ?? "-", title ?? "(no title)"]
            .joined(separator: "  ")
    }
}
