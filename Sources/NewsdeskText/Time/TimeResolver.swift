/// Turns calendar references into TIMEX3 values against the document's date (its creation time,
/// DCT): the day it was published, or nil when unknown, in which case what depends on it is left
/// as X's ("XXXX-10") or a vague reference ("PAST_REF").
struct TimeResolver: Sendable {
    /// Which way a reference points: "lundi dernier", "ce lundi", "lundi prochain", or unmarked
    /// ("lundi"), where the tense of the sentence decides.
    enum Relation: Sendable { case unmarked, last, this, next }

    let anchor: CalendarDay?

    /// A day of a month; without a year, the next one in a clause about the future, the last
    /// one in a clause about the past (unless the next is within two months), else the nearest.
    func day(year: Int?, month: Int, day: Int, tense: TenseCues.Cue?) -> String? {
        if let year { return CalendarDay(year: year, month: month, day: day)?.dayValue }
        guard anchor != nil else {
            return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? "XXXX-\(CalendarDay.two(month))-\(CalendarDay.two(day))" : nil
        }
        return yearly({ CalendarDay(year: $0, month: month, day: day) }, relation: .unmarked, tense: tense)?.dayValue
    }

    /// A day that comes back every year (`dayIn` gives it in a year): of the years around the
    /// document's, the one the relation points to ("last Christmas"), else the next one in a
    /// clause about the future, the last one in a clause about the past (unless the next is
    /// within two months), else the nearest.
    func yearly(_ dayIn: (Int) -> CalendarDay?, relation: Relation, tense: TenseCues.Cue?) -> CalendarDay? {
        guard let anchor else { return nil }
        let candidates = (anchor.year - 1...anchor.year + 1).compactMap(dayIn)
        switch relation {
        case .last: return candidates.last { $0 < anchor }
        case .next: return candidates.first { $0 > anchor }
        case .this: return dayIn(anchor.year)
        case .unmarked: break
        }
        if tense == .future, let next = candidates.first(where: { $0 >= anchor }) { return next }
        // A clause in the past still names the coming weeks' days ("the vote, set for June 3").
        if tense == .past, let last = candidates.last(where: { $0 <= anchor }) {
            let next = candidates.first { $0 > anchor }
            return next.map { $0.dayNumber - anchor.dayNumber <= 62 } ?? false ? next : last
        }
        return candidates.min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }

    /// A month; without a year, the year the relation or the tense points to, else the nearest.
    func month(_ month: Int, year: Int?, relation: Relation, tense: TenseCues.Cue?) -> String {
        if let year { return "\(CalendarDay.year(year))-\(CalendarDay.two(month))" }
        guard let anchor else { return "XXXX-\(CalendarDay.two(month))" }
        let current = anchor.month
        let year: Int
        switch relation {
        case .this: year = anchor.year
        case .last: year = month < current ? anchor.year : anchor.year - 1
        case .next: year = month > current ? anchor.year : anchor.year + 1
        case .unmarked:
            switch tense {
            case .future: year = month >= current ? anchor.year : anchor.year + 1
            // A clause in the past still names the next two months ("the vote, set for March").
            case .past: year = month <= current || month - current <= 2 ? anchor.year : anchor.year - 1
            case nil: year = month - current > 6 ? anchor.year - 1 : current - month > 6 ? anchor.year + 1 : anchor.year
            }
        }
        return "\(CalendarDay.year(year))-\(CalendarDay.two(month))"
    }

    /// A weekday (1 = Monday); unmarked, the last one (the same day included) in a sentence about
    /// the past, the next one in a sentence about the future, and the nearest in a sentence
    /// with no tense cue (a headline or an announcement: "Maceo Parker à Besançon mardi").
    func weekday(_ weekday: Int, relation: Relation, tense: TenseCues.Cue?) -> CalendarDay? {
        guard let anchor else { return nil }
        let back = (anchor.weekday - weekday + 7) % 7
        let ahead = (weekday - anchor.weekday + 7) % 7
        switch relation {
        case .last: return anchor.adding(days: -(back == 0 ? 7 : back))
        case .next: return anchor.adding(days: ahead == 0 ? 7 : ahead)
        case .this: return anchor.adding(days: weekday - anchor.weekday)
        case .unmarked:
            switch tense {
            case .future: return anchor.adding(days: ahead)
            case .past: return anchor.adding(days: -back)
            case nil: return anchor.adding(days: ahead < back ? ahead : -back)
            }
        }
    }

    /// The weekday named with its day of the month ("lundi (19)", "Monday 19"): the date nearest
    /// the document date on that day of the month and that weekday, or nil if none is near.
    func weekday(_ weekday: Int, dayOfMonth: Int) -> CalendarDay? {
        guard let anchor else { return nil }
        return (-2...2).compactMap { shift -> CalendarDay? in
            let month = anchor.adding(months: shift)
            return CalendarDay(year: month.year, month: month.month, day: dayOfMonth)
        }
        .filter { $0.weekday == weekday && abs($0.dayNumber - anchor.dayNumber) <= 45 }
        .min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }

    /// The day, week, month, quarter, year, decade or century `offset` units from the document
    /// date ("last week": W, −1; "il y a trois mois": M, −3).
    func shifted(unit: String, by offset: Int) -> String? {
        guard let anchor else { return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF" }
        switch unit {
        case "D": return anchor.adding(days: offset).dayValue
        case "W": return anchor.adding(days: 7 * offset).weekValue
        case "M": return anchor.adding(months: offset).monthValue
        case "Q": return anchor.adding(months: 3 * offset).quarterValue
        case "Y": return CalendarDay.year(anchor.year + offset)
        case "DE": return String((anchor.year / 10) + offset)
        case "CE": return CalendarDay.two(anchor.year / 100 + offset)
        default: return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF"
        }
    }

    /// A season ("SU"); without a year, the document's year, or the one the relation or the
    /// tense points to; with no tense, the nearest (in May, "l'automne" is the coming one).
    func season(_ season: String, year: Int?, relation: Relation, tense: TenseCues.Cue?) -> String {
        if let year { return "\(CalendarDay.year(year))-\(season)" }
        guard let anchor else { return "XXXX-\(season)" }
        let starts = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
        let start = starts[season] ?? 1
        var year = anchor.year
        switch relation {
        case .this: break
        case .last: year -= 1
        case .next: year += 1
        case .unmarked:
            switch tense {
            case .future: if anchor.month > start + 2 { year += 1 }
            case .past: if anchor.month < start, season != "WI" { year -= 1 }
            // The season whose middle month is nearest; winter is the one that ends the year.
            case nil:
                if season != "WI", start + 1 - anchor.month > 6 { year -= 1 }
                if season != "WI", anchor.month - (start + 1) > 6 { year += 1 }
            }
        }
        return "\(CalendarDay.year(year))-\(season)"
    }

    /// A quarter ("Q", 1 to 4) or a half year ("H", 1 or 2); without a year, the latest such
    /// part, or the next one in a sentence about the future.
    func yearPart(_ part: Int, letter: Character, year: Int?, future: Bool) -> String {
        let suffix = "-\(letter)\(part)"
        if let year { return CalendarDay.year(year) + suffix }
        guard let anchor else { return "XXXX" + suffix }
        let current = (anchor.month - 1) / (letter == "H" ? 6 : 3) + 1
        let year = future ? (part >= current ? anchor.year : anchor.year + 1) : (part <= current ? anchor.year : anchor.year - 1)
        return CalendarDay.year(year) + suffix
    }

    /// The document's own day, in the form `value` takes when the day is unknown.
    var today: String { anchor?.dayValue ?? "XXXX-XX-XX" }

    func dayValue(_ day: CalendarDay?) -> String { day?.dayValue ?? "XXXX-XX-XX" }
}
