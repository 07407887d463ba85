import NewsdeskText

/// A publication date printed with a label anywhere on the page, often in a post-meta line
/// under the article or a footer block ("Veröffentlicht am 12.03.2024", "Erschienen am:
/// <b>01.11.2023</b>", "Published on May 2, 2020", "Publié le 6 mai 2025"): the last resort
/// for `published`. Comments, navigation, related links and ads are not read.
enum LabelledDate {
    /// Longest text read, in non-space characters.
    static let maxChars = 100

    /// Folded labels that introduce a publication date.
    static let publicationLabels = [
        "veroffentlicht am", "veroffentlicht", "veroffentlichung", "erschienen am", "erschienen", "publiziert am", "datum",
        "published on", "published", "posted on", "date", "publie le", "publie", "publicado el", "publicado", "fecha",
        "pubblicato il", "pubblicato", "data", "gepubliceerd op", "opublikowano",
    ]

    /// The first date on the page that a publication label introduces, and the first that an
    /// update label introduces ("Aktualisiert: 30.12.2016"), read in the same pass.
    static func find(document: HTMLDocument, finder: HTMLContentFinder) -> (published: String?, updated: String?) {
        let nodes = document.nodes
        var updated: String?
        var index = 1
        while index < nodes.count {
            defer { index += 1 }
            let node = nodes[index]
            guard node.tag == .text, node.chars >= 4, node.chars <= maxChars, startsWithLetter(document, index) else { continue }
            let folded = fold(TitleNeighbourhood.text(document, index))
            let published = rest(of: folded, after: publicationLabels)
            guard let rest = published ?? (updated == nil ? rest(of: folded, after: UpdateLabel.labels) : nil),
                TitleNeighbourhood.usable(document, finder, index), let value = date(after: rest, document, index)
            else { continue }
            if published != nil { return (value, updated) }
            updated = value
        }
        return (nil, updated)
    }

    /// The date in the rest of a label's text, or in the next text ("<b>Datum:</b> 2.5.2024",
    /// "<b>Aktualisiert am</b> 17.01.2021").
    private static func date(after rest: String, _ document: HTMLDocument, _ index: Int) -> String? {
        if let value = DateNormalizer.normalize(rest) { return value }
        let between = TextFold.trim(rest, extra: [":"])
        guard between.isEmpty || UpdateLabel.particles.contains(String(between)), let next = nextText(document, after: index) else { return nil }
        return DateNormalizer.normalize(TitleNeighbourhood.text(document, next))
    }

    /// The text after a publication label it opens with, or nil.
    static func afterLabel(_ text: String) -> String? {
        rest(of: fold(text), after: publicationLabels)
    }

    private static func fold(_ text: String) -> String {
        TextFold.fold(TextFold.trim(text, extra: ["|", "·", "•", "-", "–", "—", "("]))
    }

    private static func rest(of folded: String, after labels: [String]) -> String? {
        for label in labels where folded.hasPrefixBytes(label) {
            let rest = folded.utf8.dropFirst(label.utf8.count)
            guard let next = rest.first, next == 0x20 || next == 0x3A else { continue }  // a word of its own
            return String(decoding: rest, as: UTF8.self)
        }
        return nil
    }

    private static func startsWithLetter(_ document: HTMLDocument, _ index: Int) -> Bool {
        let range = document.textBytes(index)
        guard let first = document.bytes[range].first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }) else { return false }
        return first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A
    }

    /// The next non-empty text node within a few nodes.
    private static func nextText(_ document: HTMLDocument, after index: Int) -> Int? {
        let limit = min(document.nodes.count, index + 6)
        var next = index + 1
        while next < limit {
            if document.nodes[next].tag == .text, document.nodes[next].chars > 0 { return next }
            next += 1
        }
        return nil
    }
}
