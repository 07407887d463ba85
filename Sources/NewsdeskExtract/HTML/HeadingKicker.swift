import NewsdeskText

/// A heading that opens with a kicker in its own classed element ("<h1><span class="kicker">
/// Klimaschutz</span><span>Bohren, bis es heiß wird</span></h1>"), or in a `<small>` (the
/// heading's secondary text by definition): the headline is the rest. A link or span that
/// wraps the whole heading is looked into.
enum HeadingKicker {
    /// Longest kicker, in characters.
    static let maxKickerChars = 80
    /// Wrappers looked into, at most.
    private static let maxDepth = 3

    /// The heading's text without its kicker, or nil when it has none.
    static func headline(_ document: HTMLDocument, finder: HTMLContentFinder, heading index: Int) -> String? {
        headline(document, finder: finder, in: index, depth: 0)
    }

    private static func headline(_ document: HTMLDocument, finder: HTMLContentFinder, in index: Int, depth: Int) -> String? {
        let nodes = document.nodes
        let end = Int(nodes[index].end)
        var child = index + 1
        var kicker = ""
        var element = 0
        // The first child with text must be a classed element or a <small>.
        while child < end {
            if nodes[child].tag == .text {
                if nodes[child].chars > 0 { return nil }
                child += 1
                continue
            }
            element = child
            child = Int(nodes[child].end)
            guard !nodes[element].tag.isDropped else { continue }  // an inline <style> prints nothing
            kicker = HTMLText.gather(document, finder: finder, element, limit: 200)
            if !kicker.isEmpty { break }
        }
        guard !kicker.isEmpty else { return nil }
        if !hasText(document, from: child, to: end) {
            // The element holds the whole heading: a wrapper, perhaps around a kicker.
            return depth < maxDepth ? headline(document, finder: finder, in: element, depth: depth + 1) : nil
        }
        guard nodes[element].tag == .small || document.attributeRange(element, .class) != nil, kicker.count <= maxKickerChars else { return nil }
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

    /// Whether any text node in `start..<end` prints something.
    private static func hasText(_ document: HTMLDocument, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let node = document.nodes[index]
            if node.tag == .text {
                if node.chars > 0 { return true }
                index += 1
            } else {
                index = node.tag.isDropped ? Int(node.end) : index + 1
            }
        }
        return false
    }
}
