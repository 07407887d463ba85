// TEMPORARY debugging probe, never committed.
@testable import NewsdeskExtract
import NewsdeskCore
import Foundation
import Testing

@Test func zzDebugProbe() throws {
    guard let file = ProcessInfo.processInfo.environment["PROBE_FILE"], let snippet = ProcessInfo.processInfo.environment["PROBE_SNIPPET"] else { return }
    let raw = try Data(contentsOf: URL(fileURLWithPath: file))
    let html = String(decoding: raw, as: UTF8.self)
    let builder = HTMLTreeBuilder(maxDepth: 256)
    NativeHTMLParser().parse(html, into: builder)
    let document = builder.finish()
    for h in document.nodes.indices where document.nodes[h].tag == .h1 { print("h1", h) }
    print("nodes", document.nodes.count, "chars", document.totalChars, "bytes", document.bytes.count)
    if let last = document.nodes.indices.last(where: { document.nodes[$0].tag == .text }) { print("last text:", String(decoding: document.bytes[document.textBytes(last)], as: UTF8.self).prefix(200)) }
    for relaxed in [false, true] {
        let finder = HTMLContentFinder(document: document, relaxed: relaxed)
        print("relaxed", relaxed, "containers", finder.selectContainers().map { "\($0) \(document.nodes[$0].tag) score \(finder.scores[$0])" })
        let ranked = document.nodes.indices.filter { finder.scores[$0] != 0 && !finder.insideDropped[$0] }.sorted { finder.scores[$0] > finder.scores[$1] }.prefix(6)
        for r in ranked { print("  top", r, document.nodes[r].tag, document.attribute(r, .class) ?? "", finder.scores[r], "end", document.nodes[r].end) }
        let headline = ProcessInfo.processInfo.environment["PROBE_HEADLINE"].flatMap { Int($0) }
        if let n = ProcessInfo.processInfo.environment["PROBE_NODE"].flatMap({ Int($0) }) {
            var c = n + 1
            while c < Int(document.nodes[n].end) {
                let t = document.nodes[c].tag == .text ? String(decoding: document.bytes[document.textBytes(c)], as: UTF8.self).prefix(60) : ""
                print("   child", c, document.nodes[c].tag, document.attribute(c, .class) ?? "", "drop", finder.dropReason[c], "chars", finder.chars[c], t)
                c = Int(document.nodes[c].end)
            }
        }
        for c in finder.selectContainers(headline: headline) { print("  container", c, document.nodes[c].tag, document.attribute(c, .class) ?? "", document.attribute(c, .itemprop) ?? "", "flags", document.nodes[c].flags.rawValue, "chars", finder.chars[c], "parent", document.nodes[c].parent) }
        for index in document.nodes.indices where document.nodes[index].tag == .text {
            let text = String(decoding: document.bytes[document.textBytes(index)], as: UTF8.self)
            guard text.contains(snippet) else { continue }
            var chain: [Int] = []
            var node = Int(document.nodes[index].parent)
            while node > 0 { chain.append(node); node = Int(document.nodes[node].parent) }
            for n in chain.reversed() {
                print("  \(n) \(document.nodes[n].tag) \(document.attribute(n, .class) ?? "") drop=\(finder.dropReason[n]) chars=\(finder.chars[n]) para=\(finder.paragraphChars[n]) score=\(finder.scores[n]) flags=\(document.nodes[n].flags.rawValue)")
            }
            break
        }
    }
}

@Test func zzCaptionProbe() {
    for text in ["Cristina Kirchner y Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha Pisarenko/Pool via REUTERS).",
                 "Die CAE GmbH wird Nachwuchspiloten und -pilotinnen der Luftwaffe in Bremen auf DA42 und DA40 ausbilden. © CAE"] {
        let found = CreditLineParser.imageCredit(inCaption: text)
        print("CAPTION", found?.credit.text ?? "nil", "|", found?.caption ?? "")
    }
}
@Test func zzFoldProbe() { print("FOLD", TextFold.fold("Źródło: ISBnews"), TextFold.fold("Lesen Sie auch die folgenden Beiträge:")) }
