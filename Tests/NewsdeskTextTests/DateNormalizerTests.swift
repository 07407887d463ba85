import NewsdeskText
import Testing

@Suite struct DateNormalizerTests {
    @Test func normalisesTheFormsPagesUse() {
        let cases: [(String, String?)] = [
            ("2024-05-23T18:00:00Z", "2024-05-23T18:00:00Z"),
            ("2024-05-23T18:00:00.000Z", "2024-05-23T18:00:00Z"),
            ("2024-05-23T20:00:00+02:00", "2024-05-23T20:00:00+02:00"),
            ("2024-05-23T20:00:00+0200", "2024-05-23T20:00:00+02:00"),
            ("2024-05-24T01:30:00+05:30", "2024-05-24T01:30:00+05:30"),
            ("2024-05-23T22:00:00-05:00", "2024-05-23T22:00:00-05:00"),
            ("2024-05-23T00:30:00+02:00", "2024-05-23T00:30:00+02:00"),
            ("2024-05-23T18:00:00+00:00", "2024-05-23T18:00:00Z"),
            ("2024-05-23 18:00:00", "2024-05-23"),
            ("2024-05-23", "2024-05-23"),
            ("2024/05/23", "2024-05-23"),
            ("20240523", "2024-05-23"),
            ("Thu, 23 May 2024 18:00:00 GMT", "2024-05-23T18:00:00Z"),
            ("Thu, 23 May 2024 20:00:00 +0200", "2024-05-23T20:00:00+02:00"),
            ("May 23, 2024", "2024-05-23"),
            ("23 mai 2024", "2024-05-23"),
            ("23. Mai 2024", "2024-05-23"),
            ("23 de mayo de 2024", "2024-05-23"),
            ("23 maggio 2024", "2024-05-23"),
            ("23.05.2024", "2024-05-23"),
            ("1716487200", "2024-05-23T18:00:00Z"),
            ("2024-02-30", nil),
            ("not a date", nil),
            ("", nil),
        ]
        for (input, expected) in cases {
            #expect(DateNormalizer.normalize(input) == expected, "\(input)")
        }
    }

    @Test func monthNamesOfMoreLanguages() {
        #expect(DateNormalizer.normalize("15 августа 2016, 13:43") == "2016-08-15")
        #expect(DateNormalizer.normalize("3 травня 2021") == "2021-05-03")
        #expect(DateNormalizer.normalize("Opublikowano 3 maja 2021") == "2021-05-03")
        #expect(DateNormalizer.normalize("5. března 2021") == "2021-03-05")
        #expect(DateNormalizer.normalize("12 Ekim 2020") == "2020-10-12")
        #expect(DateNormalizer.normalize("7 augusti 2019") == "2019-08-07")
        #expect(DateNormalizer.normalize("9 octombrie 2018") == "2018-10-09")
    }

    @Test func numericDateWithSpacesAfterTheDots() {
        #expect(DateNormalizer.normalize("4.\u{2009}2.\u{2009}2022") == "2022-02-04")
        #expect(DateNormalizer.normalize("Von Ann Lee 23. 5. 2024") == "2024-05-23")
    }

    @Test func datesInURLPaths() {
        #expect(DateNormalizer.date(inURL: "https://x.example/2024/5/23/story") == "2024-05-23")
        #expect(DateNormalizer.date(inURL: "https://x.example/news/2024-05-23-story") == "2024-05-23")
        #expect(DateNormalizer.date(inURL: "https://x.example/20240523/story") == "2024-05-23")
        #expect(DateNormalizer.date(inURL: "https://x.example/2024/05/story") == nil)
        // Day first, as some CMSs write slugs.
        #expect(DateNormalizer.date(inURL: "https://example.org/news/23-01-2022-council-approves-plan") == "2022-01-23")
        #expect(DateNormalizer.date(inURL: "https://example.org/meldungen/29-10-2021") == "2021-10-29")
        #expect(DateNormalizer.date(inURL: "https://example.org/top-10-2021-list") == nil)
    }

    @Test func monthNameDatesInsideLongerText() {
        #expect(DateNormalizer.normalize("Publié le 23 mai 2024 à 18h") == "2024-05-23")
        #expect(DateNormalizer.normalize("Posted by Ann on May 23, 2024") == "2024-05-23")
        #expect(DateNormalizer.normalize("Mis à jour le 3 août") == nil)  // no year
        #expect(DateNormalizer.normalize("23 May 2024 18:00 CEST") == "2024-05-23T18:00:00+02:00")
    }

    @Test func numericDatesReadDayFirstUnlessTheDayCannotBeAMonth() {
        #expect(DateNormalizer.normalize("11/01/2023") == "2023-01-11")
        #expect(DateNormalizer.normalize("01/25/2023") == "2023-01-25")
        #expect(DateNormalizer.normalize("23.05-2024") == nil)  // separators differ
    }

    @Test func implausibleYearsAreNoDates() {
        #expect(DateNormalizer.normalize("1969-07-20") == nil)
        #expect(DateNormalizer.normalize("2101-01-01") == nil)
        #expect(DateNormalizer.isoDate(year: 2024, month: 2, day: 29) == "2024-02-29")
        #expect(DateNormalizer.isoDate(year: 2023, month: 2, day: 29) == nil)
        #expect(DateNormalizer.isoDate(year: 1945, month: 5, day: 8) == nil)
    }

    /// A CMS's empty timestamp, printed as the Unix epoch in any form, is no publication date.
    @Test(arguments: [
        "1970-01-01", "1970-01-01T00:00:00Z", "1970-01-01T01:00:00+01:00", "1970-01-01 00:00:00", "01/01/1970",
        "Jan 1, 1970", "1 janvier 1970", "Thu, 01 Jan 1970 00:00:00 GMT",
    ])
    func theEpochIsAPlaceholder(text: String) {
        #expect(DateNormalizer.normalize(text) == nil)
    }

    @Test func theEpochsNeighboursAreDates() {
        #expect(DateNormalizer.normalize("1970-01-02") == "1970-01-02")
        #expect(DateNormalizer.normalize("1971-01-01") == "1971-01-01")
    }

    @Test func theMonthFirstReadingOfAnAmbiguousDate() {
        #expect(DateNormalizer.monthFirstReading(of: "11/01/2023") == "2023-11-01")
        #expect(DateNormalizer.monthFirstReading(of: "25/01/2023") == nil)
        #expect(DateNormalizer.monthFirstReading(of: "2023-01-11") == nil)
        #expect(DateNormalizer.monthFirstReading(of: "05.05.2023") == nil)  // the same both ways
    }

    @Test func twoDigitYearsOnlyWhereADateIsExpected() {
        #expect(DateNormalizer.shortYearDate(in: "31.10.23") == "2023-10-31")
        #expect(DateNormalizer.shortYearDate(in: "1.4.98, Berlin") == "1998-04-01")
        #expect(DateNormalizer.shortYearDate(in: "Version 1.10.234") == nil)
        #expect(DateNormalizer.normalize("31.10.23") == nil)
    }

    @Test func dayNumbersOfISODates() {
        #expect(DateNormalizer.dayNumber(ofISODate: "1970-01-01") == 0)
        #expect(DateNormalizer.dayNumber(ofISODate: "2024-05-23T18:00:00+02:00") == 19_866)
        #expect(DateNormalizer.dayNumber(ofISODate: "2024-05") == nil)
        #expect(DateNormalizer.dayNumber(ofISODate: "not a date") == nil)
    }
}

@Suite struct MonthNamesTests {
    @Test func foldedNamesAndAbbreviationsOfEveryListedLanguage() {
        let cases: [(String, Int)] = [
            ("janvier", 1), ("Février", 2), ("März", 3), ("abril", 4), ("maggio", 5), ("junho", 6), ("juli", 7), ("augustus", 8),
            ("septembrie", 9), ("Ekim", 10), ("listopada", 11), ("prosince", 12), ("августа", 8), ("ТРАВНЯ", 5),
            ("sept", 9), ("Sept", 9), ("déc", 12), ("okt", 10), ("gen", 1), ("dez", 12),
        ]
        for (name, month) in cases {
            #expect(MonthNames.number(of: TextFold.fold(name)) == month, "\(name)")
        }
        #expect(MonthNames.number(of: "lundi") == nil)
        #expect(MonthNames.number(of: "Mai") == nil)  // not folded
    }

    @Test func everyNameIsFoldedAndNamesAMonth() {
        for (name, month) in MonthNames.byFoldedName {
            #expect(TextFold.fold(name) == name, "\(name)")
            #expect((1...12).contains(month), "\(name)")
        }
    }
}

@Suite struct CivilCalendarTests {
    @Test func dayNumbersRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilCalendar.date(fromDayNumber: days)
            #expect(CivilCalendar.isValid(year: date.year, month: date.month, day: date.day))
            #expect(CivilCalendar.dayNumber(year: date.year, month: date.month, day: date.day) == days)
        }
        #expect(CivilCalendar.date(fromDayNumber: 0) == (1970, 1, 1))
        #expect(CivilCalendar.date(fromDayNumber: -1) == (1969, 12, 31))
    }

    @Test func leapYearsAndMonthLengths() {
        #expect(CivilCalendar.isLeapYear(2024) && CivilCalendar.isLeapYear(2000))
        #expect(!CivilCalendar.isLeapYear(1900) && !CivilCalendar.isLeapYear(2023))
        #expect(CivilCalendar.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilCalendar.daysIn(month: 4, year: 2024) == 30)
        #expect(CivilCalendar.daysIn(month: 12, year: 2024) == 31)
        #expect(!CivilCalendar.isValid(year: 2024, month: 13, day: 1))
        #expect(!CivilCalendar.isValid(year: 2024, month: 4, day: 31))
    }

    @Test func weekdaysCountFromMonday() {
        #expect(CivilCalendar.weekday(ofDayNumber: 0) == 4)  // 1970-01-01, a Thursday
        #expect(CivilCalendar.weekday(ofDayNumber: -1) == 3)
        #expect(CivilCalendar.weekday(ofDayNumber: CivilCalendar.dayNumber(year: 2022, month: 12, day: 19)) == 1)  // a Monday
        #expect(CivilCalendar.weekday(ofDayNumber: CivilCalendar.dayNumber(year: 2024, month: 5, day: 26)) == 7)  // a Sunday
    }
}

@Suite struct ZoneAbbreviationsTests {
    @Test func offsetsInMinutesEastOfUTC() {
        #expect(ZoneAbbreviations.offset(of: "GMT") == 0)
        #expect(ZoneAbbreviations.offset(of: "cest") == 120)
        #expect(ZoneAbbreviations.offset(of: "EDT") == -240)
        #expect(ZoneAbbreviations.offset(of: "IST") == 330)
        #expect(ZoneAbbreviations.offset(of: "XYZ") == nil)
    }
}
