import NewsdeskCore

/// An expression a grammar rule found: tokens `start..<end` and what they mean.
struct TimeFind: Sendable {
    var start: Int
    var end: Int
    var kind: TimeExpression.Kind
    var value: String
    var modifier: TimeExpression.Modifier? = nil
    /// Years to shift the quarter or half year mentioned last, when the expression is relative
    /// to it rather than to the document date: "a year earlier" after "the third quarter" is
    /// the year-earlier quarter, as earnings reports compare quarters.
    var yearsFromMention: Int? = nil
    /// Whether the expression is the day mentioned last ("le même jour", "that same day").
    var sameDayAsMention = false
    /// Where reading goes on when not right after the expression: past the word linking the
    /// first day of a range to the rest ("3" in "de 3 a 5 de maio" goes on after "a").
    var resume: Int? = nil
}

/// The time grammar: finds time expressions in a text token by token, taking at each position
/// the longest expression any rule reads there, and resolves them against the document date.
/// The rules are in the `TimeParser+…` files, one family per file; the words they read come
/// from the language's `TimeLexicon`. A class: the rules are tried as closures at many
/// positions, and capturing a reference costs less than copying the parser's arrays; it is used
/// by one thread, for one text.
final class TimeParser {
    let tokens: [TimeToken]
    let lexicon: TimeLexicon
    let language: String
    let resolver: TimeResolver
    /// The lexicon phrases that start at each token, longest first.
    let phrases: [[TimeWordMatch]]
    /// The tense around each token, read on demand.
    private let tenses: TenseCues
    /// The expressions found so far, in order: what a later one may refer back to.
    private(set) var found: [TimeFind] = []

    init(text: String, sentences: [TextSpan], lexicon: TimeLexicon, language: String, anchor: CalendarDay?) {
        let tokens = TimeTokenizer.splittingCompounds(TimeTokenizer.tokens(of: text), lexicon: lexicon)
        self.tokens = tokens
        self.lexicon = lexicon
        self.language = language
        self.resolver = TimeResolver(anchor: anchor)
        let phrases = tokens.indices.map { lexicon.matches(in: tokens, at: $0) }
        self.phrases = phrases
        tenses = TenseCues(tokens: tokens, phrases: phrases, sentences: sentences, lexicon: lexicon, text: text)
    }

    /// Every expression in the text, in order, none overlapping.
    func expressions() -> [TimeFind] {
        found = []
        var index = 0
        var lastYearPart: String?
        while index < tokens.count {
            guard var best = longestFind(at: index) else {
                index += 1
                continue
            }
            index = best.resume ?? best.end
            if let years = best.yearsFromMention {
                if let mention = lastYearPart, let shifted = Self.yearPart(mention, shiftedBy: years) { best.value = shifted }
            } else if Self.yearPart(best.value, shiftedBy: 0) != nil {
                lastYearPart = best.value
            }
            if best.sameDayAsMention {
                // "the same day" with no day named before it is no date the text gives.
                guard let day = found.last(where: { Self.dayOrUnknownDay(of: $0) != nil }).flatMap(Self.dayOrUnknownDay(of:)) else { continue }
                best.value = day
            }
            found.append(best)
        }
        return found
    }

    /// The day of a date or time that names a day, a month or a year, with what it leaves
    /// unsaid as X's ("1998-10-XX" for "last October"), or nil for another value (a week, a
    /// season, a duration).
    static func dayOrUnknownDay(of find: TimeFind) -> String? {
        guard find.kind == .date || find.kind == .time else { return nil }
        if let day = day(of: find) { return day }
        let value = find.value
        let isDigits = { (part: Substring) in part.allSatisfy(\.isNumber) }
        guard value.count >= 4, isDigits(value.prefix(4)) else { return nil }
        if value.count == 4 { return value + "-XX-XX" }
        guard value.count == 7, value.dropFirst(4).first == "-", isDigits(value.suffix(2)) else { return nil }
        return value + "-XX"
    }

    /// The day an expression names ("1999-07-24" of "1999-07-24TEV"), or nil for another value.
    static func day(of find: TimeFind) -> String? {
        let day = find.value.prefix(10)
        guard day.count == 10, day.first?.isNumber == true, !day.contains("W"), day.dropFirst(8).allSatisfy(\.isNumber) else { return nil }
        return String(day)
    }

    /// A quarter or half year value ("1989-Q3", "2023-H1") `years` years later, or nil for
    /// another value.
    static func yearPart(_ value: String, shiftedBy years: Int) -> String? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 2,
            let letter = parts[1].first, letter == "Q" || letter == "H", parts[1].last?.isNumber == true
        else { return nil }
        return CalendarDay.year(year + years) + "-" + parts[1]
    }

    /// Every rule, in the order that breaks ties between finds of the same length.
    private static let rules: [@Sendable (TimeParser) -> (Int) -> TimeFind?] = [
        fuzzyExpression, numericDate, dayRangeStart, bareCalendarDate, yearExpression, bareDecade, century, season, quarter,
        yearAgoPeriod, holiday, relativeDay, sameDay, presentStart, weekdayExpression, periodOfDay, relativeUnit, weekend, ago, reference, clockTime, duration, durationRangeStart, setExpression,
    ]

    private func bareCalendarDate(at index: Int) -> TimeFind? { withoutNounDeterminer(calendarDate(at: index)) }
    private func bareDecade(at index: Int) -> TimeFind? { withoutNounDeterminer(decade(at: index)) }

    /// Whether any rule can start at `index`: a number, a calendar word, what a decade ("'80s"), a
    /// quarter or half ("Q3", "H1") or a century in Roman numerals ("XXe") starts with, or a word
    /// that leads into one of these ("the", "plus de", "il y a") with one of them within three
    /// tokens after it. Most tokens are none of these, and the rules are not tried there.
    private func canStart(at index: Int) -> Bool {
        if isAnchor(at: index) { return true }
        var end = index
        for match in phrases[index] where match.word.kind.isLeading { end = max(end, match.end) }
        guard end > index else { return false }
        return (index + 1..<min(tokens.count, end + 3)).contains(where: isAnchor)
    }

    private func isAnchor(at index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number || token.isSymbol("'") { return true }
        // A year in words: "nineteen ninety-six".
        if index + 1 < tokens.count, phrases[index].contains(where: { $0.word.kind == .number }), phrases[index + 1].contains(where: { $0.word.kind == .number }) {
            return true
        }
        if phrases[index].contains(where: { !$0.word.kind.isConnecting }) { return true }
        return token.kind == .word && (token.folded == "q" || token.folded == "h" || token.capitalized && token.folded.utf8.allSatisfy { "ivxlcem".utf8.contains($0) })
    }

    func longestFind(at index: Int) -> TimeFind? {
        guard canStart(at: index) else { return nil }
        var best: TimeFind?
        for rule in Self.rules {
            guard let find = rule(self)(index), find.end > index, find.end > best?.end ?? index else { continue }
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

    func word(_ kinds: [TimeWord.Kind], at index: Int) -> TimeWordMatch? {
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
        tenses.tense(at: index)
    }

    /// Whether the token before `index` is a tense cue ("a" in "a été", "will").
    func followsTenseCue(_ index: Int) -> Bool {
        index > 0 && tenses.cue(at: index - 1) != nil
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

extension Array {
    /// The element at `index`, or nil past either end: the rules look ahead and behind freely.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
