/// An author who signs at the end of the article: a last paragraph that is only a name set in
/// bold or italics ("<p><b><i>Stefan Wasmer</i></b></p>"), as regional papers and review pages
/// print it. The last resort for authors.
enum SignatureLine {
    /// Longest signature, in non-space characters.
    static let maxChars = 40
    /// Text nodes read back from the article's end.
    static let lookBack = 3

    static func find(document: HTMLDocument, finder: HTMLContentFinder, containers: [Int]) -> [String] {
        let nodes = document.nodes
        guard let last = containers.max() else { return [] }
        var index = Int(nodes[last].end) - 1
        var seen = 0
        while index > last && seen < lookBack {
            defer { index -= 1 }
            // Related links and widgets kept inside the article's element are not its end.
            guard nodes[index].tag == .text, nodes[index].chars > 0, !finder.insideHardDropped[index] else { continue }
            seen += 1
            guard nodes[index].chars <= maxChars, let block = emphasisedBlock(document, finder, index),
                !headsList(document, block)
            else { continue }
            let text = MetadataResolver.clean(TitleNeighbourhood.text(document, index))
            let words = text.split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }),
                !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                CreditLineParser.names(inByline: text) == [text]
            else { continue }
            return [text]
        }
        return []
    }

    /// The paragraph the text is all of, when the text is set in b, strong, i or em.
    private static func emphasisedBlock(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ index: Int) -> Int? {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        var emphasised = false
        var steps = 0
        while current > 0 && steps < 4 {
            switch nodes[current].tag {
            case .b, .strong, .i, .em: emphasised = true
            case .p, .div: return emphasised && finder.chars[current] == nodes[index].chars ? current : nil
            default: break
            }
            current = Int(nodes[current].parent)
            steps += 1
        }
        return nil
    }

    /// Whether a list follows the block: an emphasised line over links ("Weitere Informationen")
    /// is the list's heading, not a signature.
    private static func headsList(_ document: HTMLDocument, _ block: Int) -> Bool {
        let nodes = document.nodes
        var next = Int(nodes[block].end)
        while next < nodes.count, nodes[next].tag == .text, nodes[next].chars == 0 { next += 1 }
        return next < nodes.count && (nodes[next].tag == .ul || nodes[next].tag == .ol)
    }
}
