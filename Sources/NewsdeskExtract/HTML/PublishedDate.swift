/// The article's publication date. Structured data and the publication meta tags come first;
/// weak declarations (a bare `<meta name="date">`, `DC.date`, often the day the page was
/// generated) give way to an earlier date the page shows; then `<time>` in the article, the
/// URL's date, date-like elements, a dateline by the headline and a labelled date anywhere
/// ("Veröffentlicht am …", "Published on …"). Dates labelled as updates are left to `modified`.
enum PublishedDate {
    /// Declared dates below this priority are the weak kind.
    private static let weakPriority = 3

    static func resolve(
        _ metadata: HTMLMetadata, containers: [Int], document: HTMLDocument, finder: HTMLContentFinder, titleNode: Int?, url: String?
    ) -> String? {
        let shown = ShownDate(metadata: metadata, containers: containers, document: document, finder: finder, titleNode: titleNode, url: url)
        guard let value = candidate(metadata, shown: shown) else { return nil }
        return publisherDay(value, metadata: metadata, url: url)
    }

    private static func candidate(_ metadata: HTMLMetadata, shown: ShownDate) -> String? {
        if let raw = metadata.jsonLD.datePublished, let value = DateNormalizer.normalize(raw) {
            return settled(raw, value, shown: shown)
        }
        for candidate in metadata.dates.sorted(by: { $0.priority < $1.priority }) {
            guard let value = DateNormalizer.normalize(candidate.value) else { continue }
            let declared = settled(candidate.value, value, shown: shown)
            guard candidate.priority >= weakPriority, let page = shown.close,
                let pageDay = DateNormalizer.dayNumber(page), let day = DateNormalizer.dayNumber(declared), pageDay < day
            else { return declared }
            return page
        }
        return shown.any
    }

    /// A declared day/month-ambiguous date ("11/01/2023") read the other way round when the
    /// page shows that reading.
    private static func settled(_ raw: String, _ value: String, shown: ShownDate) -> String {
        guard let other = DateNormalizer.otherReading(raw), let page = shown.close, page.hasPrefix(other) else { return value }
        return other
    }

    /// A time stamp given in UTC ("…T23:30:00Z") may fall on another calendar day than the one
    /// the publisher printed: when the URL or a date printed on the page names the day before
    /// or after, and the hour allows it, that day (the publisher's own) is the date.
    static func publisherDay(_ value: String, metadata: HTMLMetadata, url: String?) -> String {
        guard value.utf8.count > 13, value.utf8.last == 0x5A, let day = DateNormalizer.dayNumber(value),
            let hour = Int(value.dropFirst(11).prefix(2))
        else { return value }
        var evidence: [String] = []
        if let url, let date = DateNormalizer.fromURL(url) { evidence.append(date) }
        for text in metadata.dateTexts.prefix(4) {
            if let date = DateNormalizer.normalize(text.value), !date.hasSuffix("Z") { evidence.append(date) }
        }
        for date in evidence {
            guard let other = DateNormalizer.dayNumber(date) else { continue }
            // Zones east of UTC reach the next day from 14:00 UTC (UTC+10), zones west reach
            // back to the day before until 10:00 UTC (UTC-10); a page's "today" is no evidence.
            if other == day + 1 && hour >= 14 || other == day - 1 && hour < 10 { return String(date.prefix(10)) }
        }
        return value
    }
}

/// The publication dates the page itself shows. Times and texts labelled as updates are skipped.
struct ShownDate {
    let metadata: HTMLMetadata
    let containers: [Int]
    let document: HTMLDocument
    let finder: HTMLContentFinder
    let titleNode: Int?
    let url: String?

    /// What the article itself shows: a `<time datetime>` in it, the URL's date, a date-like
    /// element in it, a dateline by the headline. Evidence enough to overrule a weak declaration.
    var close: String? {
        for time in times where inArticle(time.node) {
            if let value = DateNormalizer.normalize(time.value) { return value }
        }
        if let url, let value = DateNormalizer.fromURL(url) { return value }
        for text in texts where inArticle(text.node) {
            if let value = DateNormalizer.normalize(text.value) { return value }
        }
        return Dateline.find(document: document, finder: finder, near: titleNode)
    }

    /// The best date the page shows when nothing is declared: `<time>` in the article, the URL's
    /// date, a date-like element in the article, then `<time>` and date-like elements anywhere (a
    /// sidebar's list of recent posts dates other articles), a dateline by the headline, a
    /// labelled date anywhere.
    var any: String? {
        let times = self.times
        for time in times where inArticle(time.node) {
            if let value = DateNormalizer.normalize(time.value) { return value }
        }
        if let url, let value = DateNormalizer.fromURL(url) { return value }
        let texts = self.texts
        for text in texts where inArticle(text.node) {
            if let value = DateNormalizer.normalize(text.value) { return value }
        }
        for time in times {
            if let value = DateNormalizer.normalize(time.value) { return value }
        }
        for text in texts {
            if let value = DateNormalizer.normalize(text.value) { return value }
        }
        return Dateline.find(document: document, finder: finder, near: titleNode) ?? LabelledDate.find(document: document, finder: finder)
    }

    private var times: [(node: Int, value: String, updated: Bool)] { metadata.times.filter { !$0.updated } }
    private var texts: [(node: Int, value: String)] { metadata.dateTexts.filter { !UpdateLabel.opens($0.value) } }

    private func inArticle(_ node: Int) -> Bool {
        containers.contains { node >= $0 && node < Int(document.nodes[$0].end) }
    }
}
