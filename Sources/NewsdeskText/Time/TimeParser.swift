import NewsdeskCore

/// An expression a grammar rule found: tokens `start..<end` and what they mean.
struct TimeFind: Sendable {
    var start: Int
    var end: Int
    var kind: TimeExpression.Kind
    var value: String
    var modifier: TimeExpression.Modifier? = nil
}

/// The time grammar: finds time expressions in a text token by token, taking at each position
/// the longest expression any rule reads there, and resolves them against the document date.
/// The rules are in the `TimeParser+…` files, one family per file; the words they read come
/// from the language's `TimeLexicon`.
struct TimeParser {
    let tokens: [TimeToken]
    let lexicon: TimeLexicon
    let language: String
    let resolver: TimeResolver
    /// The lexicon phrases that start at each token, longest first.
    let phrases: [[TimeWordMatch]]
    /// For each token, the tense of the nearest cue in its sentence.
    private let tenses: [TenseCues.Cue?]

    init(text: String, sentences: [TextSpan], lexicon: TimeLexicon, language: String, anchor: CalendarDay?) {
        let tokens = TimeTokenizer.tokens(of: text)
        self.tokens = tokens
        self.lexicon = lexicon
        self.language = language
        self.resolver = TimeResolver(anchor: anchor)
        let phrases = tokens.indices.map { lexicon.matches(in: tokens, at: $0) }
        self.phrases = phrases
        tenses = TenseCues.tokenTenses(tokens: tokens, phrases: phrases, sentences: sentences, lexicon: lexicon, text: text)
    }

    /// Every expression in the text, in order, none overlapping.
    func expressions() -> [TimeFind] {
        var found: [TimeFind] = []
        var index = 0
        while index < tokens.count {
            if let best = longestFind(at: index) {
                found.append(best)
                index = best.end
            } else {
                index += 1
            }
        }
        return found
    }

    private func longestFind(at index: Int) -> TimeFind? {
        let token = tokens[index]
        guard token.kind == .number || !phrases[index].isEmpty || token.kind == .symbol || token.kind == .word else { return nil }
        let rules: [(Int) -> TimeFind?] = [
            fuzzyExpression, numericDate, dayRangeStart, { withoutNounDeterminer(calendarDate(at: $0)) }, yearExpression,
            { withoutNounDeterminer(decade(at: $0)) }, century, season, quarter,
            relativeDay, weekdayExpression, relativeUnit, weekend, ago, duration, setExpression, clockTime, reference,
        ]
        var best: TimeFind?
        for rule in rules {
            guard let find = rule(index), find.end > index, find.end > best?.end ?? index else { continue }
            best = find
        }
        return best
    }

    // MARK: - Reading tokens

    /// The longest phrase of `kind` that starts at token `index`.
    func word(_ kind: TimeWord.Kind, at index: Int) -> TimeWordMatch? {
        guard index < tokens.count else { return nil }
        return phrases[index].first { $0.word.kind == kind }
    }

    func word(_ kinds: Set<TimeWord.Kind>, at index: Int) -> TimeWordMatch? {
        guard index < tokens.count else { return nil }
        return phrases[index].first { kinds.contains($0.word.kind) }
    }

    /// Whether a phrase of `kind` ends right before token `index` (a preposition before a year).
    func wordEnds(_ kind: TimeWord.Kind, before index: Int) -> Bool {
        for start in stride(from: index - 1, through: max(0, index - lexicon.longestPhrase), by: -1)
        where phrases[start].contains(where: { $0.word.kind == kind && $0.end == index }) {
            return true
        }
        return false
    }

    func isSymbol(_ symbol: String, at index: Int) -> Bool {
        index < tokens.count && tokens[index].isSymbol(symbol)
    }

    /// Whether token `index` is glued (no space) to the token before it.
    func isGlued(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].spaceBefore
    }

    /// A stand-alone number at `index`: not part of "1,990", "3.5" or "12%".
    func number(at index: Int) -> Int? {
        guard index < tokens.count, let value = tokens[index].number else { return nil }
        if index >= 2, isGlued(index), [",", ".", ":"].contains(tokens[index - 1].folded), tokens[index - 2].kind == .number, isGlued(index - 1) {
            return nil
        }
        if index + 2 < tokens.count, isGlued(index + 1), isGlued(index + 2), [",", "."].contains(tokens[index + 1].folded),
            tokens[index + 2].kind == .number {
            return nil
        }
        if index + 1 < tokens.count, tokens[index + 1].isSymbol("%") { return nil }
        return value
    }

    /// A four-digit year at `index` (1000 to 2199).
    func year(at index: Int) -> Int? {
        guard let value = number(at: index), tokens[index].digitCount == 4, (1000...2199).contains(value) else { return nil }
        return value
    }

    /// A day of the month at `index`, with the end of its ordinal mark ("1er", "3rd", "5.").
    func dayOfMonth(at index: Int) -> (day: Int, end: Int)? {
        guard let value = number(at: index), tokens[index].digitCount <= 2, (1...31).contains(value) else { return nil }
        var end = index + 1
        if end < tokens.count, isGlued(end) {
            let mark = tokens[end].folded
            if ["er", "re", "st", "nd", "rd", "th", "o", "a"].contains(mark) && tokens[end].kind == .word { end += 1 }
            else if mark == "." && language == "de" { end += 1 }
            else if mark == "º" || mark == "°" { end += 1 }
        }
        return (value, end)
    }

    /// Whether the clause around token `index` speaks of the future.
    func future(at index: Int) -> Bool {
        tense(at: index) == .future
    }

    /// The tense of the nearest cue in the sentence of token `index`, or nil without one.
    func tense(at index: Int) -> TenseCues.Cue? {
        index < tenses.count ? tenses[index] : nil
    }

    /// A span that starts with an optional determiner: the index after it.
    func skipDeterminer(at index: Int) -> Int {
        word(.det, at: index)?.end ?? index
    }

    /// `find` without the determiner it starts with when that determiner only belongs to nouns
    /// (English "the": "the third quarter", but "the Oct. 23 meeting" holds the date "Oct. 23").
    func withoutNounDeterminer(_ find: TimeFind?) -> TimeFind? {
        guard var find, let determiner = word(.det, at: find.start), determiner.word.value == "noun", determiner.end < find.end else { return find }
        find.start = determiner.end
        return find
    }
}
