/// A publication date printed next to the headline without any date markup ("<em>10.11.2021</em>"
/// under the h1, "Stand: 12.11.2021", "24. April 2020 | Berlin"): the last resort when the
/// page's metadata, `<time>` elements and date-classed elements say nothing.
enum Dateline {
    /// Longest text node that counts as a dateline, in non-space characters.
    static let maxChars = 60

    static func find(document: HTMLDocument, finder: HTMLContentFinder, near anchor: Int?) -> String? {
        for index in TitleNeighbourhood.textNodes(document, finder: finder, near: anchor) {
            guard document.nodes[index].chars >= 6, document.nodes[index].chars <= maxChars else { continue }
            let text = TitleNeighbourhood.text(document, index)
            if let value = DateNormalizer.normalize(text) ?? DateNormalizer.shortYear(text) { return value }
        }
        return nil
    }
}
