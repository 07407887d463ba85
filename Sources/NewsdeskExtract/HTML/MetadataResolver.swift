import Foundation
import NewsdeskCore

/// Decides the article's metadata from the candidates a page offers.
enum MetadataResolver {
    // MARK: - URL, domain, source

    static func url(context: DocumentContext, metadata: HTMLMetadata) -> String? {
        if let url = context.url, !url.isEmpty { return url }
        let base = [metadata.ogURL, metadata.jsonLD.url].compactMap { $0 }.first(where: isAbsolute)
        if let canonical = metadata.canonical?.htmlTrimmed, !canonical.isEmpty {
            if isAbsolute(canonical) { return canonical }
            if let base, let baseURL = URL(string: base), let resolved = URL(string: canonical, relativeTo: baseURL) {
                return resolved.absoluteString
            }
        }
        return base
    }

    private static func isAbsolute(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://")
    }

    /// The host of a URL, lower-cased, without "www.".
    static func domain(of url: String) -> String? {
        URLParts.domain(url.htmlTrimmed)
    }

    static func sourceName(_ metadata: HTMLMetadata) -> String? {
        for candidate in [metadata.siteName, metadata.jsonLD.publisherName, metadata.applicationName] {
            if let value = candidate.map(clean), !value.isEmpty, value.count < 100 { return value }
        }
        return nil
    }

    // MARK: - Title

    /// JSON-LD headline, og:title, twitter:title and <title> (site name stripped), checked
    /// against the <h1>: the h1 wins when it matches a candidate or when the candidates disagree.
    static func title(_ metadata: HTMLMetadata, siteName: String?, domain: String?) -> String? {
        let site = [siteName, metadata.siteName, metadata.jsonLD.publisherName].compactMap { $0 }
        let strip = { (text: String?) -> String? in
            guard let text else { return nil }
            let cleaned = stripSiteName(clean(text), siteNames: site, domain: domain)
            return cleaned.isEmpty ? nil : cleaned
        }
        let tagTitle = strip(metadata.titleTag)
        let candidates = [strip(metadata.jsonLD.headline), strip(metadata.ogTitle), strip(metadata.twitterTitle), tagTitle]
            .compactMap { $0 }
        let h1s = metadata.h1s.map(clean).filter { !$0.isEmpty && $0.count < 400 }
        for h1 in h1s {
            if candidates.contains(where: { TitleMatching.same($0, h1) }) { return h1 }
        }
        // The h1 inside a longer <title> ("Headline - Section - Site").
        if let raw = metadata.titleTag.map(clean), let h1 = h1s.first {
            let key = TitleMatching.key(h1)
            if key.count >= 10, TitleMatching.key(raw).contains(key) { return h1 }
        }
        guard let first = candidates.first else { return h1s.first }
        let keys = Set(candidates.map(TitleMatching.key))
        if keys.count > 1, let h1 = h1s.first { return h1 }
        return first
    }

    /// Removes a site name prefix or suffix: "Title - Site", "Site | Title", "Title :: Site".
    static func stripSiteName(_ title: String, siteNames: [String], domain: String?) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " ~ "]
        var segments: [String] = []
        var separatorsFound: [String] = []
        var rest = Substring(title)
        while true {
            var best: (Range<Substring.Index>, String)?
            for separator in separators {
                if let range = rest.range(of: separator), best.map({ range.lowerBound < $0.0.lowerBound }) ?? true {
                    best = (range, separator)
                }
            }
            guard let (range, separator) = best else { break }
            segments.append(String(rest[..<range.lowerBound]))
            separatorsFound.append(separator)
            rest = rest[range.upperBound...]
        }
        segments.append(String(rest))
        guard segments.count > 1 else { return title }
        let siteKeys = siteNames.map(TitleMatching.key).filter { !$0.isEmpty }
        let domainKey = domain.map { TitleMatching.key(String($0.split(separator: ".").dropLast().joined())) } ?? ""
        func isSite(_ segment: String) -> Bool {
            let key = TitleMatching.key(segment)
            guard !key.isEmpty else { return false }
            if siteKeys.contains(where: { $0 == key || (key.count >= 4 && ($0.contains(key) || key.contains($0))) }) { return true }
            if domainKey.count >= 3 && (key.contains(domainKey) || domainKey.contains(key)) && key.count >= 3 { return true }
            return false
        }
        var kept = segments
        var keptSeparators = separatorsFound
        var changed = false
        while kept.count > 1, isSite(kept[kept.count - 1]) {
            kept.removeLast()
            keptSeparators.removeLast()
            changed = true
        }
        while kept.count > 1, isSite(kept[0]) {
            kept.removeFirst()
            keptSeparators.removeFirst()
            changed = true
        }
        if !changed {
            // No known site name: a short last segment after " | ", " - ", " :: " is one.
            let last = kept[kept.count - 1]
            let words = last.split(separator: " ").count
            let head = kept.dropLast().joined(separator: " ")
            let separator = keptSeparators.last ?? ""
            if words <= 4, last.count <= 40, head.split(separator: " ").count >= 3,
                [" | ", " - ", " – ", " — ", " :: ", " · ", " • "].contains(separator)
            {
                kept.removeLast()
                keptSeparators.removeLast()
            }
        }
        var result = kept[0]
        for (index, segment) in kept.dropFirst().enumerated() { result += keptSeparators[index] + segment }
        return result.htmlTrimmed
    }

    // MARK: - Authors

    static func authors(_ metadata: HTMLMetadata, bylineNames: [String], sourceName: String?) -> [String] {
        let sources: [[String]] = [
            metadata.jsonLD.authors, metadata.metaAuthors, metadata.articleAuthors, metadata.relAuthors,
            metadata.itempropAuthors, bylineNames, metadata.bylineTexts,
        ]
        let site = sourceName.map(TitleMatching.key)
        for source in sources {
            var names: [String] = []
            var seen = Set<String>()
            for raw in source {
                for name in authorNames(raw) {
                    let key = TitleMatching.key(name)
                    guard !key.isEmpty, key != site, seen.insert(key).inserted else { continue }
                    if CreditLineParser.agency(in: name) != nil && name.split(separator: " ").count <= 2 { continue }
                    names.append(name)
                }
            }
            if !names.isEmpty { return Array(names.prefix(10)) }
        }
        return []
    }

    /// Person names in an author string: prefixes ("Par", "By") stripped, lists split.
    static func authorNames(_ raw: String) -> [String] {
        let text = clean(raw)
        guard !text.isEmpty, text.count < 300, !HTMLMetadata.isURL(text) else { return [] }
        let names = CreditLineParser.names(inByline: text)
        if !names.isEmpty { return names }
        // Lower-case or unusual names from structured data: keep them when they are short.
        let words = text.split(separator: " ")
        guard words.count <= 6, text.count <= 60, !text.contains(where: \.isNumber), !text.contains("@") else { return [] }
        return [text]
    }

    // MARK: - Date

    static func published(_ metadata: HTMLMetadata, containers: [Int], document: HTMLDocument, url: String?) -> String? {
        if let value = metadata.jsonLD.datePublished.flatMap(DateNormalizer.normalize) { return value }
        for candidate in metadata.dates.sorted(by: { $0.priority < $1.priority }) {
            if let value = DateNormalizer.normalize(candidate.value) { return value }
        }
        // <time datetime> in the article first, then anywhere.
        let nodes = document.nodes
        let inside = metadata.times.filter { time in
            containers.contains { time.node > $0 && time.node < Int(nodes[$0].end) }
        }
        for time in inside + metadata.times {
            if let value = DateNormalizer.normalize(time.value) { return value }
        }
        if let url, let value = DateNormalizer.fromURL(url) { return value }
        return nil
    }

    // MARK: - Language

    static func language(_ metadata: HTMLMetadata) -> String? {
        for candidate in [metadata.htmlLang, metadata.contentLanguage, metadata.ogLocale, metadata.jsonLD.inLanguage] {
            if let code = candidate.flatMap(isoCode) { return code }
        }
        return nil
    }

    /// "fr-FR" → "fr", "en_US" → "en"; nil for anything that is not a two-letter code.
    static func isoCode(_ text: String) -> String? {
        let first = text.htmlTrimmed.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == ";" || $0 == " " }).first
        guard let first, first.count == 2 else { return nil }
        let lower = first.lowercased()
        guard lower.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { return nil }
        return lower
    }

    // MARK: - Cleaning

    /// White space collapsed and the few HTML entities that structured data leaves encoded decoded.
    static func clean(_ text: String) -> String {
        var value = text
        if value.contains("&") {
            for (entity, replacement) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"),
                                          ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&#8217;", "’"), ("&#8211;", "–"),
                                          ("&#8212;", "—"), ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ndash;", "–"), ("&mdash;", "—")] {
                value = value.replacingOccurrences(of: entity, with: replacement)
            }
        }
        return ArticleTextBuilder.normalizeSpaces(value)
    }
}
