import NewsdeskCore
import NewsdeskText

extension QuoteReader {
    /// Reported speech in one sentence, first shape that fits: "Selon X, …" / "…, selon X." /
    /// "X a déclaré que …" / "X said: …" / "Merkel sagte, …" / "Trump said he …" / "…, dijo el
    /// ministro." The content runs to the sentence's end (its final mark left out).
    func indirectQuote(in sentence: Range<Int>, quotations: [Quotation]) -> FoundQuote? {
        guard sentence.count >= 4 else { return nil }
        var end = sentence.upperBound
        while end > sentence.lowerBound && (isTerminal(end - 1) || isClosingMark(end - 1)) { end -= 1 }
        // A quotation that ends the content stays whole in it (“deplorables.”).
        if let open = Self.quotations(quotations, from: sentence.lowerBound).first(where: { $0.open < end && $0.last >= end }),
            open.last < sentence.upperBound
        {
            end = open.last + 1
        }
        guard end > sentence.lowerBound + 2 else { return nil }
        return headline(sentence, end: end, quotations: quotations)
            ?? sourceFirst(sentence, end: end, quotations: quotations)
            ?? sourceLast(sentence, end: end, quotations: quotations)
            ?? cueThenContent(sentence, end: end, quotations: quotations)
            ?? trailingCue(sentence, end: end, quotations: quotations)
            ?? parentheticalCue(sentence, end: end, quotations: quotations)
    }

    /// "But to prevent problems, he said, local officials should be vigilant.": an attribution
    /// between commas; the content is the sentence around it.
    private func parentheticalCue(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        for comma in sentence where comma + 2 < end && isPunctuation(comma, [","]) {
            guard let found = attribution(after: comma + 1, limit: end), found.speaker != nil || ["es", "it", "pt"].contains(language),
                isPunctuation(found.tokens.upperBound, [","]), found.tokens.upperBound + 2 < end
            else { continue }
            return reported(sentence.lowerBound..<end, cue: found.cue.tokens, speaker: found.speaker, tokens: sentence, quotations: quotations)
        }
        return nil
    }

    private func isClosingMark(_ index: Int) -> Bool {
        isPunctuation(index, ["»", "”", "“", "\"", "’", "‘", "›", "«"])
    }

    /// "Selon le porte-parole du Kremlin, les discussions ont été « substantielles »."
    /// "Laut Regierungssprecher sei die Lage „unter Kontrolle“."
    private func sourceFirst(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        var start = sentence.lowerBound
        // One connecting word may come first ("Mais selon…", "But according to…").
        if sourcePhrase(at: start) == nil && has(start, .stop) { start += 1 }
        guard let phrase = sourcePhrase(at: start), let speaker = speaker(after: phrase.upperBound, limit: end, bareRole: true) else { return nil }
        var contentStart = tokenEnd(speaker.span, from: phrase.upperBound)
        if language == "de" && !isPunctuation(contentStart, [","]) {
            // "Laut Regierungssprecher sei …": German needs no comma.
        } else if let comma = (contentStart..<min(end, contentStart + 25)).first(where: { isPunctuation($0, [","]) }) {
            // The source may run on past its noun phrase ("According to a complaint filed by …, the …").
            contentStart = comma + 1
        } else {
            return nil
        }
        guard contentStart + 1 < end else { return nil }
        return reported(contentStart..<end, cue: phrase, speaker: speaker, tokens: sentence, quotations: quotations)
    }

    /// A headline that names its source before a colon: "Pence: Gennifer Flowers won't be at
    /// the debate", "Macron : « Nous tiendrons »" (a paragraph's first words, a name of up to
    /// four words).
    private func headline(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        let first = sentence.lowerBound
        guard first == 0 || paragraphOf[first - 1] != paragraphOf[first], isNamePartOfHeadline(first) else { return nil }
        var colon = first + 1
        while colon < min(end, first + 4) && isNamePartOfHeadline(colon) { colon += 1 }
        guard isPunctuation(colon, [":"]), end - colon > 3 else { return nil }
        let speaker = FoundSpeaker(span: span(first..<colon), kind: .name)
        if let names, !names.name(speaker.span, words: words[first..<colon]) { return nil }
        return reported((colon + 1)..<end, cue: colon..<(colon + 1), speaker: speaker, tokens: sentence, quotations: quotations)
    }

    private func isNamePartOfHeadline(_ index: Int) -> Bool {
        isWord(index) && capitalised[index] && !has(index, .det) && !has(index, .pronoun) && !has(index, .stop)
    }

    /// "Les discussions ont été utiles, selon le Kremlin." / "…, according to the report."
    private func sourceLast(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        // The last comma that a source phrase follows; the source may run on to the end.
        let lowest = sentence.lowerBound + 2
        guard end - 2 >= lowest else { return nil }
        for comma in stride(from: end - 2, through: lowest, by: -1) where isPunctuation(comma, [",", "—", "–"]) {
            guard let phrase = sourcePhrase(at: comma + 1) else { continue }
            guard let speaker = speaker(after: phrase.upperBound, limit: end, bareRole: true) else { return nil }
            return reported(sentence.lowerBound..<comma, cue: phrase, speaker: speaker, tokens: sentence, quotations: quotations)
        }
        return nil
    }

    /// "X a déclaré que …", "X told reporters that …", "X sagte, …", "X said: …", "Trump said he …".
    private func cueThenContent(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        var index = sentence.lowerBound
        while index < end - 2 {
            defer { index += 1 }
            guard let cue = cue(at: index) else { continue }
            // A verb after a comma that ends the sentence with its speaker ("…, said Brian Baker,
            // an adviser."): the trailing reading takes it.
            // Unless a name set off by commas stands before the verb and only a role would follow
            // it ("Ana Ruiz, 61, of Tacoma, said the day brought back …").
            if isPunctuation(cue.tokens.lowerBound - 1, [","]), let trailing = attribution(after: cue.tokens.lowerBound, limit: end),
                let trailingSpeaker = trailing.speaker, endsSentence(trailing.tokens.upperBound, end: end),
                trailingSpeaker.kind != .role || speaker(before: cue.tokens.lowerBound, floor: sentence.lowerBound)?.kind != .name
            {
                continue
            }
            var after = cue.tokens.upperBound
            // Words between the verb and its clause: a German particle or day ("teilte am Montag mit, …").
            while after < end - 2 && after - cue.tokens.upperBound < 4 && has(after, .skip) { after += 1 }
            var contentStart: Int?
            var scan = after
            while scan < end - 1 && scan - after < 10 && !isTerminal(scan) && !isOpeningQuote(scan) {
                if has(scan, .that) {
                    contentStart = scan + 1
                    break
                }
                scan += 1
            }
            if contentStart == nil && isPunctuation(after, [":"]) { contentStart = after + 1 }
            if contentStart == nil && language == "de" && isPunctuation(after, [","]) && !has(after + 1, .that) { contentStart = after + 1 }
            if contentStart == nil && has(cue.tokens.upperBound - 1, .bare) && startsClause(after) { contentStart = after }
            // English attributes what a verb takes as its object too ("Trump urged supporters to
            // monitor polling places", "Clinton criticized the plan"), when the verb has a subject.
            // "agreed to debate", "plans to run": the infinitive is what is attributed.
            let infinitive = words[after] == "to" && isWord(after + 1) && !has(after + 1, .det)
            if contentStart == nil && language == "en" && isWord(after) && (!has(after, .stop) || infinitive) { contentStart = after }
            guard let start = contentStart, start + 1 < end else { continue }
            let speaker = subject(ofCue: cue, floor: sentence.lowerBound)
            // Without a subject only where the language leaves it out ("Dijo que…", "Ha detto che…").
            guard speaker != nil || ["es", "it", "pt"].contains(language) else { continue }
            return reported(start..<end, cue: cue.tokens, speaker: speaker, tokens: sentence, quotations: quotations)
        }
        return nil
    }

    /// Whether a clause plausibly starts here, for English verbs that drop "that": a pronoun,
    /// a determiner or a name.
    private func startsClause(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        return has(index, .pronoun) || has(index, .det) || capitalised[index] || ["there", "it", "this", "we", "you"].contains(words[index])
    }

    func isOpeningQuote(_ index: Int) -> Bool {
        isPunctuation(index, ["«", "“", "„", "\"", "‚", "‹"])
    }

    /// "La economía crecerá, dijo el ministro." / "Die Lage sei ernst, sagte Merkel." / "…, he said."
    private func trailingCue(_ sentence: Range<Int>, end: Int, quotations: [Quotation]) -> FoundQuote? {
        let lowest = max(sentence.lowerBound + 2, end - 10)
        for comma in stride(from: end - 1, through: lowest, by: -1) where isPunctuation(comma, [","]) {
            guard let found = attribution(after: comma + 1, limit: end), endsSentence(found.tokens.upperBound, end: end) else { continue }
            if found.speaker == nil && !["es", "it", "pt"].contains(language) { return nil }
            return reported(sentence.lowerBound..<comma, cue: found.cue.tokens, speaker: found.speaker, tokens: sentence, quotations: quotations)
        }
        return nil
    }

    /// Whether an attribution reaches the sentence's end, or leaves only a short phrase that a
    /// preposition or a time word opens ("…, sagte Merz am Rande des Gipfels.").
    func endsSentence(_ index: Int, end: Int) -> Bool {
        // An apposition after the speaker ("…, said Brian Baker, an adviser to the family.") ends it too.
        index >= end - 1 || (end - index <= 6 && (has(index, .stop) || has(index, .skip))) || isPunctuation(index, [","])
    }

    /// The quote of a reported content: indirect, mixed when some of it is quoted, direct when
    /// nearly all of it is (the quotation's words then, without their marks).
    func reported(
        _ content: Range<Int>, cue: Range<Int>, speaker: FoundSpeaker?, tokens: Range<Int>, quotations: [Quotation]
    ) -> FoundQuote? {
        var first = content.lowerBound
        var last = content.upperBound
        while first < last && self.tokens[first].kind == .punctuation && !isOpeningQuote(first) { first += 1 }
        while last > first && isPunctuation(last - 1, [",", ":", ";"]) { last -= 1 }
        guard last - first >= 2 else { return nil }
        let contentSpan = span(first..<last)
        // How much of the content is quoted, counted in the bytes of its words.
        var words = 0
        var quoted = 0
        var inner: Quotation?
        for index in first..<last where isWord(index) { words += self.tokens[index].span.length }
        for quotation in Self.quotations(quotations, from: first) {
            guard quotation.open < last else { break }
            guard quotation.last < last else { continue }
            for index in quotation.content where isWord(index) { quoted += self.tokens[index].span.length }
            inner = quotation
        }
        let kind: Quote.Kind
        var finalSpan = contentSpan
        if quoted == 0 {
            kind = .indirect
        } else if let inner, Double(quoted) >= 0.9 * Double(words) {
            kind = .direct
            finalSpan = span(inner.content)
        } else {
            kind = .mixed
        }
        return FoundQuote(content: finalSpan, kind: kind, cue: span(cue), speaker: speaker, tokens: tokens)
    }

    /// The quotations (in text order) from the first that opens at or after token `first`:
    /// found by binary search, so each content looks only at its own.
    static func quotations(_ quotations: [Quotation], from first: Int) -> ArraySlice<Quotation> {
        var low = 0
        var high = quotations.count
        while low < high {
            let middle = (low + high) / 2
            if quotations[middle].open < first { low = middle + 1 } else { high = middle }
        }
        return quotations[low...]
    }

    /// A quotation inside a sentence whose attribution comes before it ("Le ministre a dénoncé
    /// une « provocation »", "Clinton called them “deplorables”"): a partial quote. Titles and
    /// scare quotes have no cue before them, or start with a capital.
    func partialQuote(_ quotation: Quotation) -> FoundQuote? {
        let sentence = sentenceRange(of: quotation.open)
        guard let firstWord = quotation.content.first(where: { isWord($0) }) else { return nil }
        let wordCount = quotation.content.filter { isWord($0) }.count
        // Titles are capitalised; German capitalises every noun, so it cannot tell them so.
        if capitalised[firstWord] && wordCount < 6 && language != "de" { return nil }
        var index = quotation.open - 1
        while index >= sentence.lowerBound && quotation.open - index <= 12 {
            if let cue = cue(at: index) {
                let speaker = subject(ofCue: cue, floor: sentence.lowerBound)
                guard speaker != nil || ["es", "it", "pt"].contains(language) else { return nil }
                return FoundQuote(content: span(quotation.content), kind: .partial, cue: span(cue.tokens), speaker: speaker,
                    tokens: quotation.open..<(quotation.last + 1))
            }
            if isTerminal(index) { break }
            index -= 1
        }
        return nil
    }
}
