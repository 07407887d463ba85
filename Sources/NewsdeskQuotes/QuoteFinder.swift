import NewsdeskCore
import NewsdeskText

/// Finds an article's quotes: direct quotes and dash dialogue first, then reported speech in
/// the sentences they leave, then partial quotes; then quotes without attribution take their
/// speaker from the quote they continue or from the sentence before them.
struct QuoteFinder {
    let reader: QuoteReader

    func quotes() -> [Quote] {
        let quotations = reader.quotations()
        var (found, embedded) = reader.directQuotes(quotations)
        var taken = [Bool](repeating: false, count: reader.count)
        mark(found, in: &taken)
        let dialogue = reader.dialogueQuotes(taken: taken)
        mark(dialogue, in: &taken)
        found += dialogue

        var reported: [FoundQuote] = []
        for sentence in reader.sentences where !sentence.isEmpty && !sentence.contains(where: { taken[$0] }) {
            if let quote = reader.indirectQuote(in: sentence, quotations: quotations) { reported.append(quote) }
        }
        mark(reported, in: &taken)
        found += reported
        for quotation in embedded where !taken[quotation.open] {
            if let quote = reader.partialQuote(quotation) { found.append(quote) }
        }
        found.sort { $0.content.start < $1.content.start }
        return attributed(found)
    }

    private func mark(_ quotes: [FoundQuote], in taken: inout [Bool]) {
        for quote in quotes {
            for index in quote.tokens where index < taken.count { taken[index] = true }
        }
    }

    /// The quotes with continuation and context speakers settled, as the layer holds them.
    private func attributed(_ found: [FoundQuote]) -> [Quote] {
        var quotes: [Quote] = []
        var speakers: [FoundSpeaker?] = []
        for (index, quote) in found.enumerated() {
            var speaker = quote.speaker
            var continues: Int?
            let open = quote.tokens.lowerBound
            let paragraph = reader.paragraphOf[open]
            if quote.needsSpeaker, quote.kind == .direct, !quote.introduced, index > 0 {
                let previous = found[index - 1]
                let previousParagraph = reader.paragraphOf[max(previous.tokens.upperBound - 1, 0)]
                if previous.kind != .indirect && paragraph - previousParagraph <= 1 {
                    continues = index - 1
                    speaker = speakers[index - 1]
                }
            }
            if speaker == nil, quote.needsSpeaker || quote.cue != nil {
                speaker = contextSpeaker(before: open, quotes: found[..<index], speakers: speakers)
            }
            speakers.append(speaker)
            quotes.append(Quote(
                span: quote.content, text: reader.text(quote.content), kind: quote.kind,
                cue: quote.cue.map { QuoteCue(span: $0, text: reader.text($0)) },
                speaker: speaker.flatMap {
                    $0.doubtful ? nil : QuoteSpeaker(span: $0.span, name: reader.text($0.named ?? $0.span), kind: $0.kind, named: $0.named)
                },
                continues: continues))
        }
        return quotes
    }

    /// The speaker a quote without one takes from the text before it: the last quote's speaker
    /// in the same or the previous paragraph ("—dijo." after a named speaker), else the subject
    /// of the previous sentence's last clause ("On July 6, Sanders made this comment:").
    private func contextSpeaker(before open: Int, quotes: ArraySlice<FoundQuote>, speakers: [FoundSpeaker?]) -> FoundSpeaker? {
        let paragraph = reader.paragraphOf[open]
        if let last = quotes.indices.last, let speaker = speakers[last],
            paragraph - reader.paragraphOf[max(quotes[last].tokens.upperBound - 1, 0)] <= 1
        {
            return speaker
        }
        let sentence = reader.sentenceOf[open]
        guard sentence > 0 else { return nil }
        let previous = reader.sentences[sentence - 1]
        guard let first = previous.first, reader.paragraphOf[first] == paragraph || reader.paragraphOf[first] == paragraph - 1 else { return nil }
        return reader.mainSubject(of: previous, before: previous.upperBound)
    }
}
