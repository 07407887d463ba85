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
}
