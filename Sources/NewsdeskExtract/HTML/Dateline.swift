import Foundation
import NewsdeskText

/// A publication date printed next to the headline without any date markup ("<em>10.11.2021</em>"
/// under the h1, "Stand: 12.11.2021", "24. April 2020 | Berlin", a first paragraph that opens
/// "29.11.2022 – Die Branche …"): the last resort when the page's metadata, `<time>` elements
/// and date-classed elements say nothing.
enum Dateline {
    /// Longest text node that counts as a dateline, in non-space characters.
    static let maxChars = 60
    /// Longest date that opens a longer text, in characters.
    static let maxOpeningChars = 30

    static func find(document: HTMLDocument, finder: HTMLContentFinder, near anchor: Int?) -> String? {
        if let anchor, anchor > 0, anchor < document.nodes.count, let value = inHeading(document, anchor) { return value }
        for index in TitleNeighbourhood.textNodes(document, finder: finder, near: anchor) {
            let chars = document.nodes[index].chars
            guard chars >= 6 else { continue }
            let text = TitleNeighbourhood.text(document, index)
            let value = chars > maxChars ? opening(text) : DateNormalizer.normalize(text) ?? DateNormalizer.shortYearDate(in: text)
            // Not one that dates the last change ("Aktualisiert: …", <span class="updated">).
            if let value, !UpdateLabel.datesAnUpdate(text), !UpdateLabel.isUpdate(document, index) { return value }
        }
        return nil
    }

    /// A date printed inside the heading after its headline ("<h1>Headline<br><small>02.02.2022
    /// • Verband</small></h1>"): a later text of the heading that opens with it.
    private static func inHeading(_ document: HTMLDocument, _ heading: Int) -> String? {
        let end = Int(document.nodes[heading].end)
        var index = heading + 1
        var afterHeadline = false
        while index < end {
            if document.nodes[index].tag == .text, document.nodes[index].chars > 0 {
                let text = TitleNeighbourhood.text(document, index)
                if afterHeadline, TextFold.trim(text).first?.isNumber == true, let value = DateNormalizer.normalize(text) { return value }
                afterHeadline = true
            }
            index += 1
        }
        return nil
    }

    /// The date a longer text opens with, set off by a dash, a bar or a bullet.
    static func opening(_ text: String) -> String? {
        let trimmed = TextFold.trim(text)
        guard let first = trimmed.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        for separator in [" – ", " - ", " — ", " | ", " • ", " · "] {
            guard let range = trimmed.range(of: separator),
                trimmed.distance(from: trimmed.startIndex, to: range.lowerBound) <= maxOpeningChars
            else { continue }
            if let value = DateNormalizer.normalize(String(trimmed[..<range.lowerBound])) { return value }
        }
        return nil
    }
}
