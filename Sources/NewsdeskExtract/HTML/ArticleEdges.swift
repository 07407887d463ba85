import NewsdeskCore
import NewsdeskText

/// Furniture that pages print inside the story's container, before its first paragraph or
/// after its last: subscription and support appeals, copyright and licence notices, "views
/// expressed" disclaimers, and at the end the author's signature or biography. Blocks are
/// judged from each edge inwards and the walk stops at the first one that may be article
/// text, so only a run of furniture at the very start or end goes.
enum ArticleEdges {
    /// At most this many blocks, and at most this share of the text, are taken off.
    static let maxBlocks = 6
    static let maxShare = 0.35

    static func trim(_ article: Article) -> Article {
        let paragraphs = article.paragraphs
        guard paragraphs.count >= 3 else { return article }
        // Only the blocks at the edges are looked at: no copy of the whole text unless one goes.
        func text(_ index: Int) -> String { String(article.text[utf8: paragraphs[index].span]) }
        let budget = Double(article.text.scalarCount) * maxShare
        var trimmedChars = 0
        var reasons = [Removal.Reason?](repeating: nil, count: paragraphs.count)

        var end = paragraphs.count
        while end > 2, paragraphs.count - end < maxBlocks {
            let block = text(end - 1)
            let chars = block.scalarCount
            guard Double(trimmedChars + chars) <= budget, let reason = closingReason(block, chars: chars, authors: article.authors)
            else { break }
            reasons[end - 1] = reason
            trimmedChars += chars
            end -= 1
        }
        var start = 0
        while end - start > 2, start < maxBlocks {
            let block = text(start)
            let chars = block.scalarCount
            guard Double(trimmedChars + chars) <= budget, let reason = noticeReason(block, chars: chars) else { break }
            reasons[start] = reason
            trimmedChars += chars
            start += 1
        }
        guard start > 0 || end < paragraphs.count else { return article }

        var builder = ArticleTextBuilder()
        var removed: [Removal] = []
        for index in paragraphs.indices {
            if let reason = reasons[index] {
                removed.append(Removal(text: text(index), reason: reason))
            } else {
                builder.append(text(index), kind: paragraphs[index].kind)
            }
        }
        var trimmed = article
        trimmed.text = builder.text
        trimmed.paragraphs = builder.paragraphs
        trimmed.removed += removed
        return trimmed
    }

    /// Why a block at the end of the body is furniture, or nil when it may be article text.
    static func closingReason(_ text: String, chars: Int, authors: [String]) -> Removal.Reason? {
        if chars < 600, startsWithAuthor(text, authors) { return .byline }
        if chars < 150, isSourceLine(text) { return .credit }
        return noticeReason(text, chars: chars)
    }

    /// "Quelle: Deutscher Jagdverband", "Source: Ministry of Health": where the story came from.
    static func isSourceLine(_ text: String) -> Bool {
        let folded = TextFold.fold(text)
        return CreditLineParser.sourceLabels.contains { folded.hasPrefix($0) }
    }

    /// Why a block at either edge of the body is an appeal or a notice.
    static func noticeReason(_ text: String, chars: Int) -> Removal.Reason? {
        guard chars < 400 else { return nil }
        if text.hasPrefix("©") || CopyrightNotice.owner(of: text) != nil { return .copyright }
        return BoilerplateLines.closingReason(text)
    }

    /// The author's signature ("Bob Fischer") or a biography that opens with the author's name
    /// ("Jane Doe writes about …"): names of two words or more only, so a first name that
    /// starts a sentence does not count.
    static func startsWithAuthor(_ text: String, _ authors: [String]) -> Bool {
        authors.contains { author in
            author.split(separator: " ").count >= 2 && text.hasPrefix(author)
                && (text.count == author.count || text.dropFirst(author.count).first.map { !$0.isLetter } == true)
        }
    }
}
