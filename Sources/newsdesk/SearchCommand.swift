import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of stored articles, best matches first.",
        discussion: """
            Words must all appear (accents and case are ignored: Bielorussie finds Biélorussie). \
            Use "quotes" for a phrase, a trailing * for a prefix (negoci*), OR between \
            alternatives, NOT or -word to exclude, and parentheses to group. Matches in the title \
            count ten times as much as in the body (bm25). Chinese, Japanese and Korean words are \
            found inside running text. A query too broad to answer within a second is refused: \
            at most 64 words and phrases, 8 prefixes, and 2 letters before a *. A query matching \
            more than 5,000 articles is ranked among its 5,000 most recently stored matches.

            --entity keeps the articles that mention an entity, given by its exact id (Q184, \
            nd:name:jean-dupont) or by a name or alias seen (see newsdesk entity); repeated, \
            articles that mention each. With --entity or --about the query may be left out: \
            every article they keep is listed, most recently published first.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("at least one article matched"),
        ExitStatus.storeFailure,
        ExitStatus.notFound("no article matched, or --entity names no entity"),
        ExitStatus.Row(
            status: ExitCode.validationFailure.rawValue,
            meaning: "usage error: unknown option, bad value, a query that cannot be read, an --entity name that several entities share (they are listed with their ids)"),
    ])

    // Words that look like options ("-election": NOT election) are the query's, not options.
    @Argument(parsing: .allUnrecognized, help: "The query (may be left out with --entity or --about).")
    var query: [String] = []

    @OptionGroup var store: StoreOptions

    @Option(help: "Most results to show.")
    var limit: Int = 10

    @Option(help: "Results to skip: the next page starts at the previous --offset plus --limit.")
    var offset: Int = 0

    @Option(help: DateRangeOption.help)
    var about: DateRangeOption?

    @Option(help: ArgumentHelp(
        "Only articles that mention this entity: its id, or a name or alias seen. Repeat for articles that mention each.",
        valueName: "id-or-name"))
    var entity: [String] = []

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    func validate() throws {
        guard limit > 0, offset >= 0 else { throw ValidationError("--limit must be at least 1 and --offset at least 0") }
        if query.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) && entity.isEmpty && about == nil {
            throw ValidationError("give a query, --entity or --about")
        }
        // A single dash excludes a word; a double dash is an option this command does not have.
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            throw ValidationError("unknown option '\(unknown)'")
        }
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        let hits = try reportingStoreErrors { () throws(StoreError) in
            let entities = try entity.map { reference throws(StoreError) in
                KeyRange.exactly(try EntityReference.resolve(reference, in: articleStore).id, kind: StoredEntity.layerKind)
            }
            return try articleStore.search(
                SearchQuery(query.joined(separator: " "), limit: limit, offset: offset, filters: entities + [about?.keyRange].compactMap(\.self)))
        }
        switch format {
        case .json:
            try Output.json(hits.map(SearchHitJSON.init), pretty: true)
        case .table:
            let highlight = Output.isTerminal(1) ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
            for hit in hits {
                let date = hit.published.map { String($0.prefix(10)) } ?? "—"
                Output.line("\(hit.id.prefix(12))  \(date)  \(hit.language ?? "--")  \(hit.source ?? "—")  \(hit.title ?? "(no title)")")
                Output.line("    " + render(hit.snippet, open: highlight.0, close: highlight.1))
            }
            if hits.isEmpty { Output.error("no results") }
        }
        Output.flush()
        if hits.isEmpty { throw ExitStatus.notFound }
    }

    private func render(_ marked: MarkedText, open: String, close: String) -> String {
        var result = ""
        var position = 0
        let bytes = Array(marked.text.utf8)
        for mark in marked.marks {
            result += String(decoding: bytes[position..<mark.lowerBound], as: UTF8.self)
            result += open + String(decoding: bytes[mark], as: UTF8.self) + close
            position = mark.upperBound
        }
        result += String(decoding: bytes[position...], as: UTF8.self)
        return result.replacingOccurrences(of: "\n", with: " ")
    }
}

enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// A search hit in JSON; highlight offsets count Unicode scalars in `snippet`.
struct SearchHitJSON: Encodable {
    var id: String
    var title: String?
    var source: String?
    var published: String?
    var language: String?
    var score: Double
    var snippet: String
    var highlights: [[Int]]

    init(_ hit: SearchHit) {
        id = hit.id
        title = hit.title
        source = hit.source
        published = hit.published
        language = hit.language
        score = (hit.score * 1000).rounded() / 1000
        snippet = hit.snippet.text
        let map = ScalarOffsetMap(hit.snippet.text)
        highlights = hit.snippet.marks.map { [map.scalarOffset(ofUTF8: $0.lowerBound), map.scalarOffset(ofUTF8: $0.upperBound)] }
    }
}
