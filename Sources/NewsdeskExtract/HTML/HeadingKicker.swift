/// A heading that opens with a kicker in its own classed element ("<h1><span class="kicker">
/// Klimaschutz</span><span>Bohren, bis es heiß wird</span></h1>"): the headline is the rest.
enum HeadingKicker {
    /// Longest kicker, in characters.
    static let maxKickerChars = 80

    /// The heading's text without its kicker, or nil when it has none.
    static func headline(_ document: HTMLDocument, finder: HTMLContentFinder, heading index: Int) -> String? {
        let nodes = document.nodes
        let end = Int(nodes[index].end)
        var child = index + 1
        var kicker = ""
        // The first child with text must be a classed element.
        while child < end {
            if nodes[child].tag == .text {
                if nodes[child].chars > 0 { return nil }
                child += 1
                continue
            }
            kicker = HTMLText.gather(document, finder: finder, child, limit: 200)
            let element = child
            child = Int(nodes[child].end)
            if !kicker.isEmpty {
                guard document.attributeRange(element, .class) != nil else { return nil }
                break
            }
        }
        guard !kicker.isEmpty, kicker.count <= maxKickerChars else { return nil }
        var parts: [String] = []
        while child < end {
            if nodes[child].tag == .text {
                parts.append(TitleNeighbourhood.text(document, child))
                child += 1
            } else {
                parts.append(HTMLText.gather(document, finder: finder, child, limit: 600))
                child = Int(nodes[child].end)
            }
        }
        let rest = String(TextFold.trim(MetadataResolver.clean(parts.joined(separator: " ")), extra: [":", "|", "-", "–", "—", "·", "•"]))
        guard rest.count > kicker.count, rest.split(separator: " ").count >= 2 else { return nil }
        return rest
    }
}
