/// A holiday's day in a given year, from its lexicon value: "12-25" (a fixed day), "E+49"
/// (days after Easter Sunday), "M11W4D4" (the fourth Thursday of November; W-1 is the last);
/// a "?" after the value marks a name that is also another word ("Noël", a first name).
struct Holiday: Sendable, Equatable {
    enum Rule: Sendable, Equatable {
        case fixed(month: Int, day: Int)
        case easter(offset: Int)
        case weekday(month: Int, week: Int, weekday: Int)
    }

    let rule: Rule

    init?(_ lexiconValue: String) {
        let value = lexiconValue.hasSuffix("?") ? String(lexiconValue.dropLast()) : lexiconValue
        if value.hasPrefix("E"), let offset = Int(value.dropFirst().replacing("+", with: "")) {
            rule = .easter(offset: offset)
            return
        }
        if value.hasPrefix("M"), let w = value.firstIndex(of: "W"), let d = value.firstIndex(of: "D"), w < d,
            let month = Int(value[value.index(after: value.startIndex)..<w]), let week = Int(value[value.index(after: w)..<d]),
            let weekday = Int(value[value.index(after: d)...]), (1...12).contains(month), (1...7).contains(weekday), week != 0 {
            rule = .weekday(month: month, week: week, weekday: weekday)
            return
        }
        let parts = value.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month), (1...31).contains(day) else { return nil }
        rule = .fixed(month: month, day: day)
    }

    /// The holiday's day in `year`.
    func day(in year: Int) -> CalendarDay? {
        switch rule {
        case .fixed(let month, let day):
            return CalendarDay(year: year, month: month, day: day)
        case .easter(let offset):
            return Self.easter(year).map { $0.adding(days: offset) }
        case .weekday(let month, let week, let weekday):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            if week > 0 {
                let firstMatch = first.adding(days: (weekday - first.weekday + 7) % 7)
                let day = firstMatch.adding(days: 7 * (week - 1))
                return day.month == month ? day : nil
            }
            let last = first.adding(months: 1).adding(days: -1)
            return last.adding(days: -((last.weekday - weekday + 7) % 7) + 7 * (week + 1))
        }
    }

    /// The month and day a fixed holiday falls on, for an unresolved value ("XXXX-12-25").
    var fixedDay: (month: Int, day: Int)? {
        if case .fixed(let month, let day) = rule { return (month, day) }
        return nil
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}

extension TimeParser {
    /// "Christmas", "last Thanksgiving", "Noël 2023", "la Pentecôte", "Ostern": the holiday's day
    /// in the year named, or the one the relation or the tense points to.
    func holiday(at index: Int) -> TimeFind? {
        guard let (name, relation, framedEnd) = framed(.holiday, at: index), let holiday = Holiday(name.word.value) else { return nil }
        var end = framedEnd
        var year: Int?
        if end == name.end, let found = self.year(at: end) {
            year = found
            end += 1
        }
        // A name that is also another word needs a determiner, a relation, a preposition or a
        // year: "à Noël", "Noël 2023", but not "Noël Mamère".
        let marked = word(.holiday, at: index) == nil || relation != .unmarked || year != nil || wordEnds(.prep, before: index)
        guard marked || !name.word.value.hasSuffix("?") else { return nil }
        let tense = relation == .next ? .future : relation == .last ? .past : self.tense(at: index)
        let day = year.flatMap(holiday.day(in:)) ?? resolver.yearly(holiday.day(in:), relation: relation, tense: tense)
        let value = day?.dayValue ?? holiday.fixedDay.map { "XXXX-\(CalendarDay.two($0.month))-\(CalendarDay.two($0.day))" } ?? "XXXX-XX-XX"
        return withoutNounDeterminer(TimeFind(start: index, end: end, kind: .date, value: value))
    }
}
