import ArgumentParser
import NewsdeskCore
import NewsdeskStore

struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show a story as a timeline: its articles by date, with their sources and languages, copies folded.",
        discussion: """
            ID is the story's id (s-…) or a prefix of it, as `stories` and `show --format json` \
            give it. Articles are listed by publication date; a copy of a wire story (an article \
            whose duplicateOf is set) is folded under the first copy it copies.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("the story was shown"), ExitStatus.storeFailure, ExitStatus.notFound("no story has that id or prefix"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, a prefix that several stories share"),
    ])

    @Argument(help: "The story's id or a prefix of it.")
    var id: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let timeline = try reportingStoreErrors { () throws(StoreError) -> StoryTimeline in
            let story = try articleStore.story(idPrefix: id)
            return StoryTimeline(story: StorySummary(story), members: try articleStore.members(ofStory: story.id))
        }
        try format.print(timeline)
        Output.flush()
    }
}

/// A story's articles in date order, each copy under the first copy it copies.
struct StoryTimeline: TextReport {
    struct Entry: Encodable {
        var article: ArticleSummary
        var copies: [ArticleSummary]
    }

    var story: StorySummary
    var sources: [String]
    var languages: [String]
    var articles: [Entry]

    init(story: StorySummary, members: [StoryMember]) {
        self.story = story
        let firsts = Set(members.map(\.summary.id))
        var copies: [String: [ArticleSummary]] = [:]
        for member in members {
            if let first = member.duplicateOf, firsts.contains(first) { copies[first, default: []].append(member.summary) }
        }
        articles = members.filter { $0.duplicateOf.map { !firsts.contains($0) } ?? true }.map {
            Entry(article: $0.summary, copies: copies[$0.summary.id] ?? [])
        }
        sources = Self.distinct(members.compactMap(\.summary.source))
        languages = Self.distinct(members.compactMap(\.summary.language))
    }

    var text: String {
        var lines = [story.line]
        let copies = articles.reduce(0) { $0 + $1.copies.count }
        lines.append("sources: \(sources.isEmpty ? "none named" : sources.joined(separator: ", ")); languages: \(languages.joined(separator: ", "))"
            + (copies > 0 ? "; \(copies) \(copies == 1 ? "copy" : "copies") folded" : ""))
        for entry in articles {
            lines.append(Self.line(entry.article, indent: ""))
            for copy in entry.copies { lines.append(Self.line(copy, indent: "    copy ")) }
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ article: ArticleSummary, indent: String) -> String {
        indent + [article.published.map { String($0.prefix(10)) } ?? "undated", article.language ?? "-", article.source ?? "(no source)",
                  String(article.id.prefix(12)), article.title ?? "(no title)"].joined(separator: "  ")
    }

    /// The values in order of first appearance, once each.
    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
