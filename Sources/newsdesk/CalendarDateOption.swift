import ArgumentParser
import NewsdeskText

/// One publication date bound, as a year, a month or a day ("2025", "2025-03", "2025-03-12"):
/// written as the time layer writes calendar keys, with a month from 01 to 12 and a day from
/// 01 to 31.
struct CalendarDateOption: ExpressibleByArgument, Sendable {
    var value: String

    init?(argument: String) {
        guard TimeLayer.calendarKey(argument) == argument else { return nil }
        let parts = argument.split(separator: "-").dropFirst().compactMap { Int($0) }
        let limits = [12, 31]
        guard zip(parts, limits).allSatisfy({ 1 <= $0 && $0 <= $1 }) else { return nil }
        value = argument
    }

    /// The first day of the year, month or day given, as days since 1970-01-01.
    var firstDay: Int? {
        let parts = value.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return nil }
        return CivilCalendar.dayNumber(year: year, month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
    }
}
