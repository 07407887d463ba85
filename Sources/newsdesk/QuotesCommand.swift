import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskEntities
import NewsdeskQuotes
import NewsdeskStore
import NewsdeskText

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Who said what: the stored articles' quotes with their speaker, date, source and article, most recent first.",
        discussion: """
            --speaker takes an entity's id or name as `entity` does (Q7747, macron, l'onu), or a \
            speaker's name as written when no entity has it; --search keeps the quotes of the \
            articles that match the words (as `search` reads them) whose own words contain them.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("at least one quote was listed"),
        ExitStatus.storeFailure,
        ExitStatus.notFound("no quote matched"),
        ExitStatus.Row(status: ExitCode.validationFailure.rawValue, meaning: "usage error: unknown option, bad value, a speaker name that several entities share (listed with their ids)"),
    ])

    @Option(help: ArgumentHelp("Only quotes of this speaker: an entity's id or name, or a name as written.", valueName: "name-or-id"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes from articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: CalendarDateOption?

    @Option(help: ArgumentHelp("Only quotes whose words contain these (case and accents ignored).", valueName: "words"))
    var search: String?

    @Option(help: "Most articles to read quotes from.")
    var limit: Int = 20

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let speaker, speaker.allSatisfy(\.isWhitespace) { throw ValidationError("--speaker needs a name or id") }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let listed = try reportingStoreErrors { () throws(StoreError) -> [QuoteLine] in
            let speakerKey = try speaker.map { reference throws(StoreError) in try Self.speakerKey(reference, in: articleStore) }
            return try QuoteLine.collect(
                from: articleStore, speakerKey: speakerKey, words: search, since: since?.value, limit: limit)
        }
        switch format {
        case .json: try Output.json(listed, pretty: true)
        case .table:
            for line in listed { Output.line(line.tableText) }
            if listed.isEmpty { Output.error("no quotes") }
        }
        Output.flush()
        if listed.isEmpty { throw ExitStatus.notFound }
    }

    /// The key the quote layer indexes a speaker by: the entity's id (an entity of the store,
    /// else the person the gazetteer knows by that name: "Poutine" is Q7747 even where no
    /// article wrote it alone), else the name lower-cased.
    static func speakerKey(_ reference: String, in store: some EntityStoring) throws(StoreError) -> String {
        do {
            return try EntityReference.resolve(reference, in: store).id
        } catch where error.code == .notFound {
            return KnownNames.ids(named: reference, type: .person).first ?? reference.lowercased()
        }
    }
}

/// One quote as `quotes` lists it.
struct QuoteLine: Encodable {
    var article: String
    var published: String?
    var source: String?
    var kind: String
    var text: String
    var speaker: String?
    var entity: String?

    var tableText: String {
        let date = published.map { String($0.prefix(10)) } ?? "—"
        let who = speaker.map { name in entity.map { "\(name) [\($0)]" } ?? name } ?? "(speaker unknown)"
        return "\(article.prefix(12))  \(date)  \(source ?? "—")  \(who)  \(kind)\n    “\(text)”"
    }

    /// The quotes of the articles a search keeps (a speaker filter, words), most recently
    /// published first, or of the most recent articles when nothing narrows the search.
    static func collect(
        from store: some SearchStoring & ArticleStoring, speakerKey: String?, words: String?, since: String?, limit: Int
    ) throws(StoreError) -> [QuoteLine] {
        let filters = speakerKey.map { [KeyRange.exactly($0, kind: QuoteLayer.kind.rawValue)] } ?? []
        let query = words ?? ""
        let ids: [String]
        if filters.isEmpty && query.allSatisfy(\.isWhitespace) {
            ids = try store.list(limit: limit, offset: 0).map(\.id)
        } else {
            ids = try store.search(SearchQuery(query, limit: limit, filters: filters)).map(\.id)
        }
        let folded = words.map { TextFold.matchKey($0) }
        var lines: [QuoteLine] = []
        for id in ids {
            let stored = try store.article(idPrefix: id)
            let article = readingLayers(stored)
            if let since, (article.published ?? "") < since { continue }
            for quote in article.layers[QuoteLayer.self]?.quotes ?? [] {
                if let speakerKey, quote.speaker?.entity != speakerKey, quote.speaker?.name.lowercased() != speakerKey { continue }
                if let folded, !TextFold.matchKey(quote.text).contains(folded) { continue }
                lines.append(QuoteLine(
                    article: article.id, published: article.published, source: article.source.name, kind: quote.kind.rawValue,
                    text: quote.text, speaker: quote.speaker?.name, entity: quote.speaker?.entity))
            }
        }
        return lines.sorted { ($0.published ?? "") > ($1.published ?? "") }
    }
}
