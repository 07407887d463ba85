import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskText

/// `--about FROM[..TO]`: the dates an article talks about (its time expressions), as a year,
/// a month or a day at each end ("2024", "2024-05", "2024-05-01..2024-06-15").
struct DateRangeOption: ExpressibleByArgument, Sendable {
    var from: String
    var to: String

    init?(argument: String) {
        let parts = argument.split(separator: ".", omittingEmptySubsequences: false)
        let bounds: [Substring]
        switch parts.count {
        case 1: bounds = [parts[0], parts[0]]
        case 3 where parts[1].isEmpty: bounds = [parts[0], parts[2]]
        default: return nil
        }
        // Each bound as the time layer indexes it: a year, a month or a day.
        guard bounds.allSatisfy({ TimeLayer.calendarKey($0) == String($0) }), bounds[0] <= bounds[1] else { return nil }
        from = String(bounds[0])
        to = String(bounds[1])
    }

    static let help = ArgumentHelp(
        "Only articles that talk about a date in this range (their time expressions, not their publication date): YEAR, YEAR-MM or YEAR-MM-DD, or FROM..TO.",
        valueName: "dates")

    var keyRange: KeyRange { KeyRange(kind: TimeLayer.kind.rawValue, from: from, to: to) }
}
