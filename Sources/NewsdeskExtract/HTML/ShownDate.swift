import NewsdeskText

/// The publication dates the page itself shows. Times and texts labelled as updates are skipped.
struct ShownDate {
    let metadata: HTMLMetadata
    let containers: [Int]
    let document: HTMLDocument
    let finder: HTMLContentFinder
    let titleNode: Int?
    let url: String?
    private let times: [(node: Int, value: String, updated: Bool)]
    private let texts: [(node: Int, value: String)]

    init(metadata: HTMLMetadata, containers: [Int], document: HTMLDocument, finder: HTMLContentFinder, titleNode: Int?, url: String?) {
        self.metadata = metadata
        self.containers = containers
        self.document = document
        self.finder = finder
        self.titleNode = titleNode
        self.url = url
        times = metadata.times.filter { !$0.updated }
        texts = metadata.dateTexts.filter { !UpdateLabel.opens($0.value) && !UpdateLabel.marks(document, $0.node) }
    }

    /// What the article itself shows: a `<time datetime>` in it, the URL's date, a date-like
    /// element in it, a dateline by the headline. Evidence enough to overrule a weak declaration.
    var close: String? {
        timeInArticle(shown: false) ?? url.flatMap(DateNormalizer.date(inURL:)) ?? textInArticle
            ?? Dateline.find(document: document, finder: finder, near: titleNode)
    }

    /// What a reader sees printed with the article: `close` without the URL and empty `<time>`s.
    var printed: String? {
        timeInArticle(shown: true) ?? textInArticle ?? Dateline.find(document: document, finder: finder, near: titleNode)
    }

    private func timeInArticle(shown: Bool) -> String? {
        times.lazy.filter { inArticle($0.node) && (!shown || printsText($0.node)) }.compactMap { DateNormalizer.normalize($0.value) }.first
    }

    private func printsText(_ node: Int) -> Bool {
        let nodes = document.nodes
        return ((node + 1)..<Int(nodes[node].end)).contains { nodes[$0].tag == .text && nodes[$0].chars > 0 }
    }

    private var textInArticle: String? {
        texts.lazy.filter { inArticle($0.node) }.compactMap { DateNormalizer.normalize($0.value) }.first
    }

    /// The best date the page shows when nothing is declared: `<time>` in the article, the URL's
    /// date, a date-like element in the article, then `<time>` and date-like elements anywhere (a
    /// sidebar's list of recent posts dates other articles), a dateline by the headline.
    var any: String? {
        timeInArticle(shown: false) ?? url.flatMap(DateNormalizer.date(inURL:)) ?? textInArticle
            ?? times.lazy.compactMap { DateNormalizer.normalize($0.value) }.first
            ?? texts.lazy.compactMap { DateNormalizer.normalize($0.value) }.first
            ?? Dateline.find(document: document, finder: finder, near: titleNode)
    }

    /// In the article, or between its headline and its body, where the dateline stands.
    private func inArticle(_ node: Int) -> Bool {
        if let titleNode, let body = containers.min(), titleNode < node, node < body { return true }
        return containers.contains { node >= $0 && node < Int(document.nodes[$0].end) }
    }
}
