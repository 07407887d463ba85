import Foundation
import NewsdeskStore

/// An article of a list on one line: id prefix, publication date, language, source, title
/// (`list`, the recent articles of `entity`).
enum ArticleSummaryLine {
    static func render(_ summary: ArticleSummary) -> String {
        let date = summary.published.map { String($0.prefix(10)) } ?? "—"
        let source = summary.source ?? "—"
        return "\(summary.id.prefix(12))  \(date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(summary.language ?? "--")  \(source.padding(toLength: 18, withPad: " ", startingAt: 0))  \(summary.title ?? "(no title)")"
    }
}
