import Foundation
import NewsdeskStore

/// What `newsdesk entity` tells about one entity: who or what it is, how its mentions were
/// written, when articles named it, who is named with it, its latest articles, and what it
/// said (the latest quotes with it as speaker).
struct EntityProfile: TextReport {
    /// The most aliases, companions and recent articles shown.
    static let aliasLimit = 30
    static let companionLimit = 10
    static let recentLimit = 10
    /// Quotes are read from this many of the articles that quote it, most recent first.
    static let quoteArticles = 5
    /// Companions are counted over this many of the entity's most recent articles (bounded work).
    static let companionWindow = 500

    struct LanguageCount: Encodable, Equatable {
        var language: String
        var mentions: Int
    }

    var entity: StoredEntity
    var aliases: [EntityAlias]
    /// Mentions per article language, most first (from the aliases).
    var languages: [LanguageCount]
    var months: [MonthCount]
    var companions: [StoredEntity]
    var recent: [ArticleSummary]
    var quotes: [QuoteLine]

    init(_ entity: StoredEntity, store: some EntityStoring & AnnotationStoring & SearchStoring & ArticleStoring) throws(StoreError) {
        self.entity = entity
        aliases = try store.aliases(of: entity.id, limit: Int.max)
        var perLanguage: [String: Int] = [:]
        for alias in aliases { perLanguage[alias.language, default: 0] += alias.mentions }
        languages = perLanguage.map { LanguageCount(language: $0.key, mentions: $0.value) }
            .sorted { ($0.mentions, $1.language) > ($1.mentions, $0.language) }
        aliases = Array(aliases.prefix(Self.aliasLimit))
        months = try store.monthlyArticles(of: entity.id)
        companions = try store.companions(of: entity.id, recentArticles: Self.companionWindow, limit: Self.companionLimit)
        recent = try store.articles(
            kind: StoredEntity.layerKind, key: entity.id, publishedFrom: nil, publishedTo: nil, limit: Self.recentLimit)
        quotes = try QuoteLine.collect(from: store, speakerKey: entity.id, words: nil, since: nil, limit: Self.quoteArticles)
    }

    private enum CodingKeys: String, CodingKey {
        case id, type, name, wikidata, geonames, firstSeen, articles, mentions, aliases, languages, months, companions, recent, quotes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entity.id, forKey: .id)
        try container.encode(entity.type, forKey: .type)
        try container.encode(entity.name, forKey: .name)
        try container.encode(entity.wikidata, forKey: .wikidata)
        try container.encode(entity.geonames, forKey: .geonames)
        try container.encode(entity.firstSeen, forKey: .firstSeen)
        try container.encode(entity.articles, forKey: .articles)
        try container.encode(entity.mentions, forKey: .mentions)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(languages, forKey: .languages)
        try container.encode(months, forKey: .months)
        try container.encode(companions, forKey: .companions)
        try container.encode(recent, forKey: .recent)
        try container.encode(quotes, forKey: .quotes)
    }

    /// One line per alias text, most mentioned first, with its mentions per language.
    static func aliasLines(_ aliases: [EntityAlias]) -> [String] {
        var order: [String] = []
        var perText: [String: [EntityAlias]] = [:]
        for alias in aliases {
            if perText[alias.text] == nil { order.append(alias.text) }
            perText[alias.text, default: []].append(alias)
        }
        let total = { (text: String) in perText[text, default: []].reduce(0) { $0 + $1.mentions } }
        return order.enumerated().sorted { (total($0.element), $1.offset) > (total($1.element), $0.offset) }.map { _, text in
            let languages = perText[text, default: []].map { "\($0.language) \($0.mentions)" }.joined(separator: ", ")
            return "  \(text)  \(total(text))  (\(languages))"
        }
    }

    /// For reading in a terminal.
    var text: String {
        var lines = ["\(entity.name)  (\(entity.type))"]
        lines.append(String(repeating: "=", count: min(max(lines[0].count, 10), 80)))
        lines.append("id          \(entity.id)")
        lines.append("wikidata    \(entity.wikidata ?? "—")")
        if let geonames = entity.geonames { lines.append("geonames    \(geonames)") }
        lines.append("articles    \(entity.articles) (\(entity.mentions) mentions)")
        lines.append("first seen  \(entity.firstSeen)")
        lines.append("languages   " + (languages.isEmpty ? "—" : languages.map { "\($0.language) \($0.mentions)" }.joined(separator: ", ")))
        lines.append("")
        lines.append("aliases:")
        lines += Self.aliasLines(aliases)
        lines.append("")
        lines.append("articles by month:")
        let most = months.map(\.articles).max() ?? 1
        lines += months.map { month in
            let bar = String(repeating: "█", count: max(1, month.articles * 40 / max(most, 1)))
            return "  \((month.month ?? "undated").padding(toLength: 7, withPad: " ", startingAt: 0))  \(bar) \(month.articles)"
        }
        lines.append("")
        lines.append("seen with (articles in common, of its \(Self.companionWindow) most recent):")
        if !companions.isEmpty { lines.append("  " + EntityTable.header) }
        lines += EntityTable.lines(companions, indent: "  ")
        lines.append("")
        lines.append("recent articles:")
        lines += recent.map { "  " + ArticleSummaryLine.render($0) }
        if !quotes.isEmpty {
            lines.append("")
            lines.append("quotes (of its \(Self.quoteArticles) most recent quoting articles):")
            lines += quotes.map { "  " + $0.tableText.replacingOccurrences(of: "\n", with: "\n  ") }
        }
        return lines.joined(separator: "\n")
    }
}
