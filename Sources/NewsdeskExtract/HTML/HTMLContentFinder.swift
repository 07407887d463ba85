/// Finds the main content of a page: drops boilerplate elements, scores containers by the
/// paragraphs they hold (readability-style: text length, commas, link density, class hints)
/// and picks the best container plus the siblings that also look like body text.
///
/// Every pass is a linear walk over the node array (children follow their parent, so a
/// reverse walk sees every child before its parent); nothing recurses.
struct HTMLContentFinder {
    let document: HTMLDocument
    /// Non-space characters kept under each node (dropped subtrees excluded).
    private(set) var chars: [Int32]
    /// Of those, characters inside links.
    private(set) var linkChars: [Int32]
    private(set) var commas: [Int32]
    /// For blocks: characters of their own inline content (not inside nested blocks).
    private var inlineChars: [Int32]
    private var inlineLinkChars: [Int32]
    private var inlineCommas: [Int32]
    /// Characters of paragraph-like blocks (25+ characters, mostly not links) under each node.
    private(set) var paragraphChars: [Int32]
    /// Whether an element has a kept block child (its own loose text then forms paragraphs of its own).
    private var hasBlockChild: [Bool]
    /// Whether a subtree holds an itemprop=articleBody element.
    private var holdsBodyHint: [Bool]
    /// Paragraph characters of the whole page.
    private var pageParagraphChars: Int32 = 1
    /// Paragraph characters under each node, whatever is dropped inside.
    private var rawParagraphChars: [Int32]
    /// Why a node was dropped (0 when kept).
    private(set) var dropReason: [DropReason]
    /// Whether a node is inside (or is) a dropped subtree.
    private(set) var insideDropped: [Bool]
    /// Whether a node is inside (or is) a subtree dropped for a reason other than being a
    /// header (bylines and headlines live in headers).
    private(set) var insideHardDropped: [Bool]
    private(set) var scores: [Float]
    private var scored: [Bool]
    /// Elements marked as the article body by their markup (itemprop=articleBody, <article>).
    private var bodyHints: [Int] = []
    private var articleElements: [Int] = []

    enum DropReason: UInt8 {
        case kept = 0
        case tag, hidden, navigation, share, comments, cookie, newsletter, related, ad, layout, header, footer, form
    }

    /// Whether class and id hints are ignored (only elements, hidden parts, comments and
    /// cookie prompts are dropped): the second try on pages whose furniture classes hide the article.
    let relaxed: Bool

    init(document: HTMLDocument, relaxed: Bool = false) {
        self.document = document
        self.relaxed = relaxed
        let count = document.nodes.count
        chars = [Int32](repeating: 0, count: count)
        linkChars = [Int32](repeating: 0, count: count)
        commas = [Int32](repeating: 0, count: count)
        inlineChars = [Int32](repeating: 0, count: count)
        inlineLinkChars = [Int32](repeating: 0, count: count)
        inlineCommas = [Int32](repeating: 0, count: count)
        paragraphChars = [Int32](repeating: 0, count: count)
        hasBlockChild = [Bool](repeating: false, count: count)
        holdsBodyHint = [Bool](repeating: false, count: count)
        rawParagraphChars = [Int32](repeating: 0, count: count)
        dropReason = [DropReason](repeating: .kept, count: count)
        insideDropped = [Bool](repeating: false, count: count)
        insideHardDropped = [Bool](repeating: false, count: count)
        scores = [Float](repeating: 0, count: count)
        scored = [Bool](repeating: false, count: count)
        aggregate()
        markInsideDropped()
        score()
    }

    // MARK: - Passes

    /// Characters of all paragraph-like blocks of the page, whatever their classes (a quick
    /// bottom-up pass that only skips script-like elements).
    private mutating func measureParagraphs() -> Int32 {
        let nodes = document.nodes
        var total: Int32 = 0
        var index = nodes.count - 1
        while index > 0 {
            let node = nodes[index]
            let parent = Int(node.parent)
            if node.tag == .text {
                inlineChars[parent] += node.chars
            } else {
                defer { rawParagraphChars[parent] += rawParagraphChars[index] }
                if node.tag == .a { inlineLinkChars[index] = inlineChars[index] }
                if node.tag.isBlock {
                    if inlineChars[index] >= 25 && inlineLinkChars[index] * 2 < inlineChars[index] {
                        total += inlineChars[index]
                        rawParagraphChars[index] += inlineChars[index]
                    }
                } else if !node.tag.isDropped || node.tag == .noscript {
                    inlineChars[parent] += inlineChars[index]
                    inlineLinkChars[parent] += inlineLinkChars[index]
                }
            }
            index -= 1
        }
        for index in 0..<nodes.count {
            inlineChars[index] = 0
            inlineLinkChars[index] = 0
        }
        return max(1, total)
    }

    /// Bottom-up: text sums, drop decisions.
    private mutating func aggregate() {
        let nodes = document.nodes
        let total = max(1, Int32(document.totalChars))
        pageParagraphChars = measureParagraphs()
        var index = nodes.count - 1
        while index > 0 {
            let node = nodes[index]
            let parent = Int(node.parent)
            if node.tag == .text {
                chars[parent] += node.chars
                commas[parent] += node.commas
                inlineChars[parent] += node.chars
                inlineCommas[parent] += node.commas
                index -= 1
                continue
            }
            if node.tag == .a {
                linkChars[index] = chars[index]
                inlineLinkChars[index] = inlineChars[index]
            }
            if node.tag.isBlock && inlineChars[index] >= 25 && inlineLinkChars[index] * 2 < inlineChars[index] {
                paragraphChars[index] += inlineChars[index]
            }
            let reason = decideDrop(index, node, total: total)
            dropReason[index] = reason
            if reason == .kept {
                if node.tag.isBlock && chars[index] > 0 { hasBlockChild[parent] = true }
                if holdsBodyHint[index] || node.flags.contains(.articleBody) { holdsBodyHint[parent] = true }
                paragraphChars[parent] += paragraphChars[index]
                chars[parent] += chars[index]
                linkChars[parent] += linkChars[index]
                commas[parent] += commas[index]
                if !node.tag.isBlock && node.tag != .br {
                    inlineChars[parent] += inlineChars[index]
                    inlineLinkChars[parent] += inlineLinkChars[index]
                    inlineCommas[parent] += inlineCommas[index]
                }
                if node.flags.contains(.articleBody) { bodyHints.append(index) }
                if node.tag == .article || node.flags.contains(.mainRole) { articleElements.append(index) }
            }
            index -= 1
        }
        bodyHints.reverse()
        articleElements.reverse()
    }

    private func decideDrop(_ index: Int, _ node: HTMLNode, total: Int32) -> DropReason {
        let tag = node.tag
        let flags = node.flags
        let own = chars[index]
        let paragraphs = paragraphChars[index]
        // A class that says "sidebar" on an element holding most of the page's text is a
        // page wrapper ("has-sidebar"), not a sidebar.
        let rescued = own * 5 >= total * 2 && linkChars[index] * 3 < own && own > 500
        // Furniture classes or elements ("sidebar", "header", an unclosed <nav>) around the
        // article: the element holds most of the page's paragraphs.
        let wrapsArticle = rescued || (paragraphs >= 200 && rawParagraphChars[index] * 2 >= pageParagraphChars)
        // "entry-content read-more", "article-header" around the body: content classes win
        // when the element holds paragraphs.
        let contentLike = flags.contains(.positive) && paragraphs >= 300 && paragraphs * 2 >= own
        if tag.isDropped {
            switch tag {
            case .nav, .aside:
                // An <aside class="related"> or <nav class="breadcrumb"> says more by its class.
                if flags.contains(.related) { return .related }
                if flags.contains(.comments) { return .comments }
                if wrapsArticle { return .kept }
                if flags.contains(.share) { return .share }
                if flags.contains(.newsletter) { return .newsletter }
                if flags.contains(.ad) { return .ad }
                return .tag
            case .noscript:
                // Pages that render with scripts sometimes carry the article in <noscript>.
                return wrapsArticle && paragraphs >= 500 ? .kept : .tag
            default:
                return .tag
            }
        }
        if tag == .html || tag == .body { return .kept }
        // <main> and role=main are the page's content by definition, whatever their classes say.
        if (tag == .main || flags.contains(.mainRole)) && !flags.contains(.hidden) { return .kept }
        if flags.contains(.hidden) { return rescued ? .kept : .hidden }
        if tag == .form {
            // ASP.NET pages wrap the whole page, article included, in one <form>.
            if wrapsArticle { return .kept }
            return own < 300 || linkChars[index] * 2 > own ? .form : .kept
        }
        if flags.contains(.articleBody) || holdsBodyHint[index] { return .kept }
        // Comment threads can outgrow the article: never rescued by size.
        if flags.contains(.comments) && !flags.contains(.positive) { return .comments }
        if relaxed { return flags.contains(.cookie) ? .cookie : .kept }
        if !flags.isDisjoint(with: NodeFlags.junk) && !rescued {
            if flags.contains(.cookie) { return .cookie }
            if flags.contains(.comments) { return .comments }
            if contentLike { return .kept }
            if flags.contains(.related) { return .related }
            if wrapsArticle { return .kept }
            if flags.contains(.newsletter) { return .newsletter }
            if flags.contains(.share) { return .share }
            if flags.contains(.ad) {
                // "ad" words are short and common; a long low-link text is not an ad.
                if own > 600 && linkChars[index] * 4 < own { return .kept }
                return .ad
            }
            if flags.contains(.navigation) { return .navigation }
            return .layout
        }
        if tag == .header || flags.contains(.header) {
            if !wrapsArticle && !contentLike { return .header }
        }
        if tag == .footer || flags.contains(.footer) {
            if !wrapsArticle && !contentLike { return .footer }
        }
        return .kept
    }

    /// Top-down: whether each node lies inside a dropped subtree.
    private mutating func markInsideDropped() {
        let nodes = document.nodes
        for index in 1..<nodes.count {
            let parent = Int(nodes[index].parent)
            let reason = dropReason[index]
            insideDropped[index] = reason != .kept || insideDropped[parent]
            insideHardDropped[index] = (reason != .kept && reason != .header) || insideHardDropped[parent]
        }
    }

    /// readability's scoring: each paragraph-like block gives its parent its score, its
    /// grandparent half, and further ancestors a third per level.
    private mutating func score() {
        let nodes = document.nodes
        for index in 1..<nodes.count {
            let node = nodes[index]
            guard node.tag != .text, node.tag.isScoredBlock, !insideDropped[index] else { continue }
            let length = inlineChars[index]
            guard length >= 25, inlineLinkChars[index] * 2 < length else { continue }
            let value = 1 + Float(inlineCommas[index]) + min(Float(length) / 100, 3)
            // Loose text beside blocks is a paragraph of this element (readability wraps it in
            // a <p>); a block of text alone is a paragraph of its parent.
            var ancestor = hasBlockChild[index] && node.tag != .p ? index : Int(node.parent)
            var level = 0
            while ancestor > 0 && level < 5 {
                if !scored[ancestor] {
                    scored[ancestor] = true
                    scores[ancestor] += initialScore(ancestor)
                }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level) * 3)
                scores[ancestor] += value / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        for index in 1..<nodes.count where scored[index] {
            scores[index] *= 1 - linkDensity(index)
        }
    }

    private func initialScore(_ index: Int) -> Float {
        let node = document.nodes[index]
        var value = node.tag.initialScore
        if node.flags.contains(.positive) || node.flags.contains(.articleBody) { value += 25 }
        if node.flags.contains(.negative) { value -= 25 }
        return value
    }

    func linkDensity(_ index: Int) -> Float {
        let total = chars[index]
        return total > 0 ? Float(linkChars[index]) / Float(total) : 0
    }

    // MARK: - Selection

    /// The containers that hold the article, in document order (non-overlapping), or empty.
    /// `headline` is the heading that repeats the page's title, when there is one: the body
    /// follows it, so a top scorer far from it (a footer, a pop-up) yields to a strong
    /// candidate right after it.
    func selectContainers(headline: Int? = nil) -> [Int] {
        let nodes = document.nodes
        // Best candidates.
        var top: [Int] = []
        for index in 1..<nodes.count where scored[index] && !insideDropped[index] {
            if top.count < 10 || scores[index] > scores[top[top.count - 1]] {
                var position = top.count
                while position > 0 && scores[top[position - 1]] < scores[index] { position -= 1 }
                top.insert(index, at: position)
                if top.count > 10 { top.removeLast() }
            }
        }
        guard var best = top.first.map({ first in headline.flatMap { nearHeadline(top, $0) } ?? first }) else {
            if let hint = usableHint(against: nil) { return [hint] }
            // No paragraph anywhere: text straight in <body> (or a single block) is all there is.
            if let body = (1..<min(nodes.count, 64)).first(where: { nodes[$0].tag == .body }), chars[body] > 0 { return [body] }
            return []
        }
        let bestScore = scores[best]

        // Several strong candidates under one ancestor: the ancestor holds the article.
        let alternatives = top.prefix(5).dropFirst().filter { scores[$0] >= bestScore * 0.75 }
        if alternatives.count >= 2 {
            var ancestor = Int(nodes[best].parent)
            while ancestor > 0 && nodes[ancestor].tag != .body {
                let inside = alternatives.filter { $0 > ancestor && $0 < Int(nodes[ancestor].end) }.count
                if inside >= 2 {
                    best = ancestor
                    break
                }
                ancestor = Int(nodes[ancestor].parent)
            }
        }
        // Climb while the parent scores better (readability's lastScore walk).
        var lastScore = scores[best]
        let threshold = lastScore / 3
        var parent = Int(nodes[best].parent)
        while parent > 0 && nodes[parent].tag != .body && nodes[parent].tag != .html {
            if !scored[parent] {
                parent = Int(nodes[parent].parent)
                continue
            }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore {
                best = parent
                break
            }
            lastScore = scores[parent]
            parent = Int(nodes[parent].parent)
        }
        // An only child: its parent is the same container with more context.
        while true {
            let parent = Int(nodes[best].parent)
            guard parent > 0, nodes[parent].tag != .body, nodes[parent].tag != .html, elementChildCount(parent) == 1,
                chars[parent] <= chars[best] + 200
            else { break }
            best = parent
        }

        // A body split into sections in separate containers: an ancestor that also holds
        // another strong candidate, whose text is mostly paragraphs and holds clearly more of
        // them, is the article.
        let bestEnd = Int(nodes[best].end)
        let cousins = top.filter { candidate in
            candidate != best && scores[candidate] >= scores[best] * 0.5
                && !(candidate > best && candidate < bestEnd)  // not inside best
                && !(best > candidate && best < Int(nodes[candidate].end))  // not around best
        }
        if !cousins.isEmpty {
            var ancestor = Int(nodes[best].parent)
            var levels = 0
            var widened = best
            while ancestor > 0 && levels < 4 && nodes[ancestor].tag != .body && nodes[ancestor].tag != .html {
                let paragraphs = paragraphChars[ancestor]
                let end = Int(nodes[ancestor].end)
                if cousins.contains(where: { $0 > ancestor && $0 < end }), paragraphs * 10 >= chars[ancestor] * 6,
                    linkDensity(ancestor) < 0.25, paragraphs * 10 >= paragraphChars[widened] * 13
                {
                    widened = ancestor
                }
                ancestor = Int(nodes[ancestor].parent)
                levels += 1
            }
            best = widened
        }

        if let hint = usableHint(against: best) { best = hint }
        let containers = withSiblings(best, headline: headline)
        if let headline, let first = containers.first, let lead = standfirst(between: headline, and: first) {
            return [lead] + containers
        }
        return containers
    }

    /// Kept characters between the headline and a candidate: 0 when the candidate holds the
    /// headline, nil when it ends before it.
    private func textAfter(_ headline: Int, upTo candidate: Int) -> Int? {
        let nodes = document.nodes
        if candidate <= headline { return headline < Int(nodes[candidate].end) ? 0 : nil }
        var total = 0
        var index = Int(nodes[headline].end)
        while index < candidate {
            if nodes[index].tag == .text && !insideDropped[index] { total += Int(nodes[index].chars) }
            index += 1
        }
        return total
    }

    /// A strong candidate with prose of its own that starts right at the headline, when the
    /// top scorer lies elsewhere: after that candidate (a footer, a pop-up) or before the headline.
    private func nearHeadline(_ top: [Int], _ headline: Int) -> Int? {
        guard let first = top.first, headline > 0, headline < document.nodes.count else { return nil }
        let firstDistance = textAfter(headline, upTo: first)
        if first < headline && firstDistance == 0 { return nil }  // it holds the headline
        return top.dropFirst().first { candidate in
            scores[candidate] >= scores[first] * 0.4 && paragraphChars[candidate] >= 200
                && paragraphChars[candidate] * 2 >= paragraphChars[first]
                && (firstDistance == nil || first >= Int(document.nodes[candidate].end))
                && (textAfter(headline, upTo: candidate) ?? Int.max) <= Self.nearHeadline
        }
    }

    /// Characters of other text between the headline and a body that follows it, at most
    /// (a standfirst, a byline, a caption).
    static let nearHeadline = 500

    /// An itemprop=articleBody or <article> element that is a better container than `best`.
    private func usableHint(against best: Int?) -> Int? {
        let nodes = document.nodes
        for hint in bodyHints + articleElements where !insideDropped[hint] {
            let text = chars[hint]
            guard text >= 200, linkDensity(hint) < 0.4 else { continue }
            guard let best else { return hint }
            if hint == best { return nil }
            let bestText = chars[best]
            let hintContainsBest = best > hint && best < Int(nodes[hint].end)
            let bestContainsHint = hint > best && hint < Int(nodes[best].end)
            let isItemprop = nodes[hint].flags.contains(.articleBody)
            if hintContainsBest {
                // The hint wraps the best container: take it when it adds little else, or
                // when what it adds is prose too.
                if Float(text) <= Float(bestText) * (isItemprop ? 2.5 : 1.6) { return hint }
                if paragraphChars[hint] * 10 >= text * 7 && linkDensity(hint) < 0.2 { return hint }
            } else if bestContainsHint {
                // The best container is wider than the marked body: trust an itemprop when it
                // holds most of the text.
                if isItemprop && Float(text) >= Float(bestText) * 0.6 { return hint }
            } else if isItemprop && text >= bestText {
                return hint
            }
        }
        return nil
    }

    private func elementChildCount(_ index: Int) -> Int {
        let nodes = document.nodes
        var child = index + 1
        let end = Int(nodes[index].end)
        var count = 0
        while child < end {
            if nodes[child].tag != .text { count += 1 } else if nodes[child].chars > 0 { count += 1 }
            if count > 1 { return count }
            child = Int(nodes[child].end)
        }
        return count
    }

    /// The container plus its siblings that look like body text (readability's sibling merge),
    /// and a header, a lead or the block holding the headline (with its standfirst) just before it.
    private func withSiblings(_ best: Int, headline: Int?) -> [Int] {
        let nodes = document.nodes
        let parent = Int(nodes[best].parent)
        guard parent >= 0 else { return [best] }
        let bestScore = scores[best]
        let threshold = max(10, bestScore * 0.2)
        var result: [Int] = []
        var child = parent + 1
        let end = Int(nodes[parent].end)
        var sawBest = false
        while child < end {
            defer { child = Int(nodes[child].end) }
            if child == best {
                result.append(child)
                sawBest = true
                continue
            }
            let node = nodes[child]
            if node.tag == .text || dropReason[child] != .kept {
                // A header right before the body holds its standfirst and byline.
                if !sawBest, dropReason[child] == .header, chars[child] > 0, isNear(child, best) {
                    result.append(child)
                }
                continue
            }
            var include = false
            if scored[child] && scores[child] >= threshold && linkDensity(child) < 0.5 {
                include = true
            } else if node.tag == .p || (node.tag.isScoredBlock && inlineChars[child] == chars[child]) {
                let length = chars[child]
                let density = linkDensity(child)
                if length > 80 && density < 0.25 {
                    include = true
                } else if length > 0 && length <= 80 && density == 0 && endsSentence(child) {
                    include = true
                }
            } else if node.flags.contains(.lead) && !sawBest && chars[child] > 0 && linkDensity(child) < 0.3 {
                include = true
            } else if let headline, !sawBest, headline > child, headline < Int(node.end), chars[child] <= 1500,
                linkDensity(child) < 0.3, isNear(child, best)
            {
                include = true
            } else if node.tag.isList && chars[child] > 100 && linkDensity(child) < 0.2 && isNear(child, best) {
                include = true
            }
            if include { result.append(child) }
        }
        return result.isEmpty ? [best] : result
    }

    /// A standfirst printed between the headline and the body, outside the body's container:
    /// the first paragraph or lead-marked block of prose after the headline, when little other
    /// text (a byline, a date) stands between them.
    private func standfirst(between headline: Int, and body: Int) -> Int? {
        let nodes = document.nodes
        guard headline < body, !(body < headline) else { return nil }
        var index = Int(nodes[headline].end)
        var between = 0
        while index < body {
            let node = nodes[index]
            if node.tag == .text {
                if !insideHardDropped[index] { between += Int(node.chars) }
                if between > Self.nearHeadline { return nil }
                index += 1
                continue
            }
            // A lead-marked block, a paragraph, or a subheadline that reads as a sentence.
            let isLead = node.flags.contains(.lead) || node.tag == .p || (node.tag.isHeading && chars[index] >= 80)
            if isLead, !insideHardDropped[index], Int(node.end) <= body, chars[index] >= 60, linkDensity(index) < 0.2,
                node.flags.isDisjoint(with: [.byline, .date, .caption, .credit]), endsSentence(index) || node.tag.isHeading
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether two siblings are separated by little text (and few elements).
    private func isNear(_ a: Int, _ b: Int) -> Bool {
        let nodes = document.nodes
        let (first, second) = a < b ? (a, b) : (b, a)
        var between: Int32 = 0
        var node = Int(nodes[first].end)
        var steps = 0
        while node < second {
            between += chars[node]
            steps += 1
            if between > 300 || steps > 40 { return false }
            node = Int(nodes[node].end)
        }
        return true
    }

    /// Whether the last text of a node ends with sentence punctuation.
    private func endsSentence(_ index: Int) -> Bool {
        let nodes = document.nodes
        var last = Int(nodes[index].end) - 1
        while last > index {
            let node = nodes[last]
            if node.tag == .text && node.chars > 0 {
                let range = document.textBytes(last)
                var position = range.upperBound - 1
                while position >= range.lowerBound {
                    let byte = document.bytes[position]
                    if byte > 0x20 {
                        return byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x22 || byte == 0xBB || byte == 0x9D
                    }
                    position -= 1
                }
            }
            last -= 1
        }
        return false
    }
}
