import Foundation

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
        for index in TitleNeighbourhood.textNodes(document, finder: finder, near: anchor) {
            let chars = document.nodes[index].chars
            guard chars >= 6 else { continue }
            let text = TitleNeighbourhood.text(document, index)
            guard !UpdateLabel.opens(text) else { continue }  // dates the last change, not the publication
            if chars > maxChars {
                if let value = opening(text) { return value }
            } else if let value = DateNormalizer.normalize(text) ?? DateNormalizer.shortYear(text) {
                return value
            }
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
