/// Choosing the article's containers from the scored tree: the best candidate, widened or
/// moved by markup hints and the headline, plus the siblings and standfirst that belong to it.
extension HTMLContentFinder {
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
        guard headline < body else { return nil }
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
