import NewsdeskText

/// The person a press release names as its contact ("<strong>Pressekontakt</strong><br>Ann
/// Lee<br>Pressesprecherin<br>Tel. …"), who answers for an unsigned release. The last resort for
/// authors, read only when nothing else names anyone.
enum PressContact {
    /// Nodes read past the label for the name.
    static let labelReach = 8

    /// Folded labels that head a contact block.
    private static let labels: Set<String> = [
        "pressekontakt", "presse-kontakt", "kontakt", "ansprechpartner", "ansprechpartnerin", "press contact", "media contact",
        "contact presse", "contacto de prensa",
    ]

    /// Byte strings one of which a label holds, to pass over other texts without decoding them.
    private static let labelWords: [StaticString] = ["ontakt", "ONTAKT", "ontact", "ONTACT", "nsprechpartner"]

    /// The person named right after a label standing alone in the article's content: the site's
    /// contact address in a footer or sidebar is the publisher's, and a menu's "Kontakt" link is
    /// followed by the next item.
    static func find(document: HTMLDocument, finder: HTMLContentFinder) -> [String] {
        let nodes = document.nodes
        for index in 1..<max(1, nodes.count) where nodes[index].tag == .text && (7...30).contains(Int(nodes[index].chars)) {
            guard !finder.insideHardDropped[index], mentionsLabel(document, index), !inLink(document, index) else { continue }
            let label = TextFold.trim(TextFold.fold(TitleNeighbourhood.text(document, index)), extra: [":"])
            guard labels.contains(String(label)) else { continue }
            var next = index + 1
            let reach = min(nodes.count, index + labelReach)
            while next < reach, nodes[next].tag != .text || nodes[next].chars == 0 { next += 1 }
            guard next < reach, !inLink(document, next) else { continue }
            let name = MetadataResolver.clean(TitleNeighbourhood.text(document, next))
            // A company's contact line ("Example Software GmbH") is no person's.
            if PersonName.isName(name), !PublisherNames.hasLegalForm(name), MetadataResolver.authorNames(name).count == 1 {
                return [name]
            }
        }
        return []
    }

    private static func mentionsLabel(_ document: HTMLDocument, _ index: Int) -> Bool {
        let range = document.textBytes(index)
        return document.bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[range])
            return labelWords.contains { word in
                ByteSearch.firstOffset(of: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount), in: text) != nil
            }
        }
    }

    private static func inLink(_ document: HTMLDocument, _ index: Int) -> Bool {
        let nodes = document.nodes
        var current = Int(nodes[index].parent)
        for _ in 0..<3 where current > 0 {
            if nodes[current].tag == .a { return true }
            current = Int(nodes[current].parent)
        }
        return false
    }
}
