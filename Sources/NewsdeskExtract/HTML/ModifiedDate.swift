import NewsdeskText

/// When the article was last updated: JSON-LD dateModified, the modified-time meta tags and
/// itemprops, a `<time>` labelled as an update, then a date-like element that opens with an
/// update label ("Aktualisiert am 3.5.2024"). An update dated before the publication is a
/// template's mistake and is dropped.
enum ModifiedDate {
    static func resolve(_ metadata: HTMLMetadata, published: String?) -> String? {
        guard let value = candidate(metadata) else { return nil }
        if let published, let day = DateNormalizer.dayNumber(ofISODate: value), let publishedDay = DateNormalizer.dayNumber(ofISODate: published),
            day < publishedDay
        {
            return nil
        }
        return value
    }

    static func candidate(_ metadata: HTMLMetadata) -> String? {
        if let value = metadata.jsonLD.dateModified.flatMap(DateNormalizer.normalize) { return value }
        for candidate in metadata.modifiedDates.sorted(by: { $0.priority < $1.priority }) {
            if let value = DateNormalizer.normalize(candidate.value) { return value }
        }
        for time in metadata.times where time.updated {
            if let value = DateNormalizer.normalize(time.value) { return value }
        }
        for text in metadata.dateTexts where UpdateLabel.opens(text.value) {
            if let value = DateNormalizer.normalize(text.value) { return value }
        }
        return nil
    }
}
