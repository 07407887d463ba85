import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskStories

struct CopiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copies",
        abstract: "Show the copies of a stored article: which came first, who is credited, what each changed.",
        discussion: """
            ID is any article of the group (its id or a prefix of at least 4 hex digits). The \
            first copy is the earliest stored one, which the others name as their duplicateOf; \
            each copy is listed by publication date with its source, the agency it credits, and \
            what it changed against the first: its headline, the paragraphs it cut, the \
            paragraphs and credit lines it added, the paragraphs it edited or moved. Quotation marks, dashes, case and spacing \
            are not counted as changes.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([ExitStatus.success("the copies were listed"), ExitStatus.storeFailure] + ExitStatus.articleLookup)

    @OptionGroup var article: ArticleIDArgument

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let group = try reportingStoreErrors { () throws(StoreError) -> CopyGroup in
            let named = try articleStore.article(idPrefix: article.id).article
            let first = try named.duplicateOf.map { id throws(StoreError) in try articleStore.article(idPrefix: id).article } ?? named
            return CopyGroup(first: first, copies: try articleStore.copies(of: first.id).map(\.article))
        }
        try format.print(group)
        Output.flush()
    }
}

/// A copy group as `copies` prints it.
struct CopyGroup: TextReport {
    struct Member: Encodable {
        var id: String
        var source: String?
        var published: String?
        var title: String?
        var agency: String?

        init(_ article: Article) {
            id = article.id
            source = article.source.name ?? article.source.domain
            published = article.published
            title = article.title
            agency = CreditedAgency.of(article)
        }
    }

    struct Copy: Encodable {
        var article: Member
        var changes: CopyChanges
    }

    var first: Member
    var copies: [Copy]

    init(first: Article, copies: [Article]) {
        self.first = Member(first)
        self.copies = copies.map { Copy(article: Member($0), changes: CopyChanges(first: first, copy: $0)) }
    }

    var text: String {
        var lines = ["\(copies.count) \(copies.count == 1 ? "copy" : "copies") of \(first.id.prefix(12))"]
        lines.append("first  " + Self.describe(first))
        for copy in copies {
            lines.append("copy   " + Self.describe(copy.article))
            let changes = copy.changes
            if let headline = changes.headline {
                lines.append("       headline: \(Self.quoted(headline.from)) -> \(Self.quoted(headline.to))")
            }
            for paragraph in changes.cut { lines.append("       cut: \(Self.quoted(paragraph))") }
            for paragraph in changes.added { lines.append("       added: \(Self.quoted(paragraph))") }
            for line in changes.addedCredits { lines.append("       credit added: \(Self.quoted(line))") }
            for edit in changes.edited { lines.append("       edited: \(Self.quoted(edit.from)) -> \(Self.quoted(edit.to))") }
            for paragraph in changes.moved { lines.append("       moved: \(Self.quoted(paragraph))") }
            if changes.isUnchanged { lines.append("       unchanged") }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ member: Member) -> String {
        [String(member.id.prefix(12)), member.published ?? "undated", member.source ?? "(no source)",
         "agency: \(member.agency ?? "none")", quoted(member.title)].joined(separator: "  ")
    }

    private static func quoted(_ text: String?) -> String {
        guard let text else { return "(none)" }
        let short = text.count > 80 ? text.prefix(79) + "…" : Substring(text)
        return "\"\(short)\""
    }
}
