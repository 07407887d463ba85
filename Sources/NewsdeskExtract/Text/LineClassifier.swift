import Foundation
import NewsdeskCore
import NewsdeskText

/// What the plain-text cleaner decided about one line.
enum LineLabel: Equatable {
    case title
    case body(Paragraph.Kind)
    case credit(Credit)
    /// An image caption ending with its credit.
    case caption(Credit)
    /// "© Owner 2025": the publisher below the body, a picture's owner above it.
    case copyright(owner: String)
    /// "Par euronews avec AP": the outlet and the agency credit.
    case outletByline(outlet: String, credit: Credit)
    case removed(Removal.Reason)

    /// Kept in the article's text.
    var isBody: Bool {
        if case .body = self { true } else { false }
    }
}

/// Labels the lines of a plain-text document in passes: what each line is on its own
/// (furniture cue, credit, date line, glued menu, breadcrumb), the headlines a related-articles
/// cue introduces, then the title and bylines in the head of the document, then body versus
/// furniture from each remaining line's neighbourhood.
enum LineClassifier {
    /// `functionWords` is the document's, when the caller has it already.
    static func classify(_ lines: [TextLine], template: SourceTemplate = SourceTemplate(), functionWords: FunctionWords? = nil) -> [LineLabel] {
        var labels = lines.map { line in
            // Credits and captions are worth reading even when the site repeats them.
            intrinsicLabel(line) ?? (template.matches(line) ? .removed(.siteTemplate) : nil)
        }
        markCookieNotices(lines, &labels)
        markRelatedLists(lines, &labels)
        let firstProse = lines.indices.first { labels[$0] == nil && lines[$0].isProse } ?? lines.count
        let functionWords = functionWords ?? FunctionWords(document: lines)
        let title = markTitle(lines, &labels, before: firstProse, functionWords: functionWords)
        // Bylines sit between the title and the body, sometimes after a standfirst.
        let secondProse = lines.indices.dropFirst(firstProse + 1).first { labels[$0] == nil && lines[$0].isProse } ?? lines.count
        markBylines(lines, &labels, from: (title ?? -1) + 1, to: secondProse)
        var resolved = resolveRemaining(lines, labels, functionWords: functionWords)
        trimTrailingIslands(lines, &resolved)
        markNameListCaptions(lines, &resolved)
        return resolved
    }

    /// Evidence from the line alone.
    private static func intrinsicLabel(_ line: TextLine) -> LineLabel? {
        if let owner = CopyrightNotice.owner(of: line.text), NewsAgencies.first(in: owner) == nil { return .copyright(owner: owner) }
        if line.length <= CreditLineParser.maxLineLength, let credit = CreditLineParser.parse(line.text) { return .credit(credit) }
        if let (outlet, credit) = OutletByline.parse(line.text) { return .outletByline(outlet: outlet, credit: credit) }
        if let reason = LeftoverCues.reason(for: line.text, key: line.key) {
            // "Reporting by …; Editing by …", "Tous droits réservés AP": the article's credits.
            guard reason == .credit else { return .removed(reason) }
            let agency = NewsAgencies.first(in: line.text)
            return .credit(Credit(role: agency == nil ? .byline : .agency, agency: agency, text: line.text))
        }
        // A caption ends with its credit, not with a full stop: "… mardi matin. Crédits photo : X / AFP".
        if !line.endsSentence, line.length <= 300, let (credit, caption) = CreditLineParser.imageCredit(inCaption: line.text),
            caption.split(separator: " ").count >= 4
        {
            return .caption(credit)
        }
        if let reason = GluedMenu.reason(for: line) { return .removed(reason) }
        if isBreadcrumb(line) || rendersPageControl(line) { return .removed(.navigation) }
        if let reason = listCuePrefix(line) { return .removed(reason) }
        if isDateLine(line) { return .removed(.date) }
        return nil
    }

    /// A consent notice is about cookies ("Questo sito utilizza cookie tecnici…", "We use
    /// cookies to…"): a line that mentions them, unless it sits between two paragraphs of prose
    /// (an article about cookies).
    private static func markCookieNotices(_ lines: [TextLine], _ labels: inout [LineLabel?]) {
        for index in lines.indices where labels[index] == nil && lines[index].wordCount <= 60 {
            guard lines[index].keyWords.contains(where: { $0 == "cookie" || $0 == "cookies" }) else { continue }
            let before = lines[..<index].indices.last { labels[$0] == nil }
            let after = lines[(index + 1)...].indices.first { labels[$0] == nil }
            let insideProse = before.map { lines[$0].isProse } == true && after.map { lines[$0].isProse } == true
            if !insideProse { labels[index] = .removed(.cookie) }
        }
    }

    /// Cues that introduce a list: related headlines, topic tags.
    static let listCues: Set<Removal.Reason> = [.related, .tags]

    /// A list cue and its items on one line: "Lire aussi : Budget européen…", "Topics: Ports, Labour".
    private static func listCuePrefix(_ line: TextLine) -> Removal.Reason? {
        let text = line.text
        // Only the first 41 characters can hold it; read as scalars where they are characters.
        let found = line.charactersAreScalars
            ? text.unicodeScalars.prefix(41).firstIndex(where: { listSeparators.contains($0) })
            : text.prefix(41).firstIndex { character in listSeparators.contains { Character($0) == character } }
        guard let separator = found,
            let reason = LeftoverCues.reason(for: String(text[..<separator])), listCues.contains(reason)
        else { return nil }
        return reason
    }

    private static let listSeparators: [Unicode.Scalar] = [":", "|", ">", "»", "-"]

    /// A text browser's rendering of a page's controls and embeds, which no article's text
    /// holds: lynx writes a button as "(BUTTON)", a frame as "IFRAME: <address>", an ad slot
    /// as "[INS: :INS]", an image map as "[USEMAP: …]".
    private static func rendersPageControl(_ line: TextLine) -> Bool {
        pageControlMarkers.contains { line.text.containsBytes($0) }
    }

    private static let pageControlMarkers = ["(BUTTON)", "IFRAME:", "[INS:", "[USEMAP:", "(submit)"]

    /// "Startseite > Leipzig > Wohnen", "Accueil › Monde › Europe".
    private static func isBreadcrumb(_ line: TextLine) -> Bool {
        guard !line.endsSentence, line.wordCount <= 16 else { return false }
        // Where characters are scalars, a line without two separator scalars has no two separators.
        if line.charactersAreScalars, line.text.unicodeScalars.count(where: { breadcrumbScalars.contains($0) }) < 2 { return false }
        let separators = line.text.split(separator: " ").filter { breadcrumbSeparators.contains($0) }.count
        return separators >= 2
    }

    private static let breadcrumbSeparators: [Substring] = [">", "›", "»", "/", "|", "•", "·"]
    private static let breadcrumbScalars = breadcrumbSeparators.map { $0.unicodeScalars[$0.unicodeScalars.startIndex] }

    /// A short line that is mostly a date: "Publié le 15/07/2025 à 11h20", "April 8, 2025 5:47 PM".
    static func isDateLine(_ line: TextLine) -> Bool {
        guard !line.isProse, line.wordCount <= 14, line.length <= 100 else { return false }
        return date(in: line.text) != nil
    }

    /// The ISO date a short line gives: the line itself, or the words from the first digit on
    /// (keeping a month name just before it: "April 8, 2025"), cut short of trailing words
    /// such as "· Updated 2 hours ago" or "Uhr".
    static func date(in text: String) -> String? {
        if let date = DateNormalizer.normalize(text) { return date }
        // A character is a number by its first scalar: without a numeric scalar, no number.
        guard text.unicodeScalars.contains(where: \.isNumeric), let digit = text.firstIndex(where: \.isNumber) else { return nil }
        let words = text[..<digit].split(separator: " ")
        let monthBefore = words.last.map { $0.count >= 3 && $0.allSatisfy(\.isLetter) && text[..<digit].hasSuffix(" ") } ?? false
        let tail = text[digit...].split(separator: " ")
        let lead = monthBefore ? [words[words.count - 1]] : []
        for count in stride(from: min(tail.count, 6), through: 1, by: -1) {
            if let date = DateNormalizer.normalize((lead + tail.prefix(count)).joined(separator: " ")) { return date }
        }
        return nil
    }

    /// The headlines listed after a related-articles cue, and the tags after a topics cue, are
    /// furniture too. The list ends at prose (headlines may end with "?" or "!", not with a full
    /// stop); when it held two items or more, its last line, if it leads straight into prose and
    /// is shorter than the items before it (or very short), is the article's next inter-title.
    private static func markRelatedLists(_ lines: [TextLine], _ labels: inout [LineLabel?]) {
        let cues = lines.indices.filter { index in
            if case .removed(let reason) = labels[index], listCues.contains(reason) { true } else { false }
        }
        for index in cues {
            guard case .removed(let reason) = labels[index] else { continue }
            var items: [Int] = []
            var next = index + 1
            while next < lines.count, items.count < PlainTextExtractor.maxRelatedHeadlines, labels[next] == nil,
                isListItem(lines[next], of: reason)
            {
                items.append(next)
                next += 1
            }
            if items.count >= 2, let last = items.last, next < lines.count, labels[next] == nil, lines[next].isProse {
                let shortestBefore = items.dropLast().map { lines[$0].wordCount }.min() ?? 0
                if lines[last].wordCount <= 4 || lines[last].wordCount < shortestBefore { items.removeLast() }
            }
            for item in items { labels[item] = .removed(reason) }
        }
    }

    private static func isListItem(_ line: TextLine, of reason: Removal.Reason) -> Bool {
        if reason == .tags { return line.wordCount <= 4 && !line.endsSentence }
        return line.isHeadlineLike || (line.wordCount <= 25 && !line.text.hasSuffix(".") && !line.text.hasSuffix("»"))
    }

    /// The title: among the unclaimed headline-like lines before the body, the first of six
    /// words or more (site names, section labels and menus are shorter, and a standfirst comes
    /// after the title); failing that, the one with the most words.
    private static func markTitle(
        _ lines: [TextLine], _ labels: inout [LineLabel?], before firstProse: Int, functionWords: FunctionWords
    ) -> Int? {
        // Before the body; in a text without prose, its first lines.
        let head = lines.indices.prefix(firstProse < lines.count ? firstProse : PlainTextExtractor.titleSearchLines)
        let unclaimed = head.filter { index in
            let line = lines[index]
            return labels[index] == nil && line.wordCount >= 2 && line.length <= 250
                && !line.text.hasSuffix(".") && !(line.isProse && line.length > 200)
        }
        // A capitalised run with no function word is a menu; a headline has some.
        let readable = unclaimed.filter { !functionWords.isMenuLike(lines[$0]) }
        let candidates = readable.isEmpty ? unclaimed : readable
        let longest = candidates.max { lines[$0].wordCount < lines[$1].wordCount }
        guard let index = candidates.first(where: { lines[$0].wordCount >= 6 }) ?? longest else { return nil }
        labels[index] = .title
        return index
    }

    /// Between the title and the body, a line that is only a person's name is a byline.
    private static func markBylines(_ lines: [TextLine], _ labels: inout [LineLabel?], from start: Int, to end: Int) {
        guard start < end else { return }
        for index in start..<end where labels[index] == nil && PersonName.isName(lines[index].text) {
            labels[index] = .credit(Credit(role: .byline, name: lines[index].text, text: lines[index].text))
        }
    }

    /// Prose is body; a short line between body lines is an inter-title; other short lines
    /// (before the body starts or after it ends) are furniture.
    private static func resolveRemaining(_ lines: [TextLine], _ labels: [LineLabel?], functionWords: FunctionWords) -> [LineLabel] {
        let isProse = lines.indices.map { labels[$0] == nil && lines[$0].isProse }
        let firstBody = isProse.firstIndex(of: true) ?? lines.count
        let lastBody = isProse.lastIndex(of: true) ?? -1
        return lines.indices.map { index in
            if let label = labels[index] { return label }
            if isProse[index] { return .body(.paragraph) }
            let line = lines[index]
            guard index > firstBody, index < lastBody else {
                // Before the body a longer unpunctuated line is a standfirst; short ones are furniture.
                if index < firstBody && line.wordCount >= 8 { return .body(.standfirst) }
                return .removed(.boilerplate)
            }
            // A short quotation alone on its line ("« Jamais. »") is text, not a heading; so is a
            // sentence that lost its full stop (headings are short and light in function words).
            if line.isQuotation { return .body(.paragraph) }
            if line.wordCount >= 10 && functionWords.share(of: line) >= 0.3 { return .body(.paragraph) }
            if line.wordCount >= 2 && line.wordCount <= 20 { return .body(.heading) }
            return .removed(.boilerplate)
        }
    }

    /// Furniture that only appears once an article is over: sharing, comments, newsletters,
    /// tags, cookie notices.
    static let endOfArticleReasons: Set<Removal.Reason> = [.newsletter, .comments, .share, .scrollToTop, .tags, .cookie]

    /// After the body, a newsletter box or a comments block often carries a sentence of its own
    /// ("Recevez chaque matin l'essentiel de l'actualité."): a short run of prose that follows
    /// end-of-article furniture and is followed by nothing but furniture is part of that box.
    private static func trimTrailingIslands(_ lines: [TextLine], _ labels: inout [LineLabel]) {
        func isBody(_ index: Int) -> Bool { labels[index].isBody }
        while let islandEnd = labels.indices.last(where: isBody) {
            var islandStart = islandEnd
            while islandStart > 0, isBody(islandStart - 1) { islandStart -= 1 }
            let words = (islandStart...islandEnd).reduce(0) { $0 + lines[$1].wordCount }
            guard islandEnd - islandStart < 2, words <= 20, islandStart > 0,
                let previousBody = labels.indices[..<islandStart].last(where: isBody)
            else { return }
            let gapReasons = ((previousBody + 1)..<islandStart).compactMap { index -> Removal.Reason? in
                if case .removed(let reason) = labels[index], endOfArticleReasons.contains(reason) { reason } else { nil }
            }
            guard let reason = gapReasons.last else { return }
            for index in islandStart...islandEnd { labels[index] = .removed(reason) }
        }
    }

    /// A body line that only lists people who are named elsewhere in the text is the caption
    /// of their picture.
    private static func markNameListCaptions(_ lines: [TextLine], _ labels: inout [LineLabel]) {
        // Joined only for a line that lists names: few do.
        var joined: String?
        for index in lines.indices where lines[index].wordCount <= 30 {
            guard case .body = labels[index], let names = NameListCaption.names(in: lines[index].text) else { continue }
            // Named elsewhere too: the name occurs at least twice in the whole text.
            let whole = joined ?? lines.map(\.text).joined(separator: "\n")
            joined = whole
            let repeated = names.contains { name in
                guard let first = whole.range(of: name) else { return false }
                return whole.range(of: name, range: first.upperBound..<whole.endIndex) != nil
            }
            if repeated { labels[index] = .removed(.caption) }
        }
    }
}
