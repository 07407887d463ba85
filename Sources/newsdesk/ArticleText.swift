import NewsdeskCore
import NewsdeskEntities
import NewsdeskText

/// An article rendered for reading in a terminal.
enum ArticleText {
    static func render(_ article: Article, origin: String? = nil) -> String {
        var lines: [String] = []
        lines.append(article.title ?? "(no title)")
        lines.append(String(repeating: "=", count: min(max((article.title ?? "").count, 10), 80)))
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append("\(name): \(value)") }
        }
        field("id", article.id)
        field("source", [article.source.name, article.source.domain].compactMap { $0 }.joined(separator: " · "))
        field("url", article.url)
        field("authors", article.authors.joined(separator: ", "))
        field("published", article.published)
        field("modified", article.modified)
        field("language", article.language)
        field("credits", article.credits.map(\.text).joined(separator: " | "))
        field("encoding", article.encoding)
        field("copy of", article.duplicateOf)
        field("story", article.story)
        field("storyline", article.storyline)
        field("origin", origin)
        lines.append("")
        for paragraph in article.paragraphs {
            let text = String(article.text[utf8: paragraph.span])
            switch paragraph.kind {
            case .heading: lines.append("## " + text)
            case .quote: lines.append("> " + text)
            case .standfirst: lines.append("**" + text + "**")
            case .list, .paragraph: lines.append(text)
            }
            lines.append("")
        }
        if let times = article.layers[TimeLayer.self], !times.expressions.isEmpty {
            lines.append("times (\(times.expressions.count)):")
            for time in times.expressions {
                let modifier = time.modifier.map { " \($0.rawValue)" } ?? ""
                lines.append("  \(time.value)\(modifier)  \(time.kind.rawValue)  \"\(time.text)\"")
            }
            lines.append("")
        }
        if let entities = article.layers[EntityLayer.self], !entities.mentions.isEmpty {
            lines += MentionLines.render(entities)
            lines.append("")
        }
        if !article.removed.isEmpty {
            lines.append("removed (\(article.removed.count)):")
            for removal in article.removed {
                lines.append("  [\(removal.reason)] \(removal.text.prefix(100))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
