import NewsdeskCore

/// What the plain-text cleaner decided about one line.
enum LineLabel: Equatable {
    case title
    case body(Paragraph.Kind)
    case credit(Credit)
    case removed(Removal.Reason)
}

/// Labels the lines of a plain-text document in three passes: what each line is on its own
/// (furniture cue, credit, glued menu), then the title, then body versus furniture from each
/// remaining line's neighbourhood.
enum LineClassifier {
    static func classify(_ lines: [TextLine]) -> [LineLabel] {
        var labels = lines.map(intrinsicLabel)
        markRelatedLists(lines, &labels)
        markTitle(lines, &labels)
        return resolveRemaining(lines, labels)
    }

    /// Evidence from the line alone.
    private static func intrinsicLabel(_ line: TextLine) -> LineLabel? {
        if let reason = LeftoverCues.reason(for: line.text) { return .removed(reason) }
        if line.text.count <= 200, let credit = CreditLineParser.parse(line.text) { return .credit(credit) }
        if GluedMenu.isGluedMenu(line) { return .removed(.navigation) }
        if relatedCuePrefix(line.text) { return .removed(.related) }
        return nil
    }

    /// "Lire aussi : Budget européen…" on one line.
    private static func relatedCuePrefix(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == ":" || $0 == "|" || $0 == ">" || $0 == "»" || $0 == "-" }),
            text.distance(from: text.startIndex, to: separator) <= 40
        else { return false }
        return LeftoverCues.reason(for: String(text[..<separator])) == .related
    }

    /// The headlines listed after a related-articles cue are furniture too.
    private static func markRelatedLists(_ lines: [TextLine], _ labels: inout [LineLabel?]) {
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard labels[index] == .removed(.related) else { continue }
            var next = index + 1
            while next < lines.count, next - index <= PlainTextExtractor.maxRelatedHeadlines,
                labels[next] == nil, lines[next].isHeadlineLike
            {
                labels[next] = .removed(.related)
                next += 1
            }
        }
    }

    /// The first headline-like line near the top that nothing else claimed.
    private static func markTitle(_ lines: [TextLine], _ labels: inout [LineLabel?]) {
        for index in lines.indices.prefix(PlainTextExtractor.titleSearchLines) where labels[index] == nil {
            let line = lines[index]
            if line.isProse && line.text.count > 250 { return }  // the body starts: no title
            if line.wordCount >= 2 && line.text.count <= 250 && !line.text.hasSuffix(".") {
                labels[index] = .title
                return
            }
        }
    }

    /// Prose is body; a short line between body lines is an inter-title; other short lines
    /// (before the body starts or after it ends) are furniture.
    private static func resolveRemaining(_ lines: [TextLine], _ labels: [LineLabel?]) -> [LineLabel] {
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
            if line.wordCount >= 2 && line.wordCount <= 20 { return .body(.heading) }
            return .removed(.boilerplate)
        }
    }
}
