import NewsdeskCore
import NewsdeskText

/// A quote as the finder builds it, before the layer's indices are known.
struct FoundQuote {
    var content: TextSpan
    var kind: Quote.Kind
    var cue: TextSpan?
    var speaker: FoundSpeaker?
    /// The tokens the quote and its attribution take: no other quote is read from them.
    var tokens: Range<Int>
    /// Whether words of the writer's introduce it ("X a appelé au dialogue : « … »"): it
    /// continues no earlier quote.
    var introduced = false
    /// Its attribution was not found; continuation or the previous sentence may give one.
    var needsSpeaker: Bool { cue == nil && speaker == nil }
}

extension QuoteReader {
    /// Whether a quotation opens a clause: the sentence's start, after a colon, a dash or
    /// another sentence's end (quotes that follow one another in one sentence span).
    func opensClause(_ open: Int) -> Bool {
        let sentence = sentenceRange(of: open)
        return open == sentence.lowerBound || isPunctuation(open - 1, Self.terminals.union([":", "(", "—", "–", "―"]))
            || (open > 0 && paragraphOf[open - 1] != paragraphOf[open])
    }

    /// Direct quotes: quotations that stand as a clause of their own, with the attribution
    /// before, after or inside them; quotations with an attribution before them and a comma.
    /// Returns the quotes and the quotations left over (inside someone else's sentence: partial
    /// quotes, titles, scare quotes), for the other readers.
    func directQuotes(_ quotations: [Quotation]) -> (quotes: [FoundQuote], embedded: [Quotation]) {
        var quotes: [FoundQuote] = []
        var embedded: [Quotation] = []
        for quotation in quotations {
            let sentence = sentenceRange(of: quotation.open)
            // The attribution after a quote of several sentences is in its last one.
            let limit = max(sentenceRange(of: quotation.last).upperBound, quotation.last + 1)
            let before = attribution(before: quotation.open, floor: sentence.lowerBound)
            let opens = opensClause(quotation.open)
            guard opens || before != nil else {
                if let reported = quotedReport(quotation, sentence: sentence, limit: limit, quotations: quotations) {
                    quotes.append(reported)
                } else {
                    embedded.append(quotation)
                }
                continue
            }
            if let labelled = transcriptLine(quotation) {
                quotes.append(labelled)
                continue
            }
            let after = quotation.close.flatMap { attribution(after: $0 + 1, limit: limit) }
            let inside = after == nil && before == nil ? incise(in: quotation.content) : nil
            let chosen = before ?? after ?? inside
            if chosen == nil && !looksLikeSpeech(quotation) {
                embedded.append(quotation)
                continue
            }
            var quote = FoundQuote(
                content: span(quotation.content), kind: .direct, cue: chosen.map { span($0.cue.tokens) }, speaker: chosen?.speaker,
                tokens: quotation.open..<(quotation.last + 1))
            if chosen == nil && isPunctuation(quotation.open - 1, [":"]) && quotation.open - 1 > sentence.lowerBound {
                // "Le ministre a appelé au dialogue : « … »": a verb the lexicon lacks; its subject speaks.
                quote.speaker = mainSubject(of: sentence, before: quotation.open - 1)
                quote.introduced = true
            }
            if let before { quote.tokens = min(before.tokens.lowerBound, quotation.open)..<quote.tokens.upperBound }
            if let after { quote.tokens = quote.tokens.lowerBound..<max(quote.tokens.upperBound, after.tokens.upperBound) }
            // "“We will win,” he said, “and soon.”": the second part is the same quote.
            if let previous = quotes.last, let previousCue = previous.cue, quote.cue == previousCue,
                previous.tokens.upperBound >= quotation.open - 1
            {
                quotes[quotes.count - 1].content = TextSpan(start: previous.content.start, end: quote.content.end)
                quotes[quotes.count - 1].tokens = previous.tokens.lowerBound..<quote.tokens.upperBound
                continue
            }
            quotes.append(quote)
            if let after, let added = addedClause(after: after, limit: limit) { quotes.append(added) }
        }
        return (quotes, embedded)
    }

    /// A sentence that a quotation ends and an attribution closes: `Clinton "is the only
    /// candidate with the experience," retired general Lloyd Newton said.` The content runs
    /// from the sentence's start (direct when nearly all of it is quoted).
    private func quotedReport(_ quotation: Quotation, sentence: Range<Int>, limit: Int, quotations: [Quotation]) -> FoundQuote? {
        guard let close = quotation.close, let after = attribution(after: close + 1, limit: limit), after.speaker != nil,
            endsSentence(after.tokens.upperBound, end: limit)
        else { return nil }
        guard var quote = reported(sentence.lowerBound..<(close + 1), cue: after.cue.tokens, speaker: after.speaker, tokens: sentence, quotations: quotations)
        else { return nil }
        quote.tokens = sentence.lowerBound..<max(close + 1, after.tokens.upperBound)
        return quote
    }

    /// How each language ends the gerund of a cue verb ("adding", "ajoutant", "añadiendo").
    static let gerundEndings = ["en": "ing", "fr": "ant", "es": "ndo", "it": "ndo", "pt": "ndo"]

    /// What a speaker goes on to say after a quote's attribution: "…," he said, adding (that) he
    /// would never vote for her. A reported quote of its own, by the same speaker.
    private func addedClause(after attribution: Attribution, limit: Int) -> FoundQuote? {
        var index = attribution.tokens.upperBound
        guard isPunctuation(index, [","]), let cue = cue(at: index + 1), let gerund = Self.gerundEndings[language],
            words[cue.tokens.upperBound - 1].hasSuffix(gerund)
        else { return nil }
        index = cue.tokens.upperBound
        if has(index, .that) { index += 1 }
        var end = limit
        while end > index && (isTerminal(end - 1) || tokens[end - 1].kind == .punctuation) { end -= 1 }
        guard end - index >= 3 else { return nil }
        return FoundQuote(
            content: span(index..<end), kind: .indirect, cue: span(cue.tokens), speaker: attribution.speaker,
            tokens: attribution.tokens.upperBound..<limit)
    }

    /// A transcript's line, its speaker's name in capitals before a colon: "WALLACE: If I may,
    /// sir…". The name is the speaker, the colon the cue.
    private func transcriptLine(_ quotation: Quotation) -> FoundQuote? {
        let first = quotation.content.lowerBound
        var colon = first
        while colon < min(quotation.content.upperBound, first + 3) && isWord(colon) && isUpperCase(colon) { colon += 1 }
        guard colon > first, isPunctuation(colon, [":"]), colon + 1 < quotation.content.upperBound else { return nil }
        return FoundQuote(
            content: span((colon + 1)..<quotation.content.upperBound), kind: .direct, cue: span(colon..<(colon + 1)),
            speaker: FoundSpeaker(span: span(first..<colon), kind: .name), tokens: quotation.open..<(quotation.last + 1))
    }

    /// A word in capitals throughout, of two letters or more.
    private func isUpperCase(_ index: Int) -> Bool {
        let word = text(tokens[index].span)
        return word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && capitalised[index]
    }

    /// A quotation without attribution that still reads as someone's words: a sentence of
    /// several words, not a short title.
    private func looksLikeSpeech(_ quotation: Quotation) -> Bool {
        let words = quotation.content.filter { isWord($0) }.count
        return words >= 4 || (words >= 2 && quotation.content.contains { isTerminal($0) })
    }

    /// Dash dialogue: a paragraph that opens with a dash ("—Sí, lo haremos —respondió el
    /// alcalde—. Pero no hoy."): the words up to the dash before the cue, and those after the
    /// attribution to the paragraph's end.
    func dialogueQuotes(taken: [Bool]) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        var index = 0
        while index < count {
            let paragraphStart = index
            var paragraphEnd = index + 1
            while paragraphEnd < count && paragraphOf[paragraphEnd] == paragraphOf[index] { paragraphEnd += 1 }
            defer { index = paragraphEnd }
            guard isPunctuation(paragraphStart, ["—", "–", "―"]), paragraphStart + 1 < paragraphEnd, !taken[paragraphStart + 1] else { continue }
            let contentStart = paragraphStart + 1
            var contentEnd = paragraphEnd
            var found: Attribution?
            for dash in contentStart..<paragraphEnd where isPunctuation(dash, ["—", "–", "―"]) {
                if let attribution = attribution(after: dash + 1, limit: paragraphEnd) {
                    found = attribution
                    contentEnd = dash
                    break
                }
            }
            guard contentEnd > contentStart else { continue }
            var end = tokens[contentEnd - 1].span.end
            if let found, found.tokens.upperBound < paragraphEnd {
                // Words after the attribution go on with the quote when a dash reopens it.
                var next = found.tokens.upperBound
                while next < paragraphEnd && isPunctuation(next, Self.joiners.union(Self.terminals)) { next += 1 }
                if next < paragraphEnd && isPunctuation(found.tokens.upperBound, ["—", "–", "―"]) { end = tokens[paragraphEnd - 1].span.end }
            }
            quotes.append(FoundQuote(
                content: TextSpan(start: tokens[contentStart].span.start, end: end), kind: .direct,
                cue: found.map { span($0.cue.tokens) }, speaker: found?.speaker, tokens: paragraphStart..<paragraphEnd))
        }
        return quotes
    }
}
