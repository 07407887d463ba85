import Testing

@testable import NewsdeskText

/// Resolution against the document date, Thursday 2024-05-23.
@Suite struct TimeResolverTests {
    let resolver = TimeResolver(anchor: CalendarDay(year: 2024, month: 5, day: 23))

    @Test func weekdaysFollowTheirRelationOrTheTense() {
        #expect(resolver.weekday(1, relation: .unmarked, tense: .past)?.dayValue == "2024-05-20")
        #expect(resolver.weekday(1, relation: .unmarked, tense: .future)?.dayValue == "2024-05-27")
        #expect(resolver.weekday(4, relation: .unmarked, tense: .past)?.dayValue == "2024-05-23")
        #expect(resolver.weekday(4, relation: .last, tense: nil)?.dayValue == "2024-05-16")
        #expect(resolver.weekday(4, relation: .next, tense: nil)?.dayValue == "2024-05-30")
        #expect(resolver.weekday(1, relation: .this, tense: nil)?.dayValue == "2024-05-20")
        // No tense cue: the nearest (a Saturday two days ahead, a Tuesday two days back).
        #expect(resolver.weekday(6, relation: .unmarked, tense: nil)?.dayValue == "2024-05-25")
        #expect(resolver.weekday(2, relation: .unmarked, tense: nil)?.dayValue == "2024-05-21")
        #expect(resolver.weekday(4, relation: .unmarked, tense: nil)?.dayValue == "2024-05-23")
        // "lundi (27)": the Monday the 27th near the date; a day that is no Monday is no answer.
        #expect(resolver.weekday(1, dayOfMonth: 27)?.dayValue == "2024-05-27")
        #expect(resolver.weekday(1, dayOfMonth: 28) == nil)
    }

    @Test func monthsAndDaysWithoutAYearTakeTheTense() {
        #expect(resolver.month(3, year: nil, relation: .unmarked, tense: .future) == "2025-03")
        #expect(resolver.month(3, year: nil, relation: .unmarked, tense: .past) == "2024-03")
        #expect(resolver.month(7, year: nil, relation: .unmarked, tense: .past) == "2024-07")
        #expect(resolver.month(11, year: nil, relation: .unmarked, tense: .past) == "2023-11")
        #expect(resolver.month(12, year: nil, relation: .unmarked, tense: nil) == "2023-12")
        #expect(resolver.month(8, year: nil, relation: .unmarked, tense: nil) == "2024-08")
        #expect(resolver.month(5, year: nil, relation: .last, tense: nil) == "2023-05")
        #expect(resolver.day(year: nil, month: 6, day: 3, tense: .past) == "2024-06-03")
        #expect(resolver.day(year: nil, month: 9, day: 3, tense: .past) == "2023-09-03")
        #expect(resolver.day(year: nil, month: 2, day: 30, tense: nil) == nil)
    }

    @Test func shiftsKeepTheirGranularity() {
        #expect(resolver.shifted(unit: "W", by: -1) == "2024-W20")
        #expect(resolver.shifted(unit: "M", by: -3) == "2024-02")
        #expect(resolver.shifted(unit: "Q", by: -1) == "2024-Q1")
        #expect(resolver.shifted(unit: "DE", by: -1) == "201")
        #expect(resolver.shifted(unit: "H", by: -2) == "PAST_REF")
        #expect(TimeResolver(anchor: nil).shifted(unit: "Y", by: 1) == "FUTURE_REF")
        #expect(resolver.yearPart(3, letter: "Q", year: nil, future: false) == "2023-Q3")
        #expect(resolver.yearPart(2, letter: "H", year: nil, future: true) == "2024-H2")
        #expect(resolver.season("WI", year: nil, relation: .next, tense: nil) == "2025-WI")
        // No tense: the nearest; in May, autumn is this year's, and seen from January, last year's.
        #expect(resolver.season("FA", year: nil, relation: .unmarked, tense: nil) == "2024-FA")
        #expect(resolver.season("FA", year: nil, relation: .unmarked, tense: .past) == "2023-FA")
        #expect(TimeResolver(anchor: CalendarDay(year: 2024, month: 1, day: 10)).season("FA", year: nil, relation: .unmarked, tense: nil) == "2023-FA")
    }
}
