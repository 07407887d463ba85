import NewsdeskCore
import NewsdeskText

/// Turns the chosen containers into the article's blocks: paragraphs, headings, quotes,
/// lists and the standfirst, through `ArticleTextBuilder`. What it drops from inside the
/// content (boilerplate elements, ad labels, "read also" links, captions, credit lines) is
/// listed as removals; credits and bylines it meets are collected.
///
/// The walk is iterative: a stack of open elements whose depth is bounded by the tree's.
struct HTMLBlockWriter {
    let document: HTMLDocument
    let finder: HTMLContentFinder
    /// The page title, to drop a heading that repeats it.
    var title: String?
    /// The source's name, to tell a site credit ("Le Quotidien avec AFP") from a byline.
    var siteName: String?

    private(set) var builder = ArticleTextBuilder()
    private(set) var removed: [Removal] = []
    private(set) var credits: [Credit] = []
    /// Names from bylines found in the content.
    private(set) var bylineNames: [String] = []
    /// The date of a date line printed above the body ("2021-10-16 | Botschaft"): the article's.
    private(set) var openingDate: String?
    /// Link characters and all characters emitted (for the link density of the result).
    private(set) var emittedLinkChars = 0
    private(set) var emittedChars = 0
    /// Sentence ends in the emitted text.
    private(set) var sentenceEnds = 0

    static let maxRemovals = 80
    /// How many characters of a removed block are read to describe it (it is cut to 200).
    static let removalScan = 1_000

    // Block state.
    private var buffer: [UInt8] = []
    private var bufferChars = 0
    private var bufferLinkChars = 0
    private var bufferSentenceEnds = 0
    private var lastWasSpace = true
    private var pendingBreaks = 0
    private var bodyStarted = false
    private var titleDropped = false
    private var dropNextLinkBlock = false
    private var standfirstDone = false
    private var lastBlock = ""
    /// Short blocks before the title heading and the body (a kicker such as "Energiewende"):
    /// held until it is clear whether the title follows them.
    private var pending: [(text: String, kind: Paragraph.Kind, chars: Int, linkChars: Int, sentenceEnds: Int)] = []
    /// A short heading inside the body, held until the next block shows whether it heads
    /// more article text or a box of links ("Mehr zum Thema auf …" over a link list).
    private var heldHeading: (text: String, chars: Int, linkChars: Int)?

    // Context counters.
    private var headingDepth = 0
    private var quoteDepth = 0
    private var listDepth = 0
    private var leadDepth = 0
    private var anchorDepth = 0
    private var headerDepth = 0
    private var captionDepth = 0
    private var bylineDepth = 0
    private var dateDepth = 0
    private var bufferCaptionChars = 0
    private var bufferBylineChars = 0
    private var bufferDateChars = 0

    private struct Frame {
        var end: Int
        var tag: HTMLTag
        var block: Bool
        var heading: Bool
        var quote: Bool
        var list: Bool
        var lead: Bool
        var anchor: Bool
        var header: Bool
        /// An inline caption, byline or date element (see `inlineMarks`).
        var mark: InlineMark?
    }

    private enum InlineMark { case caption, byline, date }

    private var frames: [Frame] = []

    init(document: HTMLDocument, finder: HTMLContentFinder, title: String?, siteName: String? = nil) {
        self.document = document
        self.finder = finder
        self.title = title
        self.siteName = siteName
        buffer.reserveCapacity(2048)
    }

    // MARK: - Walk

    mutating func write(_ containers: [Int]) {
        for container in containers { walk(container) }
        finish()
    }

    private mutating func walk(_ root: Int) {
        let nodes = document.nodes
        let rootEnd = Int(nodes[root].end)
        var index = root
        while index < rootEnd {
            while let top = frames.last, top.end <= index { close(frames.removeLast()) }
            let node = nodes[index]
            if node.tag == .text {
                appendText(index)
                index += 1
                continue
            }
            if handleSpecial(index, node, isRoot: index == root) {
                index = Int(node.end)
                continue
            }
            open(index, node)
            index += 1
        }
        while let top = frames.popLast() { close(top) }
        flush()
    }

    /// Elements that are skipped or handled whole. Returns true when the subtree is done.
    private mutating func handleSpecial(_ index: Int, _ node: HTMLNode, isRoot: Bool) -> Bool {
        let reason = finder.dropReason[index]
        if reason != .kept {
            if reason == .header { return false }  // gleaned for its standfirst and byline
            recordDropped(index, reason)
            return true
        }
        let tag = node.tag
        switch tag {
        case .br:
            pendingBreaks += 1
            if pendingBreaks >= 2 && listDepth == 0 {
                flush()
            } else {
                appendBreak()
            }
            return true
        case .hr:
            flush()
            return true
        case .img, .picture, .wbr:
            return true
        case .figcaption:
            flush()
            handleCaption(index)
            return true
        default:
            break
        }
        let flags = node.flags
        // Captions, bylines and dates as whole blocks. Inline ones ("<p>By <span
        // class=author>…</span></p>") are judged with their block when it is written.
        let wholeBlock = tag.isBlock || tag == .custom
        if wholeBlock, flags.contains(.caption) || flags.contains(.credit), !isRoot, finder.chars[index] < 600 {
            flush()
            handleCaption(index)
            return true
        }
        if wholeBlock, flags.contains(.byline), !isRoot, !flags.contains(.articleBody), !flags.contains(.positive) || finder.chars[index] < 300,
            finder.chars[index] < 800
        {
            flush()
            handleByline(index)
            return true
        }
        if wholeBlock, flags.contains(.date), !isRoot, finder.chars[index] < 80, headingDepth == 0 {
            flush()
            let text = gatherText(index)
            agencyCredit(in: text, parts: Self.parts(of: text))
            addRemoval(text, .boilerplate)
            return true
        }
        if !isRoot && shouldCleanConditionally(index, node) {
            flush()
            let density = finder.linkDensity(index)
            let reason: Removal.Reason = (node.tag.isList && density > 0.5) || dropNextLinkBlock ? .related : .navigation
            dropNextLinkBlock = false
            addRemoval(gatherText(index), reason)
            return true
        }
        return false
    }

    /// readability's conditional cleaning: link-heavy lists and boxes inside the content.
    private func shouldCleanConditionally(_ index: Int, _ node: HTMLNode) -> Bool {
        let tag = node.tag
        guard tag.isList || tag == .div || tag == .section || tag == .table || tag == .custom || tag == .aside
            || tag == .footer
        else { return false }
        let chars = finder.chars[index]
        guard chars > 0 else { return false }
        let density = finder.linkDensity(index)
        let positive = node.flags.contains(.positive) || node.flags.contains(.articleBody)
        if finder.commas[index] >= 10 && density < 0.5 { return false }
        if tag.isList {
            return density > 0.5 && chars < 3000
        }
        return density > (positive ? 0.5 : 0.33) && chars < 2000
    }

    private mutating func open(_ index: Int, _ node: HTMLNode) {
        let tag = node.tag
        let flags = node.flags
        let isHeader = finder.dropReason[index] == .header
        let block = tag.isBlock || isHeader
        if block {
            if listDepth > 0 && !isHeader {
                appendBreak()
            } else {
                flush()
            }
        } else if tag == .td || tag == .th {
            appendSpace()
        }
        var mark: InlineMark?
        if !block {
            if flags.contains(.caption) || flags.contains(.credit) {
                mark = .caption
            } else if flags.contains(.byline) {
                mark = .byline
            } else if flags.contains(.date) || tag == .time {
                mark = .date
            }
        }
        let frame = Frame(
            end: Int(node.end), tag: tag, block: block, heading: tag.isHeading, quote: tag == .blockquote,
            list: tag.isList, lead: flags.contains(.lead) && !tag.isList, anchor: tag == .a, header: isHeader, mark: mark
        )
        switch mark {
        case .caption: captionDepth += 1
        case .byline: bylineDepth += 1
        case .date: dateDepth += 1
        case nil: break
        }
        if frame.heading { headingDepth += 1 }
        if frame.quote { quoteDepth += 1 }
        if frame.list { listDepth += 1 }
        if frame.lead { leadDepth += 1 }
        if frame.anchor { anchorDepth += 1 }
        if frame.header { headerDepth += 1 }
        frames.append(frame)
    }

    private mutating func close(_ frame: Frame) {
        if frame.block {
            if listDepth > 0 && !frame.list && !frame.header {
                appendBreak()
            } else {
                flush(closing: frame.tag)
            }
        }
        if frame.heading { headingDepth -= 1 }
        if frame.quote { quoteDepth -= 1 }
        if frame.list { listDepth -= 1 }
        if frame.lead { leadDepth -= 1 }
        if frame.anchor { anchorDepth -= 1 }
        if frame.header { headerDepth -= 1 }
        switch frame.mark {
        case .caption: captionDepth -= 1
        case .byline: bylineDepth -= 1
        case .date: dateDepth -= 1
        case nil: break
        }
    }

    // MARK: - Text buffer

    private mutating func appendText(_ index: Int) {
        let node = document.nodes[index]
        guard node.count > 0 else { return }
        let range = document.textBytes(index)
        document.bytes.withUnsafeBufferPointer { bytes in
            // Runs of visible bytes are copied whole; each run of white space (no-break
            // spaces included) becomes one space.
            var position = range.lowerBound
            let end = range.upperBound
            var runStart = position
            while position <= end {
                let spaceLength: Int
                if position == end {
                    spaceLength = 0
                } else {
                    let byte = bytes[position]
                    if byte > 0x20 && !(byte == 0xC2 && position + 1 < end && bytes[position + 1] == 0xA0) {
                        if byte == 0x2E || byte == 0x21 || byte == 0x3F { bufferSentenceEnds += 1 }
                        position += 1
                        continue
                    }
                    spaceLength = byte == 0xC2 ? 2 : 1
                }
                if position > runStart {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                    lastWasSpace = false
                }
                guard spaceLength > 0 else { break }
                if !lastWasSpace {
                    buffer.append(0x20)
                    lastWasSpace = true
                }
                position += spaceLength
                runStart = position
            }
        }
        if node.chars > 0 {
            pendingBreaks = 0
            let chars = Int(node.chars)
            bufferChars += chars
            if anchorDepth > 0 { bufferLinkChars += chars }
            if captionDepth > 0 { bufferCaptionChars += chars }
            if bylineDepth > 0 { bufferBylineChars += chars }
            if dateDepth > 0 { bufferDateChars += chars }
        }
    }

    private mutating func appendSpace() {
        if !lastWasSpace {
            buffer.append(0x20)
            lastWasSpace = true
        }
    }

    private mutating func appendBreak() {
        while buffer.last == 0x20 { buffer.removeLast() }
        if !buffer.isEmpty && buffer.last != 0x0A { buffer.append(0x0A) }
        lastWasSpace = true
    }

    private var currentKind: Paragraph.Kind {
        // A heading marked as the dek or standfirst, before the body, is the standfirst.
        if headingDepth > 0 { return leadDepth > 0 && !bodyStarted && !standfirstDone ? .standfirst : .heading }
        if listDepth > 0 { return .list }
        if quoteDepth > 0 { return .quote }
        if leadDepth > 0 { return .standfirst }
        return .paragraph
    }

    // MARK: - Blocks

    private mutating func flush(closing tag: HTMLTag? = nil) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferChars = 0
            bufferLinkChars = 0
            bufferSentenceEnds = 0
            bufferCaptionChars = 0
            bufferBylineChars = 0
            bufferDateChars = 0
            lastWasSpace = true
            pendingBreaks = 0
        }
        guard bufferChars > 0 else { return }
        var text = String(decoding: buffer, as: UTF8.self)
        if text.utf8.first == 0x20 || text.utf8.last == 0x20 || text.utf8.last == 0x0A { text = text.whitespaceTrimmed }
        guard !text.isEmpty else { return }
        emit(text, kind: currentKind, closing: tag)
    }

    private mutating func emit(_ text: String, kind: Paragraph.Kind, closing tag: HTMLTag?) {
        let chars = bufferChars
        let linkRatio = Float(bufferLinkChars) / Float(max(1, chars))

        if headerDepth > 0 {
            glean(text, kind: kind, closing: tag, chars: chars)
            return
        }
        if let held = heldHeading {
            heldHeading = nil
            if kind == .list || kind == .paragraph, linkRatio > 0.6 {
                addRemoval(held.text, .related)
                addRemoval(text, .related)
                dropNextLinkBlock = true
                return
            }
            releaseHeading(held)
        }
        if kind == .heading {
            if !bodyStarted && !titleDropped && matchesTitle(text) {
                titleDropped = true
                // What came before the title was its kicker.
                for block in pending { addRemoval(block.text, .boilerplate) }
                pending.removeAll()
                addRemoval(text, .title)
                return
            }
            if chars < 80, let reason = BoilerplateLines.classify(text, chars: chars, linkRatio: linkRatio) {
                addRemoval(text, reason)
                if reason == .related || reason == .tags || reason == .comments { dropNextLinkBlock = true }
                return
            }
            if bodyStarted && chars < 100 {
                heldHeading = (text, chars, bufferLinkChars)
                return
            }
            append(text, kind: .heading, chars: chars)
            return
        }
        // Blocks made mostly of inline caption, byline or date elements.
        if kind != .list {
            if bufferCaptionChars * 2 >= chars && chars < 600 {
                captionText(text)
                return
            }
            if bufferBylineChars * 2 >= chars && chars < 300 {
                bylineText(text)
                return
            }
            if bufferDateChars * 2 >= chars && chars < 80 {
                agencyCredit(in: text, parts: Self.parts(of: text))
                addRemoval(text, .boilerplate)
                return
            }
        }
        if dropNextLinkBlock {
            dropNextLinkBlock = false
            if kind == .list || linkRatio > 0.5 {
                addRemoval(text, .related)
                return
            }
        }
        if chars < CreditLineParser.maxLineLength {
            if let reason = BoilerplateLines.classify(text, chars: chars, linkRatio: linkRatio) {
                addRemoval(text, reason)
                if (reason == .related || reason == .tags) && BoilerplateLines.isRelatedLabel(text) { dropNextLinkBlock = true }
                return
            }
            if kind == .paragraph,
                chars < 60 && MetadataLines.isDateOnly(text, labelWords: bodyStarted ? 1 : 3) || chars < 120 && MetadataLines.isMetaLine(text)
                    || chars < 12 && MetadataLines.isTimeOnly(text)
            {
                if !bodyStarted && openingDate == nil { openingDate = DateNormalizer.normalize(text) }
                addRemoval(text, .date)
                return
            }
            if kind == .paragraph, FigureCaption.matches(text) {
                captionText(text)
                return
            }
            if kind == .paragraph || kind == .standfirst, let credit = CreditLineParser.markedImageCredit(endingCaption: text) {
                credits.append(credit)
                addRemoval(text, .caption)
                return
            }
            if kind != .list, let credit = CreditLineParser.parse(text) {
                switch credit.role {
                case .agency, .image:
                    credits.append(credit)
                    addRemoval(text, .credit)
                    return
                case .byline:
                    if chars < 120 {
                        credits.append(credit)
                        let names = CreditLineParser.names(inByline: text)
                        bylineNames.append(contentsOf: names.isEmpty ? credit.name.map { [$0] } ?? [] : names)
                        addRemoval(text, .byline)
                        return
                    }
                }
            }
            // A paragraph or quote that is only a link is a link to another article (quotes:
            // embedded posts).
            if kind == .paragraph || kind == .quote, linkRatio > 0.9, chars < 150 {
                addRemoval(text, .related)
                return
            }
        }
        if !bodyStarted, kind == .paragraph || kind == .standfirst, let credit = CreditLineParser.dateline(text) {
            credits.append(credit)
        }
        if text == lastBlock {
            addRemoval(text, .duplicateLine)
            return
        }
        var kind = kind
        if kind == .standfirst && (bodyStarted || standfirstDone) { kind = .paragraph }
        if !bodyStarted && !titleDropped && title != nil && kind == .paragraph && chars < 50 && bufferSentenceEnds == 0
            && pending.count < 3
        {
            pending.append((text, kind, chars, bufferLinkChars, bufferSentenceEnds))
            return
        }
        append(text, kind: kind, chars: chars)
    }

    /// Writes the held short blocks (the title did not follow them).
    private mutating func releasePending() {
        guard !pending.isEmpty else { return }
        let held = pending
        pending.removeAll()
        for block in held {
            builder.append(block.text, kind: block.kind)
            lastBlock = block.text
            emittedChars += block.chars
            emittedLinkChars += block.linkChars
            sentenceEnds += block.sentenceEnds
            bodyStarted = true
        }
    }

    /// Writes what is still held; called once the containers are written. A heading with
    /// nothing after it ends no section of the article: it is furniture ("Kommentare").
    mutating func finish() {
        flush()
        releasePending()
        if let held = heldHeading {
            heldHeading = nil
            addRemoval(held.text, .boilerplate)
        }
    }

    private mutating func releaseHeading(_ held: (text: String, chars: Int, linkChars: Int)) {
        builder.append(held.text, kind: .heading)
        lastBlock = held.text
        emittedChars += held.chars
        emittedLinkChars += held.linkChars
    }

    /// Inside an article header: keep the standfirst, note the byline, drop the rest.
    private mutating func glean(_ text: String, kind: Paragraph.Kind, closing tag: HTMLTag?, chars: Int) {
        if kind == .heading {
            if matchesTitle(text) && !titleDropped {
                titleDropped = true
                addRemoval(text, .title)
            } else if titleDropped && !standfirstDone && !bodyStarted && chars >= 80 {
                // A subheadline under the title: the standfirst.
                standfirstDone = true
                append(text, kind: .standfirst, chars: chars)
            }
            return
        }
        if let credit = chars < CreditLineParser.maxLineLength ? CreditLineParser.parse(text) : nil {
            credits.append(credit)
            if credit.role == .byline { bylineNames.append(contentsOf: CreditLineParser.names(inByline: text)) }
            addRemoval(text, credit.role == .byline ? .byline : .credit)
            return
        }
        let isParagraph = tag == .p || kind == .standfirst
        if !standfirstDone && !bodyStarted && isParagraph && chars >= 30
            && BoilerplateLines.classify(text, chars: chars, linkRatio: Float(bufferLinkChars) / Float(max(1, chars))) == nil
        {
            standfirstDone = true
            append(text, kind: .standfirst, chars: chars)
        }
    }

    private mutating func append(_ text: String, kind: Paragraph.Kind, chars: Int) {
        releasePending()
        builder.append(text, kind: kind)
        lastBlock = text
        emittedChars += chars
        emittedLinkChars += bufferLinkChars
        sentenceEnds += bufferSentenceEnds
        switch kind {
        case .paragraph, .list, .quote: bodyStarted = true
        case .standfirst: standfirstDone = true
        case .heading: break
        }
    }

    private func matchesTitle(_ text: String) -> Bool {
        guard let title else { return false }
        return TitleMatching.same(text, title)
    }

    // MARK: - Captions, credits, bylines

    private mutating func handleCaption(_ index: Int) {
        let nodes = document.nodes
        // Credit elements inside the caption are credits; the rest is the caption.
        var creditTexts: [String] = []
        var child = index + 1
        let end = Int(nodes[index].end)
        while child < end {
            let node = nodes[child]
            if node.tag != .text && (node.flags.contains(.credit)) {
                let text = gatherText(child)
                if !text.isEmpty { creditTexts.append(text) }
                child = Int(node.end)
                continue
            }
            child += 1
        }
        let ownIsCredit = nodes[index].flags.contains(.credit) && !nodes[index].flags.contains(.caption) && nodes[index].tag != .figcaption
        let whole = gatherText(index, excludingCredits: !ownIsCredit)
        if ownIsCredit {
            if !whole.isEmpty { creditTexts.append(whole) }
        } else if !whole.isEmpty {
            captionText(whole)
        }
        let inFigure = isInFigure(index)
        for text in creditTexts { creditText(text, image: inFigure) }
    }

    /// Whether an element is (inside) a figure or a caption, a few levels up.
    private func isInFigure(_ index: Int) -> Bool {
        let nodes = document.nodes
        var node = index
        var steps = 0
        while node > 0 && steps < 6 {
            let current = nodes[node]
            if current.tag == .figure || current.tag == .figcaption || current.tag == .picture || current.flags.contains(.caption) { return true }
            node = Int(current.parent)
            steps += 1
        }
        return false
    }

    /// A caption: removed, with the image credit it may end with.
    private mutating func captionText(_ text: String) {
        if let found = CreditLineParser.imageCredit(inCaption: text) {
            credits.append(found.credit)
        }
        addRemoval(text, .caption)
    }

    /// A credit element: an image credit in a figure; elsewhere an agency copyright line
    /// ("© AFP 2024") stays an agency credit.
    private mutating func creditText(_ text: String, image: Bool = true) {
        var credit = CreditLineParser.parse(text) ?? Credit(role: .image, text: text)
        if image || credit.role != .agency { credit.role = .image }
        if credit.agency == nil { credit.agency = NewsAgencies.first(in: text) }
        credits.append(credit)
        addRemoval(text, .credit)
    }

    /// A byline: its names, any agency credit, and a removal.
    private mutating func bylineText(_ text: String) {
        let parts = Self.parts(of: text)
        var names = CreditLineParser.names(inByline: text)
        if names.isEmpty, let first = parts.first { names = CreditLineParser.names(inByline: first) }
        bylineNames.append(contentsOf: names)
        agencyCredit(in: text, parts: parts)
        addRemoval(text, .byline)
    }

    /// An agency credit in a byline or date line ("Von dpa | 24.04.2025", "by AFP · 3 min",
    /// "Le Quotidien avec AFP Publié le 4 février").
    private mutating func agencyCredit(in text: String, parts: [String]) {
        var candidates = [text] + parts
        if let beforeDate = Self.beforeTimestamp(text), beforeDate != text { candidates.append(beforeDate) }
        for part in candidates {
            guard var credit = CreditLineParser.parse(part), credit.agency != nil else { continue }
            // "Le Quotidien du Midi avec AFP": the site and the agency, no person.
            if credit.role == .byline, let name = credit.name, let siteName, TitleMatching.same(name, siteName) {
                credit = Credit(role: .agency, agency: credit.agency, text: credit.text)
            }
            credits.append(credit)
            return
        }
    }

    /// The start of a meta line, before its date ("… Publié le 4 février 2025", "… Updated …").
    static func beforeTimestamp(_ text: String) -> String? {
        let line = FoldedLine(text)
        let markers = [" publie", " mis a jour", " published", " updated", " posted", " veroffentlicht", " aktualisiert",
                       " stand:", " publicado", " actualizado", " pubblicato", " aggiornato", " atualizado", " le ", " am ", " on "]
        var cut = line.count
        for marker in markers {
            if let found = line.find(marker), found < cut { cut = found }
        }
        if let digit = line.folded.firstIndex(where: { $0.value >= 0x30 && $0.value <= 0x39 }), digit < cut { cut = digit }
        guard cut > 0, cut < line.count else { return nil }
        let head = line.original(0..<cut).whitespaceTrimmed
        return head.isEmpty ? nil : head
    }

    /// The parts of a meta line separated by "|", "·", "•" or " / ".
    static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isSlash = scalar == "/" && index > 0 && index + 1 < scalars.count && scalars[index - 1] == " " && scalars[index + 1] == " "
            if scalar == "|" || scalar == "·" || scalar == "•" || isSlash {
                parts.append(current.whitespaceTrimmed)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
            index += 1
        }
        parts.append(current.whitespaceTrimmed)
        return parts.filter { !$0.isEmpty }
    }

    private mutating func handleByline(_ index: Int) {
        let text = gatherText(index)
        guard !text.isEmpty else { return }
        if text.count < 200 {
            var names = CreditLineParser.names(inByline: text)
            if names.isEmpty {
                // Names in links or name elements inside the byline ("By <a>X</a> · 3 min read").
                let nodes = document.nodes
                var child = index + 1
                while child < Int(nodes[index].end) && names.count < 6 {
                    let node = nodes[child]
                    if node.tag == .a || document.attributeEquals(child, .itemprop, "name") || document.attributeEquals(child, .rel, "author") {
                        let name = gatherText(child)
                        names.append(contentsOf: CreditLineParser.names(inByline: name))
                        child = Int(node.end)
                        continue
                    }
                    child += 1
                }
            }
            bylineNames.append(contentsOf: names)
            if let credit = CreditLineParser.parse(text), credit.agency != nil { credits.append(credit) }
        }
        addRemoval(text, .byline)
    }

    mutating func recordDropped(_ index: Int, _ reason: HTMLContentFinder.DropReason) {
        guard let mapped = Self.removalReason(reason, document.nodes[index].tag) else { return }
        let text = gatherText(index)
        guard !text.isEmpty else { return }
        if mapped == .boilerplate || document.nodes[index].tag == .button || reason == .form {
            // Buttons and forms: listed when their text says what they are.
            let chars = text.scalarCount
            if let specific = BoilerplateLines.classify(text, chars: chars, linkRatio: 0) {
                addRemoval(text, specific)
                return
            }
            if reason == .form || document.nodes[index].tag == .button { return }
        }
        addRemoval(text, mapped)
    }

    static func removalReason(_ reason: HTMLContentFinder.DropReason, _ tag: HTMLTag) -> Removal.Reason? {
        switch reason {
        case .kept, .hidden, .header: return nil
        case .tag:
            switch tag {
            case .nav: return .navigation
            case .button, .aside: return .boilerplate
            default: return nil
            }
        case .navigation: return .navigation
        case .share: return .share
        case .comments: return .comments
        case .cookie: return .cookie
        case .newsletter: return .newsletter
        case .related: return .related
        case .ad: return .advertisementLabel
        case .layout, .footer: return .boilerplate
        case .form: return .boilerplate
        }
    }

    mutating func addRemoval(_ text: String, _ reason: Removal.Reason) {
        guard removed.count < Self.maxRemovals else { return }
        // One line of plain spaces: line and paragraph separators (U+2028, U+2029) break
        // line-based readers of the JSON output.
        // Only the start is kept, so only the start is cleaned: removed blocks can be long.
        let head = text.utf8.count > 4 * Self.removalScan ? Substring(text.unicodeScalars.prefix(Self.removalScan)) : Substring(text)
        let trimmed = ArticleTextBuilder.normalizeSpaces(head)
        guard !trimmed.isEmpty else { return }
        removed.append(Removal(text: TextFold.truncate(trimmed), reason: reason))
    }

    /// The visible text of a subtree (scripts, styles and hidden parts left out), at most
    /// about 1,000 bytes, with white space collapsed.
    func gatherText(_ index: Int, excludingCredits: Bool = false, limit: Int = 1000) -> String {
        HTMLText.gather(document, finder: finder, index, excludingCredits: excludingCredits, limit: limit)
    }
}

/// Text of a subtree, for removals, captions and metadata.
enum HTMLText {
    static func gather(
        _ document: HTMLDocument, finder: HTMLContentFinder?, _ index: Int, excludingCredits: Bool = false, limit: Int = 1000
    ) -> String {
        let nodes = document.nodes
        var bytes: [UInt8] = []
        var lastWasSpace = true
        var child = index + 1
        let end = Int(nodes[index].end)
        // Where the open blocks end: their text is set apart on both sides, as on screen
        // ("<div>Beitrag</div>von Ann" is no "Beitragvon Ann"). A link's end is not: a comma
        // or a bracket often follows it.
        var separatedEnds: [Int] = []
        document.bytes.withUnsafeBufferPointer { all in
            while child < end && bytes.count < limit {
                while let last = separatedEnds.last, child >= last {
                    separatedEnds.removeLast()
                    if !lastWasSpace {
                        bytes.append(0x20)
                        lastWasSpace = true
                    }
                }
                let node = nodes[child]
                if node.tag != .text {
                    let reason = finder?.dropReason[child] ?? .kept
                    if node.tag.isDropped || reason == .hidden || (excludingCredits && node.flags.contains(.credit)) {
                        child = Int(node.end)
                        continue
                    }
                    if node.tag.isBlock || node.tag == .br || node.tag == .td || node.tag == .a || node.tag == .button {
                        if !lastWasSpace {
                            bytes.append(0x20)
                            lastWasSpace = true
                        }
                        if node.tag != .br && node.tag != .a { separatedEnds.append(Int(node.end)) }
                    }
                    child += 1
                    continue
                }
                let range = Int(node.start)..<Int(node.start + node.count)
                var position = range.lowerBound
                while position < range.upperBound {
                    let byte = all[position]
                    if byte <= 0x20 || (byte == 0xC2 && position + 1 < range.upperBound && all[position + 1] == 0xA0) {
                        if byte == 0xC2 { position += 1 }
                        if !lastWasSpace {
                            bytes.append(0x20)
                            lastWasSpace = true
                        }
                    } else {
                        bytes.append(byte)
                        lastWasSpace = false
                    }
                    position += 1
                }
                child += 1
            }
        }
        // Do not cut a UTF-8 sequence in half.
        if bytes.count > limit {
            var cut = limit
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes.removeSubrange(cut...)
        }
        return String(decoding: bytes, as: UTF8.self).whitespaceTrimmed
    }
}
