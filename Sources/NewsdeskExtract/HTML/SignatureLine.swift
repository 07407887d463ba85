/// An author who signs at the end of the article: a last paragraph that is only a name set in
/// bold or italics ("<p><b><i>Stefan Wasmer</i></b></p>"), as regional papers and review pages
/// print it, or a name in parentheses that closes the last paragraph ("… spannend. (Ann Lee)").
/// The last resort for authors, before a press release's contact (`PressContact`).
enum SignatureLine {
    /// Longest signature, in non-space characters.
    static let maxChars = 40
    /// Text nodes read back from the article's end.
    static let lookBack = 3

    /// Text nodes read back through the containers for a signature that closes the article's text
    /// before a sidebar kept with it.
    static let scanLimit = 500
    /// Shortest paragraph that counts as the article's prose before a signature.
    static let proseChars = 200

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
            if let block = emphasisedBlock(document, finder, index), !headsList(document, block), let name = signedName(document, index) {
                return [name]
            }
        }
        let closing = closingSignature(document, finder, containers)
        return closing.isEmpty ? PressContact.find(document: document, finder: finder) : closing
    }

    /// A signature that closes the element holding the article's paragraphs, right after its
    /// prose, when a sidebar kept in the same container (a news ticker, a second column) follows:
    /// "<div><p>…</p><p><b><i>Ann Lee</i></b></p></div><div class="ticker">…".
    private static func closingSignature(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ containers: [Int]) -> [String] {
        let nodes = document.nodes
        var read = 0
        for container in containers.sorted(by: >) {
            var index = Int(nodes[container].end) - 1
            while index > container && read < scanLimit {
                defer { index -= 1 }
                guard nodes[index].tag == .text, nodes[index].chars > 0 else { continue }
                read += 1
                guard !finder.insideHardDropped[index] else { continue }
                if let block = emphasisedBlock(document, finder, index), closesParent(document, block),
                    followsProse(document, finder, block), let name = signedName(document, index)
                {
                    return [name]
                }
                if let name = parenthesisedName(document, index), let paragraph = closedParagraph(document, index),
                    closesParent(document, paragraph)
                {
                    return [name]
                }
            }
        }
        return []
    }

    /// The name in parentheses that closes the last paragraph, as news desks sign a story ("… bleibt
    /// spannend. (Ann Lee)", "(Ann Lee) +++"); the marks after it are set off too.
    private static func parenthesisedName(_ document: HTMLDocument, _ index: Int) -> String? {
        guard document.nodes[index].chars <= maxChars + 10,
            document.bytes[document.textBytes(index)].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) == UInt8(ascii: "(")
        else { return nil }
        let text = MetadataResolver.clean(TitleNeighbourhood.text(document, index))
        let closed = text.prefix { $0 != ")" }
        guard closed.count < text.count, closed.first == "(",
            text.dropFirst(closed.count + 1).allSatisfy({ !$0.isLetter && !$0.isNumber })
        else { return nil }
        return personName(String(closed.dropFirst()))
    }

    /// The text when it is a person's name alone: two to four capitalised words, no figures.
    private static func signedName(_ document: HTMLDocument, _ index: Int) -> String? {
        guard document.nodes[index].chars <= maxChars else { return nil }
        return personName(MetadataResolver.clean(TitleNeighbourhood.text(document, index)))
    }

    private static func personName(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }),
            !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            CreditLineParser.names(inByline: text) == [text]
        else { return nil }
        return text
    }

    /// Whether no text follows the block inside its parent element.
    private static func closesParent(_ document: HTMLDocument, _ block: Int) -> Bool {
        nothingFollows(document, block, before: Int(document.nodes[Int(document.nodes[block].parent)].end))
    }

    /// The paragraph a text ends, within a few levels.
    private static func closedParagraph(_ document: HTMLDocument, _ index: Int) -> Int? {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        for _ in 0..<3 where current > 0 {
            if nodes[current].tag == .p { return nothingFollows(document, index, before: Int(nodes[current].end)) ? current : nil }
            current = Int(nodes[current].parent)
        }
        return nil
    }

    private static func nothingFollows(_ document: HTMLDocument, _ node: Int, before end: Int) -> Bool {
        let nodes = document.nodes
        var next = Int(nodes[node].end)
        while next < end {
            if nodes[next].tag == .text && nodes[next].chars > 0 { return false }
            next += 1
        }
        return true
    }

    /// Whether the text before the block is a paragraph of the article's prose.
    private static func followsProse(_ document: HTMLDocument, _ finder: HTMLContentFinder, _ block: Int) -> Bool {
        let nodes = document.nodes
        var previous = block - 1
        while previous > 0, !(nodes[previous].tag == .text && nodes[previous].chars > 0) { previous -= 1 }
        guard previous > 0 else { return false }
        var paragraph = Int(nodes[previous].parent)
        while paragraph > 0, nodes[paragraph].tag != .p && nodes[paragraph].tag != .div { paragraph = Int(nodes[paragraph].parent) }
        return paragraph > 0 && paragraph < block && finder.chars[paragraph] >= proseChars && !finder.insideHardDropped[paragraph]
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
