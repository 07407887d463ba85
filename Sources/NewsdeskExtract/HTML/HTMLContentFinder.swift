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
    private(set) var inlineChars: [Int32]
    private var inlineLinkChars: [Int32]
    private var inlineCommas: [Int32]
    /// Characters of paragraph-like blocks (25+ characters, mostly not links) under each node.
    private(set) var paragraphChars: [Int32]
    /// Whether an element has a kept block child (its own loose text then forms paragraphs of its own).
    private(set) var hasBlockChild: [Bool]
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
    /// Whether a node is inside a link: a block there is a teaser's text, not a paragraph.
    private var insideLink: [Bool]
    private(set) var scores: [Float]
    private(set) var scored: [Bool]
    /// Elements marked as the article body by their markup (itemprop=articleBody, <article>).
    private(set) var bodyHints: [Int] = []
    private(set) var articleElements: [Int] = []

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
        insideLink = [Bool](repeating: false, count: count)
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
            insideLink[index] = nodes[parent].tag == .a || insideLink[parent]
        }
    }

    /// readability's scoring: each paragraph-like block gives its parent its score, its
    /// grandparent half, and further ancestors a third per level.
    private mutating func score() {
        let nodes = document.nodes
        for index in 1..<nodes.count {
            let node = nodes[index]
            guard node.tag != .text, node.tag.isScoredBlock, !insideDropped[index], !insideLink[index] else { continue }
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
}
