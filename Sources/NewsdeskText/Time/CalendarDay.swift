/// A day of the proleptic Gregorian calendar, as a day number that counts and compares, with
/// the TIMEX3 forms of its day, week, month, quarter and year.
struct CalendarDay: Sendable, Hashable, Comparable {
    let dayNumber: Int

    init(dayNumber: Int) { self.dayNumber = dayNumber }

    init?(year: Int, month: Int, day: Int) {
        guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// The day an ISO 8601 date or date-time starts with ("2024-05-23", "2024-05-23T08:00:00Z").
    init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    var date: (year: Int, month: Int, day: Int) { CivilCalendar.date(fromDayNumber: dayNumber) }
    var year: Int { date.year }
    var month: Int { date.month }
    /// ISO weekday: Monday is 1, Sunday 7.
    var weekday: Int { CivilCalendar.weekday(ofDayNumber: dayNumber) }
    var quarter: Int { (month - 1) / 3 + 1 }

    func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day `months` months later (earlier when negative), clamped to the month's end.
    func adding(months: Int) -> CalendarDay {
        let (year, month, day) = date
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let clamped = min(day, CivilCalendar.daysIn(month: newMonth, year: newYear))
        return CalendarDay(dayNumber: CivilCalendar.dayNumber(year: newYear, month: newMonth, day: clamped))
    }

    /// ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = adding(days: 4 - weekday)
        let year = thursday.year
        let firstOfYear = CivilCalendar.dayNumber(year: year, month: 1, day: 1)
        return (year, (thursday.dayNumber - firstOfYear) / 7 + 1)
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    var dayValue: String { let (y, m, d) = date; return "\(Self.year(y))-\(Self.two(m))-\(Self.two(d))" }
    var monthValue: String { "\(Self.year(year))-\(Self.two(month))" }
    var weekValue: String { let (y, w) = isoWeek; return "\(Self.year(y))-W\(Self.two(w))" }
    var quarterValue: String { "\(Self.year(year))-Q\(quarter)" }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    static func year(_ number: Int) -> String {
        let digits = String(abs(number))
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
