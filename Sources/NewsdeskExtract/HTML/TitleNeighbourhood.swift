/// The short texts around the headline, where pages print their dateline and byline without
/// markup: text nodes after the heading first, then the few before it (kickers, date lines above).
enum TitleNeighbourhood {
    static let after = 30
    static let before = 8
    /// Texts right after the headline that are read whatever their box is classed as.
    static let adjacent = 2

    /// Indices of the text nodes near `anchor`, nearest first after it, then nearest first
    /// before it; texts in comments, navigation, related links and ads are left out.
    static func textNodes(_ document: HTMLDocument, finder: HTMLContentFinder, near anchor: Int?) -> [Int] {
        guard let anchor, anchor > 0, anchor < document.nodes.count else { return [] }
        let nodes = document.nodes
        var result: [Int] = []
        var index = Int(nodes[anchor].end)
        var seen = 0
        while index < nodes.count && seen < after {
            if nodes[index].tag == .text, nodes[index].chars >= 2 {
                seen += 1
                // The first lines under the headline are its own even when their box is
                // classed like furniture ("teaser", "caption").
                if usable(document, finder, index) || seen <= adjacent && !hidden(document, index) { result.append(index) }
            }
            index += 1
        }
        seen = 0
        index = anchor - 1
        while index > 0 && seen < before {
            if nodes[index].tag == .text, nodes[index].chars >= 2 {
                seen += 1
                if usable(document, finder, index) { result.append(index) }
            }
            index -= 1
        }
        return result
    }

    /// Meta bars around the headline are often dropped as layout; comment threads, navigation,
    /// related links and ads never hold the article's own byline or date.
    static func usable(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ index: Int) -> Bool {
        guard finder.insideHardDropped[index] else { return true }
        let excluded: NodeFlags = [.comments, .navigation, .related, .ad, .hidden, .share]
        var current = Int(document.nodes[index].parent)
        var steps = 0
        while current > 0 && steps < 300 {
            let node = document.nodes[current]
            if !node.flags.isDisjoint(with: excluded) || node.tag == .nav || node.tag == .aside || node.tag == .footer { return false }
            current = Int(node.parent)
            steps += 1
        }
        return true
    }

    /// Inside an element hidden from readers.
    private static func hidden(_ document: HTMLDocument, _ index: Int) -> Bool {
        document.isWithin(Int(document.nodes[index].parent), flagged: .hidden)
    }

    static func text(_ document: HTMLDocument, _ index: Int) -> String {
        String(decoding: document.bytes[document.textBytes(index)], as: UTF8.self)
    }
}
