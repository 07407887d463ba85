import NewsdeskText

/// The article's publication date. Structured data and the publication meta tags come first;
/// weak declarations (a bare `<meta name="date">`, `DC.date`, often the day the page was
/// generated or last edited) give way to the date the article shows; then `<time>` in the article, the
/// URL's date, date-like elements, a dateline by the headline, a labelled date anywhere
/// ("Veröffentlicht am …", "Published on …"), a date in the title. Dates labelled as updates
/// are left to `modified`, unless the page gives no other.
enum PublishedDate {
    /// Declared dates below this priority are the weak kind.
    private static let weakPriority = 3

    /// `openingDate` is the date of a date line the body writer found above the article's text.
    static func resolve(
        _ metadata: HTMLMetadata, containers: [Int], document: HTMLDocument, finder: HTMLContentFinder, titleNode: Int?, url: String?,
        openingDate: String?
    ) -> String? {
        let shown = ShownDate(metadata: metadata, containers: containers, document: document, finder: finder, titleNode: titleNode, url: url)
        guard let value = candidate(metadata, shown: shown) ?? openingDate ?? lastResort(metadata, document: document, finder: finder)
        else { return nil }
        return publisherDay(value, metadata: metadata, url: url)
    }

    /// A labelled date anywhere, a date the page's title opens or ends with ("08.11.2021 |
    /// Fachtag"), then the last update: a page that dates nothing else ("Aktualisiert:
    /// 30.12.2016", a lone `article:modified_time`) was published by then.
    private static func lastResort(_ metadata: HTMLMetadata, document: HTMLDocument, finder: HTMLContentFinder) -> String? {
        let labelled = LabelledDate.find(document: document, finder: finder)
        return labelled.published ?? (metadata.ogTitle ?? metadata.titleTag).flatMap { MetadataResolver.titleDate(MetadataResolver.clean($0)) }
            ?? ModifiedDate.candidate(metadata) ?? labelled.updated
    }

    private static func candidate(_ metadata: HTMLMetadata, shown: ShownDate) -> String? {
        var declared: [(priority: Int, value: String)] = metadata.jsonLD.datePublished.map { [(0, $0)] } ?? []
        declared += metadata.dates.sorted(by: { $0.priority < $1.priority })
        guard let main = declared.firstIndex(where: { DateNormalizer.normalize($0.value) != nil }),
            let normalized = DateNormalizer.normalize(declared[main].value)
        else { return shown.any }
        let value = settled(declared[main].value, normalized, shown: shown)
        guard let day = DateNormalizer.dayNumber(ofISODate: value) else { return value }
        if declared[main].priority >= weakPriority {
            guard let page = shown.close, let pageDay = DateNormalizer.dayNumber(ofISODate: page), pageDay != day else { return value }
            return page
        }
        // Declarations that disagree (JSON-LD against the meta tags, or a modification date the
        // article prints as its date, republished): the one printed with the article.
        let others = declared[(main + 1)...].map(\.value) + [ModifiedDate.candidate(metadata)].compactMap { $0 }
        let candidates = others.compactMap(DateNormalizer.normalize).filter { DateNormalizer.dayNumber(ofISODate: $0) != day }
        guard !candidates.isEmpty, let printed = shown.printed, let printedDay = DateNormalizer.dayNumber(ofISODate: printed) else { return value }
        return candidates.first { DateNormalizer.dayNumber(ofISODate: $0) == printedDay } ?? value
    }

    /// A declared day/month-ambiguous date ("11/01/2023") read the other way round when the
    /// page shows that reading.
    private static func settled(_ raw: String, _ value: String, shown: ShownDate) -> String {
        guard let other = DateNormalizer.monthFirstReading(of: raw), let page = shown.close, page.hasPrefix(other) else { return value }
        return other
    }

    /// A time stamp given in UTC ("…T23:30:00Z") may fall on another calendar day than the one
    /// the publisher printed: when the URL or a date printed on the page (a `<time>`, a
    /// date-like element) names the day before or after, and the hour allows it, that day (the
    /// publisher's own) is the date. When the page also prints the stamp's own day, the stamp
    /// stands: the other day is then another article's (a next story loaded below, a sidebar).
    static func publisherDay(_ value: String, metadata: HTMLMetadata, url: String?) -> String {
        guard value.utf8.count > 13, value.utf8.last == 0x5A, let day = DateNormalizer.dayNumber(ofISODate: value),
            let hour = Int(value.dropFirst(11).prefix(2))
        else { return value }
        var evidence: [String] = []
        if let url, let date = DateNormalizer.date(inURL: url) { evidence.append(date) }
        let printed = metadata.times.lazy.filter { !$0.updated }.map(\.value).prefix(4) + metadata.dateTexts.prefix(4).map(\.value)
        for text in printed {
            if let date = DateNormalizer.normalize(text), !date.hasSuffix("Z") { evidence.append(date) }
        }
        let days = evidence.map(DateNormalizer.dayNumber(ofISODate:))
        guard !days.contains(day) else { return value }
        for (date, other) in zip(evidence, days) {
            // Zones east of UTC reach the next day from 14:00 UTC (UTC+10), zones west reach
            // back to the day before until 10:00 UTC (UTC-10); a page's "today" is no evidence.
            if other == day + 1 && hour >= 14 || other == day - 1 && hour < 10 { return String(date.prefix(10)) }
        }
        return value
    }
}
