import Testing

@testable import NewsdeskText

/// TimeML conventions the grammar follows beyond the list: anchored year-ago
/// references in earnings news, years in words, months with a relative year, tense cues that
/// are no verbs, vague amounts before "later".
@Suite struct TimeConventionTests {
    static func check(_ language: String, _ date: String, _ text: String, _ expected: [TimeStageTests.Expected]) throws {
        let found = try TimeStageTests.times(text, language: language, date: date)
        #expect(found == expected, "\(language): \(text)")
    }

    @Test func aYearEarlierIsTheQuarterMentionedLastAYearBack() throws {
        try Self.check("en", "1989-10-26", "Third-quarter net rose to $5 million from $3 million a year earlier.", [
            .init(text: "Third-quarter", type: "date", value: "1989-Q3"), .init(text: "a year earlier", type: "date", value: "1988-Q3"),
        ])
        try Self.check("en", "1989-10-26", "Net fell in the quarter. In the year-ago quarter, it rose; year-ago results were restated.", [
            .init(text: "the quarter", type: "date", value: "1989-Q3"), .init(text: "the year-ago quarter", type: "date", value: "1988-Q3"),
            .init(text: "year-ago", type: "date", value: "1988-Q3"),
        ])
        // No quarter before: the year before the document's.
        try Self.check("en", "1989-10-26", "Profit doubled from a year ago.", [.init(text: "a year ago", type: "date", value: "1988")])
        try Self.check("en", "1989-10-26", "Net in the 1988 third quarter and in next year's first quarter.", [
            .init(text: "the 1988 third quarter", type: "date", value: "1988-Q3"), .init(text: "next year's first quarter", type: "date", value: "1990-Q1"),
        ])
        try Self.check("en", "1989-10-26", "Earnings for the last half of 1989 will fall.", [.init(text: "the last half of 1989", type: "date", value: "1989-H2")])
    }

    @Test func yearsInWordsAndInTwoDigits() throws {
        try Self.check("en", "1998-02-27", "In nineteen ninety-six a bomb exploded.", [.init(text: "nineteen ninety-six", type: "date", value: "1996")])
        try Self.check("en", "1998-02-05", "He promised jobs by the year two thousand.", [.init(text: "the year two thousand", type: "date", value: "2000")])
        try Self.check("fr", "1999-07-29", "Deux ruptures en 97 (rien en 98).", [
            .init(text: "97", type: "date", value: "1997"), .init(text: "98", type: "date", value: "1998"),
        ])
        try Self.check("en", "1989-10-26", "He retires at the age of 65.", [])
        try Self.check("en", "2000-01-07", "A 1996 law was passed.", [.init(text: "1996", type: "date", value: "1996")])
        try Self.check("en", "1989-10-26", "Earnings will grow in both 1990 and 1991.", [
            .init(text: "1990", type: "date", value: "1990"), .init(text: "1991", type: "date", value: "1991"),
        ])
    }

    @Test func aMonthTakesTheYearNamedWithIt() throws {
        try Self.check("en", "1998-02-19", "In June last year the leaders fell out.", [.init(text: "June last year", type: "date", value: "1997-06")])
        // "of" parts two expressions; the month still takes the year.
        try Self.check("en", "2009-05-15", "Dealers will be told after October of next year.", [
            .init(text: "October", type: "date", value: "2010-10"), .init(text: "next year", type: "date", value: "2010"),
        ])
    }

    @Test func tenseCuesAreVerbs() throws {
        // "succeed" and "United" end like past verbs; "acquired" takes the tense of "will be".
        try Self.check("en", "1989-10-26", "He will succeed Mr. Davison Feb. 1.", [.init(text: "Feb. 1", type: "date", value: "1990-02-01")])
        try Self.check("en", "2000-04-05", "He would be traveling to the United States Thursday.", [.init(text: "Thursday", type: "date", value: "2000-04-06")])
        try Self.check("en", "1989-11-02", "The bank will be acquired by the company in January.", [.init(text: "January", type: "date", value: "1990-01")])
        // A headline in capitals keeps its verb: "FERA" is future.
        try Self.check("fr", "1999-05-18", "LE VILLAGE FERA LA FETE DIMANCHE.", [.init(text: "DIMANCHE", type: "date", value: "1999-05-23")])
    }

    @Test func vagueAmountsBeforeLaterAreDurations() throws {
        try Self.check("en", "1989-10-27", "A few days later, the company announced losses.", [.init(text: "A few days", type: "duration", value: "PXD")])
        try Self.check("fr", "1999-05-22", "Elles l'ont rencontré environ une heure plus tard.", [
            .init(text: "environ une heure", type: "duration", value: "PT1H", mod: "APPROX"),
        ])
        try Self.check("en", "1989-10-27", "Two days later, the company announced losses.", [.init(text: "Two days later", type: "date", value: "1989-10-29")])
    }

    @Test func setsAndTimesOnNamedDays() throws {
        try Self.check("en", "1998-03-22", "Orangemen march each July.", [.init(text: "each July", type: "set", value: "XXXX-07")])
        try Self.check("fr", "2025-02-04", "Le pic de crue est attendu dans l'après-midi.", [])
        try Self.check("en", "1998-02-13", "Negotiations broke off at noon Thursday.", [.init(text: "noon Thursday", type: "time", value: "1998-02-12T12:00")])
        try Self.check("fr", "1999-07-09", "Il en fera l'annonce aujourd'hui vendredi.", [.init(text: "aujourd'hui vendredi", type: "date", value: "1999-07-09")])
        try Self.check("en", "2000-04-06", "The Times said in an editorial on Thursday, April 6:", [
            .init(text: "Thursday, April 6", type: "date", value: "2000-04-06"),
        ])
        try Self.check("fr", "1999-05-20", "Ils reçoivent Portland une seconde fois.", [])
        try Self.check("en", "1998-09-07", "Visitors rose to more than 300,000 last year.", [.init(text: "last year", type: "date", value: "1997")])
        try Self.check("en", "1989-10-26", "Prices fell in recent years; they rose in recent months.", [
            .init(text: "recent years", type: "date", value: "PAST_REF"), .init(text: "recent months", type: "duration", value: "PXM"),
        ])
    }

    @Test func holidaysResolveLikeDays() throws {
        try Self.check("en", "2000-01-07", "Elian was found on Thanksgiving Day at sea.", [.init(text: "Thanksgiving Day", type: "date", value: "1999-11-25")])
        try Self.check("en", "2000-02-10", "He was found last Thanksgiving.", [.init(text: "last Thanksgiving", type: "date", value: "1999-11-25")])
        try Self.check("fr", "2024-05-23", "Ils reviendront à Noël.", [.init(text: "Noël", type: "date", value: "2024-12-25")])
        try Self.check("fr", "2024-05-23", "Noël Mamère a parlé.", [])
        try Self.check("de", "2024-05-23", "Ostern 2025 fällt auf den 20. April.", [
            .init(text: "Ostern 2025", type: "date", value: "2025-04-20"), .init(text: "den 20. April", type: "date", value: "2024-04-20"),
        ])
        try Self.check("es", "2024-05-23", "Volverán en Navidad.", [.init(text: "Navidad", type: "date", value: "2024-12-25")])
        try Self.check("it", "2024-05-23", "A Pasqua il papa ha parlato.", [.init(text: "Pasqua", type: "date", value: "2024-03-31")])
        try Self.check("pt", "2024-05-23", "Voltarão no Natal.", [.init(text: "Natal", type: "date", value: "2024-12-25")])
        #expect(Holiday.easter(2000)?.dayValue == "2000-04-23")
        #expect(Holiday("M5W-1D1")?.day(in: 2024)?.dayValue == "2024-05-27")
    }
}
