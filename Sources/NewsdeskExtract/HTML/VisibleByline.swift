import Foundation
import NewsdeskText

/// A byline printed next to the headline without byline markup: "Posted by Ann Lee",
/// "Von: Björn Jahner", "Eingestellt von <span>der Michel</span>", "Posted on May 2, 2020
/// by Ann Lee". The last resort for authors, after structured data, meta tags and byline classes.
enum VisibleByline {
    /// Longest text node read, and longest element text around it (longer is running text).
    static let maxChars = 80
    static let maxParentChars = 160
    /// Nodes read past a label standing alone for the name: a label and a name in boxes of their
    /// own ("<div><p>By</p></div><div><p>Ann Lee</p></div>") are that far apart.
    static let labelReach = 8

    static func find(document: HTMLDocument, finder: HTMLContentFinder, near anchor: Int?) -> [String] {
        let nearby = TitleNeighbourhood.textNodes(document, finder: finder, near: anchor)
        for index in nearby {
            let names = names(document, finder, at: index, labelledOnly: false)
            if !names.isEmpty { return names }
        }
        // No label: a name that links to the writer's page ("<a href="/autoren/ann-lee">Ann Lee</a>").
        for index in nearby where linksToAuthorPage(document, index) {
            let names = authorLinkNames(document, finder, at: index)
            if !names.isEmpty { return names }
        }
        return []
    }

    /// The name a short author link shows, written as a name; not the hidden copy themes keep for
    /// search engines.
    private static func authorLinkNames(_ document: HTMLDocument, _ finder: HTMLContentFinder, at index: Int) -> [String] {
        let node = document.nodes[index]
        guard node.chars <= maxChars, finder.chars[Int(node.parent)] <= maxParentChars,
            !document.isWithin(Int(node.parent), flagged: .hidden)
        else { return [] }
        let names = MetadataResolver.authorNames(TitleNeighbourhood.text(document, index))
        guard (1...3).contains(names.count), names.allSatisfy(isCapitalised) else { return [] }
        return names
    }

    /// A labelled byline anywhere on the page, as post-meta lines under the article print it
    /// ("Von R. Roe am 3. Mai", "Author: <a>ann_lee</a> am 29.12.2010", "Text von Ann Lee"):
    /// the last resort. Comments, navigation, related links and ads are not read.
    static func findAnywhere(document: HTMLDocument, finder: HTMLContentFinder) -> [String] {
        let nodes = document.nodes
        for index in 1..<max(1, nodes.count) where nodes[index].tag == .text && nodes[index].chars >= 3 {
            guard opensLine(document, index), TitleNeighbourhood.usable(document, finder, index),
                !HTMLMetadata.inComments(document, index)
            else { continue }
            let names = names(document, finder, at: index, labelledOnly: true)
            if !names.isEmpty { return names }
        }
        return []
    }

    /// The names a short text node gives as a byline; `labelledOnly` leaves out the bylines
    /// known only by a date before them, which need the headline nearby.
    private static func names(_ document: HTMLDocument, _ finder: HTMLContentFinder, at index: Int, labelledOnly: Bool) -> [String] {
        let node = document.nodes[index]
        guard node.chars <= maxChars, finder.chars[Int(node.parent)] <= maxParentChars else { return [] }
        let text = TitleNeighbourhood.text(document, index)
        let bare = bareText(document, index)
        var candidate: String?
        if labels.contains(bare) {
            // The label alone; the name is the next text that is not a label too ("Eingestellt von
            // <span>X</span>", "Auteur : Auteur(s) : X").
            var next = index + 1
            let reach = min(document.nodes.count, index + labelReach)
            while next < reach,
                document.nodes[next].tag != .text || document.nodes[next].chars == 0 || labels.contains(bareText(document, next))
            {
                next += 1
            }
            if next < reach { candidate = TitleNeighbourhood.text(document, next) }
        } else if labels.contains(where: { startsWithLabel(bare, $0) }) || followsScreenReaderLabel(document, index) {
            candidate = text
        } else if labelledOnly {
            return []
        } else if bare.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), let name = afterLastMarker(text), startsWithDate(bare) {
            // "Posted on May 2, 2020 by Ann Lee", "06.11.2023 13:30 von Olga".
            candidate = name
        } else if let name = afterDate(text) {
            // "11.12.2019 - Ann Lee", "May 2, 2020 | Ann Lee".
            candidate = name
        }
        guard let candidate else { return [] }
        let names = MetadataResolver.authorNames(candidate)
        guard !names.isEmpty, names.count <= 3, names.allSatisfy({ $0.split(separator: " ").count <= 4 }) else { return [] }
        // Far from the headline only names written as names count ("By clicking here" is no byline).
        guard !labelledOnly || names.allSatisfy(isCapitalised) else { return [] }
        return names
    }

    private static let labels: Set<String> = [
        "posted by", "written by", "words by", "reported by", "eingestellt von", "erstellt von", "geschrieben von", "verfasst von",
        "veroffentlicht von", "publie par", "redige par", "ecrit par", "publicado por", "escrito por", "scritto da", "pubblicato da",
        "autor", "autorin", "author", "auteur", "autore", "von", "by", "par", "por", "door", "gespeichert von", "text von",
        "text by", "beitrag von", "ein artikel von", "artikel von", "autoren", "authors", "texto de", "a cura di", "published by",
        "auteur(s)", "author(s)", "autor(en)", "redaktion:", "interview", "ein interview von", "interview von", "ein kommentar von",
        "kommentar von", "ein gastbeitrag von", "gastbeitrag von",
    ]

    /// A text that opens its element, in no link and no heading but an author box's: a post-meta
    /// line rather than a teaser's link, a widget's title or a "von" inside a sentence.
    private static func opensLine(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        let parent = Int(nodes[index].parent)
        var previous = index - 1
        while previous > parent {
            if nodes[previous].tag == .text && nodes[previous].chars > 0 { return false }
            previous -= 1
        }
        switch nodes[parent].tag {
        case .a: return false
        case .h1, .h2, .h3, .h4, .h5, .h6:
            // A heading that is only the label ("Autor" over the name) is one too.
            let bare = TextFold.trim(TextFold.fold(TitleNeighbourhood.text(document, index)), extra: [":"])
            return nodes[parent].flags.contains(.byline) || labels.contains(String(bare))
        default: return true
        }
    }

    /// A name right after a label only screen readers get ("<span class=screen-reader-text>By
    /// </span><a>Ann Lee</a>"): themes hide the word but the name is labelled all the same.
    private static func followsScreenReaderLabel(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        guard !document.isWithin(Int(nodes[index].parent), flagged: .hidden) else { return false }
        var previous = index - 1
        while previous > max(0, index - 6) {
            if nodes[previous].tag == .text && nodes[previous].chars > 0 {
                return document.isWithin(Int(nodes[previous].parent), flagged: .hidden) && labels.contains(bareText(document, previous))
            }
            previous -= 1
        }
        return false
    }

    /// Path segments of the pages that list a writer's articles ("/author/ann-lee/",
    /// "/autoren/ann-lee-123"), as content systems lay them out in many languages.
    private static let authorPathSegments = [
        "/author/", "/authors/", "/autor/", "/autoren/", "/autorin/", "/auteur/", "/auteurs/", "/autore/", "/autori/", "/autores/",
        "/journalist/", "/journalisten/", "/redakteur/", "/redakteure/",
    ]

    /// Whether the text is (part of) a link, within a few levels, to a writer's page on the site.
    private static func linksToAuthorPage(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        for _ in 0..<4 where current > 0 {
            if nodes[current].tag == .a {
                guard let href = document.attribute(current, .href)?.lowercased() else { return false }
                return authorPathSegments.contains { href.containsBytes($0) }
            }
            current = Int(nodes[current].parent)
        }
        return false
    }

    /// A text folded, without the punctuation set around labels ("| By ", "Autor:").
    private static func bareText(_ document: HTMLDocument, _ index: Int) -> String {
        String(TextFold.trim(TextFold.fold(TitleNeighbourhood.text(document, index)), extra: [":", "|", "-", "–", "—", "·", "•"]))
    }

    private static func isCapitalised(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { $0.first?.isUppercase ?? false }
    }

    private static func startsWithLabel(_ bare: String, _ label: String) -> Bool {
        guard bare.hasPrefixBytes(label) else { return false }
        let rest = bare.utf8.dropFirst(label.utf8.count)
        guard let next = rest.first else { return false }
        return next == 0x20 || next == 0x3A  // space or colon
    }

    /// The text after the last " by ", " von ", " par " or " por " (any case).
    private static func afterLastMarker(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = bytes.count - 4
        while index > 0 {
            if bytes[index] == 0x20 {
                let word = bytes[(index + 1)..<min(bytes.count, index + 5)].map { $0 | 0x20 }
                if word.starts(with: Array("by ".utf8)) { return String(decoding: bytes[(index + 4)...], as: UTF8.self) }
                for marker in ["von ", "par ", "por "] where word.starts(with: Array(marker.utf8)) {
                    return String(decoding: bytes[(index + 5)...], as: UTF8.self)
                }
            }
            index -= 1
        }
        return nil
    }

    /// The person named after a date and a separator, when the rest reads as full names and every
    /// part before it holds figures ("02.11.2022 - Placebo - Stadthalle" lists an event, not a byline).
    private static func afterDate(_ text: String) -> String? {
        for separator in [" - ", " – ", " — ", " | ", " · ", " • "] {
            guard let range = text.rangeOfBytes(separator, backwards: true) else { continue }
            let name = String(text[range.upperBound...])
            let head = String(text[..<range.lowerBound])
            guard !name.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), DateNormalizer.normalize(head) != nil,
                head.components(separatedBy: separator).allSatisfy({ $0.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }),
                case let names = CreditLineParser.names(inByline: name), !names.isEmpty,
                // A single word after a date is a category or a place as often as a name.
                names.allSatisfy({ $0.contains(" ") })
            else { return nil }
            return name
        }
        return nil
    }

    private static func startsWithDate(_ bare: String) -> Bool {
        let head = String(bare.prefix(40))
        return DateNormalizer.normalize(head) != nil || ["posted on", "published on", "veroffentlicht am", "publie le"].contains { head.hasPrefix($0) }
    }
}
