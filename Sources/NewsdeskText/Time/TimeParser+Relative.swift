/// Expressions relative to the document date: "hier soir", "lundi dernier", "ce lundi (19)",
/// "la semaine dernière", "l'an prochain", "il y a trois mois", "a year earlier", "le week-end".
extension TimeParser {
    /// A duration unit at `index`: its TIMEX3 letter ("Y", "MIN", "DE") and whether the word is plural.
    func unitWord(at index: Int) -> (unit: String, plural: Bool, end: Int)? {
        guard index < tokens.count else { return nil }
        let units = phrasesOf(.unit, at: index)
        guard let longest = units.first else { return nil }
        // "mois" is both: singular when any reading of the same phrase is.
        let sameLength = units.filter { $0.end == longest.end }
        let plural = sameLength.allSatisfy { $0.word.value.hasSuffix("*") }
        return (String(longest.word.value.prefix { $0 != "*" }), plural, longest.end)
    }

    /// "hier", "yesterday morning", "hier en début d'après-midi", "ce soir", "tonight", "earlier today".
    func relativeDay(at index: Int) -> TimeFind? {
        var offset = 0
        var period: String?
        var end: Int
        // "earlier today", "later tonight".
        let dayStart = word([.earlier, .later], at: index).flatMap { word(.day, at: $0.end) != nil ? $0.end : nil } ?? index
        if let day = word(.day, at: dayStart) {
            let parts = day.word.value.split(separator: "T", maxSplits: 1)
            guard let first = parts.first, let value = Int(first) else { return nil }
            offset = value
            period = parts.count > 1 ? String(parts[1]) : nil
            end = day.end
        } else if let this = word(.this, at: index), let part = word(.period, at: this.end) {
            period = part.word.value
            end = part.end
        } else {
            return nil
        }
        let day = resolver.anchor?.adding(days: offset)
        // "aujourd'hui vendredi", "hoy viernes": the weekday of the day named.
        if let weekday = word(.weekday, at: end), let day, weekday.word.integer == day.weekday { end = weekday.end }
        var modifier: TimeExpression.Modifier?
        if period == nil {
            if let part = word(.period, at: end) {
                period = part.word.value
                end = part.end
            } else if let part = fuzzyPeriod(at: word(.prep, at: end)?.end ?? end) {
                period = part.period
                modifier = part.modifier
                end = part.end
            }
        }
        let value = resolver.dayValue(day) + (period.map { "T" + $0 } ?? "")
        return TimeFind(start: index, end: end, kind: period == nil ? .date : .time, value: value, modifier: modifier)
    }

    /// "début d'après-midi", "late in the evening".
    private func fuzzyPeriod(at index: Int) -> (period: String, modifier: TimeExpression.Modifier?, end: Int)? {
        guard let fuzzy = word(.fuzzy, at: index) else { return nil }
        var start = fuzzy.end
        if let of = word(.of, at: start) { start = of.end }
        guard let part = word(.period, at: start) else { return nil }
        return (part.word.value, TimeExpression.Modifier(rawValue: fuzzy.word.value), part.end)
    }

    /// "le même jour", "that same day", "el mismo día": the day named last (filled in by
    /// `expressions()`, which knows what came before).
    func sameDay(at index: Int) -> TimeFind? {
        guard let phrase = word(.sameday, at: index) else { return nil }
        var find = TimeFind(start: index, end: phrase.end, kind: .date, value: "")
        find.sameDayAsMention = true
        return find
    }

    /// "ici" in "d'ici le 30 juin", "d'ici à 2030": the present the span to the date after it
    /// starts from, which TimeML annotates as the document's day. The lexicon value is the word
    /// that must come before it ("d'"), "-" for none.
    func presentStart(at index: Int) -> TimeFind? {
        guard let now = word(.fromnow, at: index),
            now.word.value == "-" || index > 0 && tokens[index - 1].folded == now.word.value
        else { return nil }
        let next = word(.prep, at: now.end)?.end ?? now.end
        guard let bound = longestFind(at: next), bound.start == next || bound.start == now.end else { return nil }
        return TimeFind(start: index, end: now.end, kind: .date, value: resolver.today)
    }

    /// "lundi", "le mercredi", "mercredi dernier", "next Friday", "Friday night", "ce lundi (19)".
    func weekdayExpression(at index: Int) -> TimeFind? {
        guard let (weekday, relation, framedEnd) = framed(.weekday, at: index), let weekdayNumber = weekday.word.integer else { return nil }
        var end = framedEnd
        var period: String?
        if let part = word(.period, at: end) {
            period = part.word.value
            end = part.end
        }
        var day: CalendarDay?
        // A day of the month in brackets checks the weekday: "lundi (19)".
        if isSymbol("(", at: end), let dayOfMonth = self.dayOfMonth(at: end + 1), isSymbol(")", at: dayOfMonth.end),
            let checked = resolver.weekday(weekdayNumber, dayOfMonth: dayOfMonth.day) {
            // "(19)", German "(19.)".
            day = checked
            end = dayOfMonth.end + 1
        }
        day = day ?? resolver.weekday(weekdayNumber, relation: relation, tense: tense(at: index))
        let value: String
        if let day {
            value = day.dayValue
        } else {
            value = "XXXX-WXX-\(weekdayNumber)"
        }
        return TimeFind(start: index, end: end, kind: period == nil ? .date : .time, value: value + (period.map { "T" + $0 } ?? ""))
    }

    /// "la nuit de lundi à mardi", "la noche del sábado al domingo": a night (or another part of
    /// the day) running from one day into the next, on the first day. Not "the night of Oct.
    /// 23", where TimeML takes the date alone.
    func periodOfDay(at index: Int) -> TimeFind? {
        let start = skipDeterminer(at: index)
        guard let part = word(.period, at: start), let link = word([.of, .prep], at: part.end),
            let day = weekdayExpression(at: link.end) ?? calendarDate(at: link.end), day.kind == .date, day.value.count == 10,
            let to = word(.prep, at: day.end), let next = weekdayExpression(at: to.end) ?? calendarDate(at: to.end), next.kind == .date
        else { return nil }
        return TimeFind(start: index, end: next.end, kind: .time, value: day.value + "T" + part.word.value)
    }

    /// "la semaine dernière", "this year", "l'an prochain", "el año pasado", "earlier this month".
    func relativeUnit(at index: Int) -> TimeFind? {
        var start = index
        if let shift = word([.earlier, .later], at: index), relationBefore(at: shift.end) != nil || word(.relative, at: shift.end) != nil {
            start = shift.end
        }
        if let phrase = word(.relative, at: start), let relative = RelativeValue(phrase.word.value),
            let value = resolver.shifted(unit: relative.unit, by: relative.offset) {
            return TimeFind(start: index, end: phrase.end, kind: .date, value: value)
        }
        let calendarUnits: Set<String> = ["Y", "M", "W", "Q", "DE", "CE"]
        if let before = relationBefore(at: start), let unit = unitWord(at: before.end), !unit.plural, calendarUnits.contains(unit.unit) {
            let offset = before.relation == .last ? -1 : before.relation == .next ? 1 : 0
            guard let value = resolver.shifted(unit: unit.unit, by: offset) else { return nil }
            return TimeFind(start: index, end: unit.end, kind: .date, value: value)
        }
        let unitStart = skipDeterminer(at: start)
        if let unit = unitWord(at: unitStart), !unit.plural, calendarUnits.contains(unit.unit), let after = relationAfter(at: unit.end) {
            let offset = after.relation == .last ? -1 : 1
            guard let value = resolver.shifted(unit: unit.unit, by: offset) else { return nil }
            return TimeFind(start: index, end: after.end, kind: .date, value: value)
        }
        return nil
    }

    /// "le week-end", "this weekend", "el fin de semana": the weekend of the week meant.
    func weekend(at index: Int) -> TimeFind? {
        guard let (_, relation, end) = framed(.weekend, at: index) else { return nil }
        guard let anchor = resolver.anchor else { return TimeFind(start: index, end: end, kind: .date, value: "XXXX-WXX-WE") }
        // The Saturday of the weekend meant.
        let saturday: CalendarDay
        switch relation {
        case .this: saturday = anchor.adding(days: 6 - anchor.weekday)
        case .last: saturday = anchor.adding(days: anchor.weekday >= 6 ? -7 - (anchor.weekday - 6) : -(anchor.weekday + 1))
        case .next: saturday = anchor.adding(days: 13 - anchor.weekday)
        case .unmarked:
            saturday = future(at: index) || anchor.weekday >= 6 ? anchor.adding(days: 6 - anchor.weekday) : anchor.adding(days: -(anchor.weekday + 1))
        }
        return TimeFind(start: index, end: end, kind: .date, value: saturday.weekValue + "-WE")
    }

    /// "il y a trois mois", "three months ago", "hace dos años", "vor drei Jahren", "a year earlier",
    /// "dans trois jours".
    func ago(at index: Int) -> TimeFind? {
        // "il y a trois mois" (pre), "dans trois mois" (in: the future).
        if let before = phrases[safe: index]?.first(where: { $0.word.kind == .ago && $0.word.value != "post" }),
            let count = count(at: before.end), let unit = unitWord(at: count.end) {
            return shiftedFind(start: index, end: unit.end, unit: unit.unit, count: count.quantity, sign: before.word.value == "in" ? 1 : -1)
        }
        // "almost four years ago", "more than four decades ago".
        var countStart = skipDeterminer(at: index)
        let bound = word([.approx, .more, .less], at: countStart)
        if let bound { countStart = bound.end }
        guard let count = count(at: countStart), let unit = unitWord(at: count.end) else { return nil }
        if let after = word(.ago, at: unit.end), after.word.value == "post" {
            return shiftedFind(start: index, end: after.end, unit: unit.unit, count: count.quantity, sign: -1)
        }
        guard let shift = word([.earlier, .later], at: unit.end) else { return nil }
        // "a few days later", "environ une heure plus tard": an amount of time counted from
        // some event, not a date.
        if bound != nil || Int(count.quantity) == nil {
            return TimeFind(start: index, end: unit.end, kind: .duration, value: Self.durationValue(quantity: count.quantity, unit: unit.unit),
                            modifier: bound?.word.kind == .approx ? .approx : nil)
        }
        return shiftedFind(start: index, end: shift.end, unit: unit.unit, count: count.quantity, sign: shift.word.kind == .earlier ? -1 : 1)
    }

    private func shiftedFind(start: Int, end: Int, unit: String, count: String, sign: Int) -> TimeFind? {
        let value: String?
        let whole = Int(count)
        if let whole {
            value = resolver.shifted(unit: unit, by: sign * whole)
        } else {
            value = sign < 0 ? "PAST_REF" : "FUTURE_REF"
        }
        guard let value else { return nil }
        let timeOfDay = ["H", "MIN", "S"].contains(unit) && value.first?.isNumber == true
        var find = TimeFind(start: start, end: end, kind: timeOfDay ? .time : .date, value: value)
        if unit == "Y", let whole { find.yearsFromMention = sign * whole }
        return find
    }

    /// "the year-ago quarter", "the year-earlier period", "year-ago" (results): the same part of
    /// the year before, the quarter mentioned last a year back when there is one.
    func yearAgoPeriod(at index: Int) -> TimeFind? {
        let start = skipDeterminer(at: index)
        guard let unit = unitWord(at: start), unit.unit == "Y", !unit.plural, isSymbol("-", at: unit.end), isGlued(unit.end), isGlued(unit.end + 1),
            let shift = phrases[safe: unit.end + 1]?.first(where: { $0.word.kind == .earlier || $0.word.kind == .ago && $0.word.value == "post" }),
            let anchor = resolver.anchor
        else { return nil }
        var end = shift.end
        if let ordinal = word(.ordinal, at: end), let number = ordinal.word.integer, (1...4).contains(number),
            let quarter = unitWord(at: ordinal.end), quarter.unit == "Q", !quarter.plural {
            return TimeFind(start: index, end: quarter.end, kind: .date, value: "\(CalendarDay.year(anchor.year - 1))-Q\(number)")
        }
        // "the year-earlier nine months" is an amount of time.
        guard count(at: end) == nil else { return nil }
        var value = CalendarDay.year(anchor.year - 1)
        var spanStart = index
        if let quarter = unitWord(at: end), quarter.unit == "Q", !quarter.plural {
            end = quarter.end
            value = resolver.shifted(unit: "Q", by: -5) ?? value
        } else if let term = word(.term, at: end) {
            end = term.end
        } else {
            // "the year-ago results": the determiner is the noun's.
            spanStart = start
        }
        var find = TimeFind(start: spanStart, end: end, kind: .date, value: value)
        find.yearsFromMention = -1
        return find
    }

    /// Every phrase of `kind` at `index`, longest first.
    func phrasesOf(_ kind: TimeWord.Kind, at index: Int) -> [TimeWordMatch] {
        guard index < tokens.count else { return [] }
        return phrases[index].filter { $0.word.kind == kind }
    }
}

/// A "relative" lexicon value: "Y:-1" is the year before.
struct RelativeValue {
    let unit: String
    let offset: Int

    init?(_ value: String) {
        let parts = value.split(separator: ":")
        guard parts.count == 2, let offset = Int(parts[1]) else { return nil }
        unit = String(parts[0])
        self.offset = offset
    }
}

/// Roman numerals of centuries ("XXIe siècle").
enum RomanNumeral {
    static func value(of letters: some StringProtocol) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0
        var previous = 0
        for letter in letters.reversed() {
            guard let value = values[letter] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
