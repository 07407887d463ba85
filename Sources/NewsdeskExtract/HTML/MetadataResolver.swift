import Foundation
import NewsdeskCore
import NewsdeskText

/// Decides the article's metadata from the candidates a page offers.
enum MetadataResolver {
    // MARK: - URL, domain, source

    static func url(context: DocumentContext, metadata: HTMLMetadata) -> String? {
        if let url = context.url, !url.isEmpty { return url }
        let base = [metadata.ogURL, metadata.jsonLD.url].compactMap { $0 }.first(where: isAbsolute)
        if let canonical = metadata.canonical?.whitespaceTrimmed, !canonical.isEmpty {
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
        URLParts.domain(url.whitespaceTrimmed)
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
        chosenTitle(metadata, siteName: siteName, domain: domain).map { printedHeading(repeating: $0, metadata) ?? $0 }
    }

    /// A first or last title part that is only a date ("23.01.2022 - Headline", "Headline |
    /// Montag, 3. Mai 2021") dates the story; it is not part of the headline.
    static func withoutDateParts(_ title: String) -> String {
        let (segments, separators) = splitTitle(title)
        guard segments.count > 1 else { return title }
        var kept = ArraySlice(segments)
        var keptSeparators = ArraySlice(separators)
        if let first = kept.first, isDateOnly(first) {
            kept = kept.dropFirst()
            keptSeparators = keptSeparators.dropFirst()
        }
        if kept.count > 1, let last = kept.last, isDateOnly(last) {
            kept = kept.dropLast()
            keptSeparators = keptSeparators.dropLast()
        }
        guard kept.count < segments.count else { return title }
        let rest = joinTitle(Array(kept), Array(keptSeparators))
        // A date range ("Wochenbericht 14. - 20. Januar 2022") leaves a stub behind.
        return rest.split(separator: " ").count >= 3 ? rest : title
    }

    /// The date a title's first or last part gives ("08.11.2021 | Online-Fachtag …"), if any.
    static func titleDate(_ title: String) -> String? {
        let segments = splitTitle(title).segments
        guard segments.count > 1 else { return nil }
        return [segments[0], segments[segments.count - 1]].first(where: isDateOnly).flatMap(DateNormalizer.normalize)
    }

    private static func isDateOnly(_ segment: String) -> Bool {
        segment.count <= 30 && segment.split(separator: " ").count <= 4 && DateNormalizer.normalize(segment) != nil
    }

    /// Title parts joined again with the separators that stood between them.
    private static func joinTitle(_ segments: [String], _ separators: [String]) -> String {
        var result = segments.first ?? ""
        for (index, segment) in segments.dropFirst().enumerated() { result += separators[index] + segment }
        return result.whitespaceTrimmed
    }

    /// A heading that repeats `title` letter for letter, as the page prints it: readers see its
    /// dashes and quotation marks, which the tags often flatten ("Januar – Mai" vs "Januar - Mai").
    private static func printedHeading(repeating title: String, _ metadata: HTMLMetadata) -> String? {
        let key = TitleMatching.key(title)
        guard !key.isEmpty else { return nil }
        let headings = metadata.h1s + metadata.subheadings + metadata.headlinesWithoutKicker.sorted { $0.key < $1.key }.map(\.value)
        return headings.lazy.map(clean).first { heading in
            // Same ends: a heading decorated with marks the title lacks ("[> Name") is not it.
            TitleMatching.key(heading) == key && isWordCharacter(heading.first) == isWordCharacter(title.first)
                && isWordCharacter(heading.last) == isWordCharacter(title.last)
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    private static func chosenTitle(_ metadata: HTMLMetadata, siteName: String?, domain: String?) -> String? {
        // The site's masthead (its name linking to its front page) names the site.
        let mastheads = zip(metadata.h1s, metadata.h1Nodes).filter { metadata.mastheadH1Nodes.contains($0.1) }.map { clean($0.0) }
        let site = [siteName, metadata.siteName, metadata.jsonLD.publisherName].compactMap { $0 } + mastheads
        let strip = { (text: String?) -> String? in
            guard let text else { return nil }
            let cleaned = stripSiteName(clean(text), siteNames: site, domain: domain)
            return cleaned.isEmpty ? nil : cleaned
        }
        let tagTitle = strip(metadata.titleTag)
        let candidates = [strip(metadata.jsonLD.headline), strip(metadata.ogTitle), strip(metadata.twitterTitle), tagTitle]
            .compactMap { $0 }
        // An h1 that names the site is no article's title.
        let siteKeys = site.map(TitleMatching.key).filter { !$0.isEmpty }
        let h1s = metadata.h1s.map(clean).filter { !$0.isEmpty && $0.count < 400 && !siteKeys.contains(TitleMatching.key($0)) }
        for h1 in h1s {
            if candidates.contains(where: { TitleMatching.same($0, h1) }) { return h1 }
        }
        if let raw = metadata.titleTag.map(clean), let h1 = h1s.first {
            // An h1 that is the short first or last part of a longer <title> ("Blog » Post",
            // "Post | Blog") is the site's name when it is the last part, or names the site, or
            // a heading repeats the other end: the title is that heading, a candidate that
            // differs from the h1, or the other end.
            let segments = splitTitle(raw).segments.map { $0.whitespaceTrimmed }.filter { !$0.isEmpty }
            let h1Key = TitleMatching.key(h1)
            if segments.count >= 2, h1.split(separator: " ").count <= 5,
                let edge = [segments.count - 1, 0].first(where: { TitleMatching.key(segments[$0]) == h1Key })
            {
                let opposite = segments[edge == 0 ? segments.count - 1 : 0]
                let heading = metadata.subheadings.first { TitleMatching.same($0, opposite) }
                let domainKey = domain.map { TitleMatching.key(String($0.split(separator: ".").dropLast().joined())) } ?? ""
                let namesSite = (siteKeys + [domainKey]).contains { !$0.isEmpty && ($0 == h1Key || h1Key.hasPrefix($0) || $0.hasPrefix(h1Key)) }
                if h1.count < opposite.count, edge > 0 || namesSite || heading != nil {
                    if let heading { return clean(heading) }
                    if let candidate = candidates.first(where: { !TitleMatching.same($0, h1) && !TitleMatching.same($0, raw) }) { return candidate }
                    if opposite.split(separator: " ").count >= 2 { return opposite }
                }
            }
            // The h1 inside a longer <title> ("Headline - Section - Site").
            if h1Key.count >= 10, TitleMatching.key(raw).contains(h1Key) {
                return h1
            }
        }
        if h1s.isEmpty, let raw = metadata.titleTag.map(clean) {
            // No h1: the part of a "Site | Headline | Section" title that a heading repeats.
            for segment in splitTitle(raw).segments where segment.split(separator: " ").count >= 3 {
                if let heading = metadata.subheadings.first(where: { TitleMatching.same($0, segment) }) { return clean(heading) }
            }
        }
        guard let first = candidates.first else { return h1s.first }
        let keys = candidates.map(TitleMatching.key)
        guard Set(keys).count > 1 else { return first }
        if let h1 = h1s.first { return h1 }
        // No heading to settle it: the title most sources give (the first on a tie).
        let votes = keys.map { key in keys.count { $0 == key } }
        return votes.indices.max { votes[$0] < votes[$1] || votes[$0] == votes[$1] && $0 > $1 }.map { candidates[$0] } ?? first
    }

    /// A title's parts and the separators between them: " | ", " - ", " – ", " — ", " :: ",
    /// " · ", " • ", " » ", " / ", " ~ " (one scan).
    static func splitTitle(_ title: String) -> (segments: [String], separators: [String]) {
        let scalars = Array(title.unicodeScalars)
        var segments: [String] = []
        var separatorsFound: [String] = []
        var segmentStart = 0
        var index = 1
        while index + 1 < scalars.count {
            guard scalars[index - 1] == " " else {
                index += 1
                continue
            }
            var length = 0
            switch scalars[index] {
            case "|", "-", "–", "—", "·", "•", "»", "/", "~": length = 1
            case ":" where index + 1 < scalars.count && scalars[index + 1] == ":": length = 2
            default: break
            }
            if length > 0, index + length < scalars.count, scalars[index + length] == " " {
                segments.append(String(scalars: scalars[segmentStart..<(index - 1)]))
                separatorsFound.append(String(scalars: scalars[(index - 1)...(index + length)]))
                segmentStart = index + length + 1
                index = segmentStart + 1
                continue
            }
            index += 1
        }
        segments.append(String(scalars: scalars[min(segmentStart, scalars.count)...]))
        return (segments, separatorsFound)
    }

    /// Removes a site name prefix or suffix: "Title - Site", "Site | Title", "Title :: Site".
    static func stripSiteName(_ title: String, siteNames: [String], domain: String?) -> String {
        let (segments, separatorsFound) = splitTitle(title)
        guard segments.count > 1 else { return title }
        let siteKeys = siteNames.map(TitleMatching.key).filter { !$0.isEmpty }
        let domainKey = domain.map { TitleMatching.key(String($0.split(separator: ".").dropLast().joined())) } ?? ""
        func isSite(_ segment: String) -> Bool {
            let key = TitleMatching.key(segment)
            guard !key.isEmpty else { return false }
            if siteKeys.contains(where: { $0 == key || (key.count >= 4 && $0.contains(key)) }) { return true }
            // A segment that merely mentions the site ("… durch die Bundespolizei") is a headline.
            let short = segment.split(separator: " ").count <= 5
            if short, siteKeys.contains(where: { key.count >= 4 && key.contains($0) }) { return true }
            if short, domainKey.count >= 3 && (key.contains(domainKey) || domainKey.contains(key)) && key.count >= 3 { return true }
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
        return joinTitle(kept, keptSeparators)
    }

    // MARK: - Authors

    static func authors(
        _ metadata: HTMLMetadata, bylineNames: [String], sourceName: String?, visibleBylines: @escaping () -> [String],
        labelledAnywhere: @escaping () -> [String], signature: @escaping () -> [String]
    ) -> [String] {
        // The first four are structured data and meta tags, the first six all machine-readable
        // markup (rel and itemprop authors too); the ninth is the visible bylines.
        let metaTagSources = 4
        let markupSources = 6
        let bylineLineSource = 6
        let markedUpBylineSource = 7
        let visibleBylineSource = 8
        let searches: [() -> [String]] = [
            { metadata.jsonLD.authors }, { metadata.metaAuthors }, { metadata.articleAuthors }, { metadata.labelledAuthors },
            { ownArticles(metadata.relAuthors, metadata) }, { ownArticles(metadata.itempropAuthors, metadata) }, { bylineNames },
            { labelledFirst(metadata.bylineTexts) }, visibleBylines, { metadata.authorsInDroppedParts }, { metadata.droppedBylineTexts },
            labelledAnywhere, signature,
        ]
        // Sources and their strings are read again for co-authors and full names: each source is
        // searched once, each string parsed once.
        var searched = [[String]?](repeating: nil, count: searches.count)
        let sources: [() -> [String]] = searches.indices.map { index in
            {
                if let found = searched[index] { return found }
                let found = searches[index]()
                searched[index] = found
                return found
            }
        }
        let publisher = PublisherNames(sourceName: sourceName)
        var parsed: [String: [String]] = [:]
        func names(_ raws: [String]) -> [String] {
            var names: [String] = []
            var seen = Set<String>()
            for raw in raws {
                let candidates: [String]
                if let known = parsed[raw] {
                    candidates = known
                } else {
                    // The site's name is one name, whatever "&" or "und" it holds.
                    candidates = publisher.isSiteName(raw) ? [clean(raw)] : authorNames(raw).map(publisher.withoutSiteTail)
                    parsed[raw] = candidates
                }
                for name in candidates {
                    let key = TitleMatching.key(name)
                    guard !key.isEmpty, seen.insert(key).inserted else { continue }
                    if NewsAgencies.first(in: name) != nil && name.split(separator: " ").count <= 2 { continue }
                    names.append(name)
                }
            }
            return names
        }
        // The publisher is the author only when no source names a person.
        var publisherOnly: [String]?
        for (position, source) in sources.enumerated() {
            let raws = source()
            let all = names(raws)
            guard !all.isEmpty else { continue }
            // A meta tag's "Example – Das Magazin für X": a site's name and its tagline. (A
            // byline's "Ann Lee - 3 min read" is not.)
            let taglined = position < metaTagSources
                ? Set(raws.filter(PublisherNames.isNameWithTagline).flatMap(authorNames).map(TitleMatching.key)) : []
            let found = all.filter { !publisher.contains($0) && !taglined.contains(TitleMatching.key($0)) }
            if found.isEmpty {
                if publisherOnly == nil { publisherOnly = Array(all.prefix(10)) }
                continue
            }
            // A byline element or line in the article that repeats the markup's names confirms them
            // (and costs no search); otherwise the byline under the headline is read.
            let bylineSources = [markedUpBylineSource, bylineLineSource]
            if position < markupSources, !confirms(bylineSources.flatMap { names(sources[$0]()) }, found),
                let printed = printedByline(
                    contradicting: found, inMetaTag: position > 0 && position < metaTagSources, visible: names(sources[visibleBylineSource]()),
                    labelled: { names(metadata.bylineTexts.filter(isLabelled)) }, publisher
                )
            {
                return printed
            }
            // Co-authors are looked for in what the page marks up as bylines, which costs no search.
            let markedUp = sources.prefix(8).dropFirst(position + 1)
            if let line = coAuthorLine(extending: found, in: markedUp, names: names, publisher: publisher) { return line }
            guard found.contains(where: { isHandle($0) || !$0.contains(" ") }) else { return Array(found.prefix(10)) }
            // A user name ("ann_lee", "ann.lee") is shown as the person's name elsewhere on the
            // page; a first name alone ("Ann") in full in a byline up to the visible ones.
            let later = found.contains(where: isHandle) ? sources.dropFirst(position + 1) : sources.prefix(9).dropFirst(position + 1)
            let shown = later.flatMap { names($0()) }.filter { !isHandle($0) && !publisher.contains($0) }
            let completed = found.prefix(10).map { shownInFull($0, shown) ?? $0 }
            return completed.allSatisfy(isHandle) ? personsInHeadlineByline(names(sources[visibleBylineSource]()), publisher) ?? completed : completed
        }
        return publisherOnly ?? []
    }

    /// The people a printed byline names when the page's markup names others: structured data and
    /// meta tags are often filled with the account that posted the story or a default for the whole
    /// site, while the byline under the headline (else a labelled byline element, "Text: Ann Lee") is
    /// the one the article credits. Only full names that share no word with the markup's count
    /// ("Herr Lee" is the same person; "Die Redaktion" is no contradiction), and a labelled element
    /// not when the byline under the headline agrees with the markup. A newsroom's credit in the
    /// markup ("Example Redaktion") is deliberate and stands. A meta author tag, which themes
    /// fill once for the whole site (its owner, its designer), gives way to a byline under the
    /// headline that names one person by a single name too ("Erstellt von Fabian").
    private static func printedByline(
        contradicting found: [String], inMetaTag: Bool, visible: [String], labelled: () -> [String], _ publisher: PublisherNames
    ) -> [String]? {
        guard !found.contains(where: PublisherNames.isNewsroom) else { return nil }
        let foundWords = Set(found.flatMap(nameWords))
        func contradicts(_ names: [String]) -> Bool {
            !names.isEmpty && names.count <= 4 && names.allSatisfy { PersonName.isName($0) && !publisher.contains($0) }
                && foundWords.isDisjoint(with: names.flatMap(nameWords))
        }
        let visibleDisagrees = foundWords.isDisjoint(with: visible.flatMap(nameWords))
        if contradicts(visible) || inMetaTag && visibleDisagrees && isSingleName(visible, publisher) { return visible }
        guard visibleDisagrees else { return nil }
        let labelled = labelled()
        return contradicts(labelled) ? labelled : nil
    }

    /// One capitalised word that is not the publisher's: a first name or a nickname.
    private static func isSingleName(_ names: [String], _ publisher: PublisherNames) -> Bool {
        guard names.count == 1, let name = names.first, !name.contains(" "), name.count >= 2 else { return false }
        return (name.first?.isUppercase ?? false) && name.dropFirst().allSatisfy(\.isLetter) && !publisher.contains(name)
    }

    /// Whether printed names share a word with the names found.
    private static func confirms(_ printed: [String], _ found: [String]) -> Bool {
        !Set(printed.flatMap(nameWords)).isDisjoint(with: found.flatMap(nameWords))
    }

    private static func nameWords(_ name: String) -> [String] {
        name.split(separator: " ").map { TitleMatching.key(String($0)) }.filter { $0.count > 1 }
    }

    /// A byline element's text that opens with a label naming the writer ("Von Ann Lee", "Text &
    /// Fotos: Ann Lee").
    static func isLabelled(_ text: String) -> Bool {
        let cleaned = clean(text)
        return authorPrefix(TextFold.fold(TextFold.trim(cleaned, extra: prefixPunctuation))) != nil
            || AuthorNameParts.writerField(cleaned) != nil
    }

    /// The people the byline under the headline names in full, which stands against a login given
    /// elsewhere ("ann-lee" in structured data is the account that posted the article).
    private static func personsInHeadlineByline(_ visible: [String], _ publisher: PublisherNames) -> [String]? {
        guard !visible.isEmpty, visible.allSatisfy({ PersonName.isName($0) && !publisher.contains($0) }) else { return nil }
        return visible
    }

    /// The name a page shows for a user name (the same letters, or its parts as the first and last
    /// names: "ann.lee" for "Ann B. Lee") or for a first name alone (two to four words starting with it).
    private static func shownInFull(_ name: String, _ shown: [String]) -> String? {
        let key = TitleMatching.key(name)
        if isHandle(name) {
            let parts = name.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).map { TitleMatching.key(String($0)) }
            return shown.first { full in
                let words = full.split(separator: " ").map { TitleMatching.key(String($0)) }
                return TitleMatching.key(full) == key || parts.count == 2 && words.count > 2 && [words[0], words[words.count - 1]] == parts
            }
        }
        guard !name.contains(" ") else { return nil }
        return shown.first { full in
            let words = full.split(separator: " ")
            return (2...4).contains(words.count) && words.first.map { TitleMatching.key(String($0)) } == key
        }
    }

    /// A byline line among the next sources that names the authors found and more ("von Ann Lee,
    /// Bob Roe" where structured data gives only the first): the line, co-authors included. One
    /// line, not several elements' names, which are as often related articles' authors; the
    /// co-authors are people's full names, not the site, an agency or a date's month.
    private static func coAuthorLine(
        extending found: [String], in sources: ArraySlice<() -> [String]>, names: ([String]) -> [String], publisher: PublisherNames
    ) -> [String]? {
        let keys = Set(found.map(TitleMatching.key))
        for source in sources {
            for raw in source() {
                let line = names([raw])
                guard line.count > found.count, line.count <= 10, Set(line.map(TitleMatching.key)).isSuperset(of: keys) else { continue }
                let added = line.filter { !keys.contains(TitleMatching.key($0)) }
                if added.allSatisfy({ $0.contains(" ") && !publisher.contains($0) }) { return line }
            }
        }
        return nil
    }

    /// The authors outside teaser cards, when there are any.
    private static func ownArticles(_ raws: [String], _ metadata: HTMLMetadata) -> [String] {
        let cards = metadata.teaserCardAuthors
        guard !cards.isEmpty else { return raws }
        let own = raws.filter { !cards.contains($0) }
        return own.isEmpty ? raws : own
    }

    /// Byline-classed texts, only those that open with a byline label ("par Ann Lee") when some
    /// do: the others in such elements are often a section, an issue or a date line.
    private static func labelledFirst(_ texts: [String]) -> [String] {
        let labelled = texts.filter(isLabelled)
        return labelled.isEmpty ? texts : labelled
    }

    /// A login rather than a display name: one word joined by "." or "_", or all lower case.
    static func isHandle(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        return name.contains(".") || name.contains("_") || name == name.lowercased()
    }

    /// Person names in an author string: prefixes ("Par", "By", "Autor:") stripped, lists
    /// split, dates and other trailing parts cut off.
    static func authorNames(_ raw: String) -> [String] {
        var text = clean(raw)
        guard !text.isEmpty, text.unicodeScalars.count < 300, !HTMLMetadata.isURL(text) else { return [] }
        text = AuthorNameParts.withoutParenthesisedRole(AuthorNameParts.writerField(text) ?? text)
        text = AuthorNameParts.withoutPictureCredit(stripAuthorPrefixes(AuthorNameParts.withoutHandles(text)))
        text = AuthorNameParts.withoutAgencyCode(text)
        // Cut at a separator, or at a number standing alone (a date, a count): names come first.
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let isSeparator = scalar == "|" || scalar == "·" || scalar == "•" || scalar == "\n"
            if isSeparator || (isDigit && (offset == 0 || scalars[offset - 1] == " ")) {
                text = String(scalars: scalars[..<offset])
                break
            }
        }
        for separator in [" – ", " — ", " - "] {
            if let range = text.rangeOfBytes(separator) { text = String(text[..<range.lowerBound]) }
        }
        // A long text is a sentence (a teaser's headline in a byline-classed box), not names.
        guard text.split(separator: " ").count <= maxBylineWords else { return [] }
        text = AuthorNameParts.conversationAsCoAuthors(AuthorNameParts.withoutApposition(text))
        text = stripAuthorPrefixes(text)
        guard !text.isEmpty else { return [] }
        var names = CreditLineParser.names(inByline: text)
        if !names.allSatisfy(isPlausibleAuthor) || names.isEmpty {
            // "Ann Lee, on May 2", "Ann Lee am Dienstag", "Ann Lee am" (the date cut off):
            // the names end where the words do.
            let padded = text + " "
            for marker in [" on ", " am ", " le ", " el ", " il ", " em ", " at ", " in ", ", "] {
                if let range = padded.rangeOfBytes(marker) {
                    names = CreditLineParser.names(inByline: String(padded[..<range.lowerBound]))
                    if !names.isEmpty { break }
                }
            }
        }
        if !names.isEmpty {
            return names.map(AuthorNameParts.withoutTrailingLabel).filter { isPlausibleAuthor($0) && !AuthorNameParts.isCredential($0) }
        }
        // Lower-case or unusual names (user names, structured data): kept when short.
        // A lone abbreviation ("ca.", "ggf.") is no name either.
        let words = text.split(separator: " ")
        guard words.count <= 4, text.count <= 40, !text.contains("@"), isPlausibleAuthor(text) else { return [] }
        guard words.count > 1 || !text.hasSuffix(".") else { return [] }
        return [text]
    }

    /// Most words a byline's names run to.
    private static let maxBylineWords = 15

    private static let authorPrefixes = [
        // An author archive link's text ("View all posts by Ann Lee", "Alle Beiträge von Ann Lee").
        "view all posts by", "see all posts by", "all posts by", "more posts by", "more articles by", "all articles by",
        "alle beitrage von", "alle artikel von", "weitere beitrage von", "weitere artikel von", "mehr artikel von",
        "voir tous les articles de", "tous les articles de", "ver todas las entradas de", "todas las entradas de",
        "eingestellt von", "gespeichert von", "text von", "text by", "geschrieben von", "verfasst von", "veroffentlicht von", "erstellt von", "ein beitrag von",
        "ein artikel von", "beitrag von", "artikel von", "ein interview von", "interview von", "ein kommentar von", "kommentar von",
        "ein gastbeitrag von", "gastbeitrag von", "posted by", "written by", "words by",
        "reported by", "publie par", "redige par", "publicado por", "escrito por", "scritto da", "pubblicato da",
        "autoren", "authors", "author(s)", "auteur(s)", "autor(en)", "interview:", "redaktion:", "autor:", "autorin:", "author:", "autorin", "autor",
        "author", "auteur:", "autore:", "text:", "texte:", "texto:", "von", "vom", "by", "par", "por", "di", "door",
    ]

    private static let prefixPunctuation: [Unicode.Scalar] = ["~", "|", "·", "•", "-", "–", "—", ":", ",", "/", "(", ")", "@"]

    private static func stripAuthorPrefixes(_ text: String) -> String {
        var current = Substring(text)
        for _ in 0..<3 {
            current = TextFold.trim(current, extra: prefixPunctuation)
            guard let prefix = authorPrefix(TextFold.fold(current)) else { break }
            // Folding keeps one character per character for these ASCII prefixes.
            current = current.dropFirst(prefix.count)
        }
        return String(TextFold.trim(current, extra: ["~", "|", "·", "•", "-", "–", "—", ":", ",", "/"]))
    }

    /// The byline label a folded text opens with, as a whole word.
    private static func authorPrefix(_ folded: String) -> String? {
        authorPrefixes.first { prefix in
            guard folded.hasPrefixBytes(prefix) else { return false }
            let rest = folded.dropFirst(prefix.count)
            return rest.isEmpty || rest.first == " " || rest.first == ":" || prefix.hasSuffix(":")
        }
    }

    private static let notNames: Set<String> = [
        "posted", "published", "updated", "veroffentlicht", "publiziert", "aktualisiert", "publie", "mis", "more", "posts",
        "comments", "comment", "share", "photo", "photos", "foto", "fotos", "photograph", "interview", "designed", "theme",
        "edited", "copyright", "sponsored", "gesponserte", "inhalte", "no", "author", "autor", "by", "von", "par", "am", "on",
        "le", "read", "min", "minutes", "lesezeit", "all", "view", "profile", "follow", "staff", "admin", "redaktion:", "beitrag", "text", "und",
        "and", "et", "stand", "quelle", "source", "datum", "alle", "artikel", "kontakt", "contact",
    ]

    /// Words that show an author value is page furniture ("Posted on", "Powered by WordPress").
    private static let furnitureWords: Set<String> = [
        "posted", "published", "veroffentlicht", "publiziert", "more", "posts", "photo", "foto", "photograph", "interview",
        "designed", "theme", "themes", "edited", "copyright", "sponsored", "gesponserte", "no", "comments", "wordpress",
        "powered", "am", "on", "profile", "profil", "perfil", "profilo",
    ]

    private static func isPlausibleAuthor(_ name: String) -> Bool {
        let words = TextFold.fold(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return false }
        if words.count == 1 && (words[0] == "admin" || words[0] == "administrator") { return false }
        // Any tell-tale word of page furniture rules the name out.
        if words.contains(where: furnitureWords.contains) { return false }
        if opensWithCommonWord(name) { return false }
        return !words.allSatisfy(notNames.contains)
    }

    /// Folded particles that open a name in lower case ("von der Leyen", "de la Cruz").
    private static let nameParticles: Set<String> = [
        "von", "van", "de", "da", "di", "du", "del", "della", "der", "den", "des", "le", "la", "al", "el", "bin", "ibn", "ten", "ter", "zu",
        "dos", "das",
    ]

    /// A lower-case first word before capitalised ones that is not a particle: a phrase
    /// ("deinen Hochzeitsbloggern"), not a name. Web addresses and hyphenated handles are left alone.
    private static func opensWithCommonWord(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count > 1, let first = words.first, first.first?.isLowercase ?? false,
            !first.contains("."), !first.contains("-"), !nameParticles.contains(TextFold.fold(first))
        else { return false }
        return words.dropFirst().contains { $0.first?.isUppercase ?? false }
    }

    /// The title as a reader sees it: a heading's kicker ("Klimaschutz" over "Bohren, bis es
    /// heiß wird") and a date part ("23.01.2022 - Headline") are not part of it. (The body
    /// writer matches the heading as printed, date and all.)
    static func withoutKicker(_ title: String?, _ metadata: HTMLMetadata, titleNode: Int?) -> String? {
        guard let title else { return nil }
        guard let titleNode, let headline = metadata.headlinesWithoutKicker[titleNode] else { return withoutDateParts(title) }
        let heading = metadata.h1Nodes.firstIndex(of: titleNode).map { metadata.h1s[$0] }
            ?? metadata.subheadingNodes.firstIndex(of: titleNode).map { metadata.subheadings[$0] }
        guard let heading, clean(heading) == title else { return withoutDateParts(title) }
        return headline
    }

    /// The heading that shows the title: the h1 or h2/h3 that matches it, else the first h1.
    static func titleNode(_ metadata: HTMLMetadata, title: String?) -> Int? {
        title.flatMap { headlineNode(metadata, title: $0) ?? droppedHeadline(metadata, title: $0) } ?? metadata.h1Nodes.first
    }

    /// A dropped h1 that shows the title, perhaps after a kicker ("Ernährung sichern Schulze: …").
    private static func droppedHeadline(_ metadata: HTMLMetadata, title: String) -> Int? {
        let key = TitleMatching.key(title)
        guard key.count >= 10 else { return nil }
        return metadata.droppedH1s.first { TitleMatching.key($0.text).hasSuffix(key) }?.node
    }

    /// The heading (an h1, else a lower heading) that repeats the title.
    static func headlineNode(_ metadata: HTMLMetadata, title: String) -> Int? {
        if let position = metadata.h1s.firstIndex(where: { TitleMatching.same($0, title) }) { return metadata.h1Nodes[position] }
        if let position = metadata.subheadings.firstIndex(where: { TitleMatching.same($0, title) }) {
            return metadata.subheadingNodes[position]
        }
        return metadata.minorHeadings.first { TitleMatching.same($0.text, title) }?.node
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
        let first = text.whitespaceTrimmed.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == ";" || $0 == " " }).first
        guard let first, first.count == 2 else { return nil }
        let lower = first.lowercased()
        guard lower.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { return nil }
        return lower
    }

    // MARK: - Cleaning

    /// White space collapsed, soft hyphens removed and the character references that structured data
    /// leaves encoded decoded.
    static func clean(_ text: String) -> String {
        var value = HTMLEntities.decode(text)
        if value.unicodeScalars.contains("\u{AD}") { value.unicodeScalars.removeAll { $0 == "\u{AD}" } }  // soft hyphens
        return ArticleTextBuilder.normalizeSpaces(value)
    }
}
