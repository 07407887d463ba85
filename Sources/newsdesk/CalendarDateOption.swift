import ArgumentParser
import NewsdeskText

/// One publication date bound, as a year, a month or a day ("2025", "2025-03", "2025-03-12").
struct CalendarDateOption: ExpressibleByArgument, Sendable {
    var value: String

    init?(argument: String) {
        guard TimeLayer.calendarKey(argument) == argument else { return nil }
        value = argument
    }
}
