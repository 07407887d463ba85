import NewsdeskText

/// A calendar day as a number (days since 1970-01-01), read from the start of an ISO 8601 date
/// or date-time: how stories compare publication dates.
public struct StoryDay: Sendable, Equatable {
    public var number: Int

    public init(number: Int) {
        self.number = number
    }

    /// The day of `2024-05-23`, `2024-05-23T18:00:00Z` and the like; nil for anything else.
    public init?(iso: String) {
        let bytes = Array(iso.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            CivilCalendar.isValid(year: year, month: month, day: day)
        else { return nil }
        self.number = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (year, month, day) = CivilCalendar.date(fromDayNumber: number)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
