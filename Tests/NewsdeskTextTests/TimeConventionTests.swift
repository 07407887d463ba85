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

    @Test func aWeekdayWithNoTenseCueIsTheNearest() throws {
        // Sunday 2024-05-26: a headline or announcement with no verb names the coming Tuesday.
        let date = "2024-05-26"
        try Self.check("fr", date, "Maceo Parker à Besançon mardi.", [.init(text: "mardi", type: "date", value: "2024-05-28")])
        try Self.check("en", date, "Maceo Parker in Boston Tuesday.", [.init(text: "Tuesday", type: "date", value: "2024-05-28")])
        try Self.check("de", date, "Maceo Parker in Berlin am Dienstag.", [.init(text: "Dienstag", type: "date", value: "2024-05-28")])
        try Self.check("es", date, "Maceo Parker en Madrid el martes.", [.init(text: "el martes", type: "date", value: "2024-05-28")])
        try Self.check("it", date, "Maceo Parker a Roma martedì.", [.init(text: "martedì", type: "date", value: "2024-05-28")])
        try Self.check("pt", date, "Maceo Parker em Lisboa na terça-feira.", [.init(text: "terça-feira", type: "date", value: "2024-05-28")])
        // A past verb still points back.
        try Self.check("fr", date, "Il a joué à Besançon mardi.", [.init(text: "mardi", type: "date", value: "2024-05-21")])
    }

    @Test func aTimeThatOpensARangeIsOnTheDayNamedAfterIt() throws {
        let date = "1999-08-27"  // a Friday
        try Self.check("fr", date, "Les vols commis entre 0 h 30 et 4 h mardi ont été jugés.", [
            .init(text: "0 h 30", type: "time", value: "1999-08-24T00:30"), .init(text: "4 h mardi", type: "time", value: "1999-08-24T04:00"),
        ])
        try Self.check("en", date, "The thefts took place between 1 a.m. and 4 a.m. Tuesday.", [
            .init(text: "1 a.m.", type: "time", value: "1999-08-24T01:00"), .init(text: "4 a.m. Tuesday", type: "time", value: "1999-08-24T04:00"),
        ])
        try Self.check("de", date, "Die Diebstähle geschahen zwischen 1 Uhr und 4 Uhr am Dienstag.", [
            .init(text: "1 Uhr", type: "time", value: "1999-08-24T01:00"), .init(text: "4 Uhr am Dienstag", type: "time", value: "1999-08-24T04:00"),
        ])
        try Self.check("es", date, "Los robos ocurrieron entre las 1:00 y las 4:00 del martes.", [
            .init(text: "las 1:00", type: "time", value: "1999-08-24T01:00"), .init(text: "las 4:00 del martes", type: "time", value: "1999-08-24T04:00"),
        ])
        try Self.check("it", date, "I furti sono avvenuti tra le 1:00 e le 4:00 di martedì.", [
            .init(text: "le 1:00", type: "time", value: "1999-08-24T01:00"), .init(text: "le 4:00 di martedì", type: "time", value: "1999-08-24T04:00"),
        ])
        try Self.check("pt", date, "Os roubos ocorreram entre as 1:00 e as 4:00 de terça-feira.", [
            .init(text: "as 1:00", type: "time", value: "1999-08-24T01:00"), .init(text: "as 4:00 de terça-feira", type: "time", value: "1999-08-24T04:00"),
        ])
    }

    @Test func aNightFromOneDayToTheNextIsOnTheFirst() throws {
        let date = "1999-08-27"
        try Self.check("fr", date, "L'équipée de la nuit de lundi à mardi a été jugée.", [
            .init(text: "la nuit de lundi à mardi", type: "time", value: "1999-08-23TNI"),
        ])
        try Self.check("es", date, "Los robos de la noche del lunes al martes fueron juzgados.", [
            .init(text: "la noche del lunes al martes", type: "time", value: "1999-08-23TEV"),
        ])
        try Self.check("it", date, "I furti della notte tra lunedì e martedì sono stati giudicati.", [
            .init(text: "notte tra lunedì e martedì", type: "time", value: "1999-08-23TNI"),
        ])
        // "the night of Oct. 23": TimeML takes the date alone.
        try Self.check("en", "1998-11-21", "He was shot on the night of Oct. 23 at home.", [.init(text: "Oct. 23", type: "date", value: "1998-10-23")])
    }

    @Test func ageGroupsAreNoDurations() throws {
        try Self.check("fr", "1999-07-16", "Des loisirs pour les 6-16 ans et pour les enfants de 2 à 8 ans.", [])
        try Self.check("es", "1999-07-16", "Actividades para los niños de 2 a 8 años y para los 18-25 años.", [])
    }

    @Test func theFirstAmountOfARangeTakesTheUnitOfTheSecond() throws {
        try Self.check("fr", "1999-07-16", "Il a requis des peines de 8 à 24 mois.", [
            .init(text: "8", type: "duration", value: "P8M"), .init(text: "24 mois", type: "duration", value: "P24M"),
        ])
        for (language, text, days) in [
            ("en", "The process would take between 60 and 90 days.", "90 days"), ("es", "El proceso tardará entre 60 y 90 días.", "90 días"),
            ("de", "Das Verfahren dauert zwischen 60 und 90 Tagen.", "90 Tagen"), ("it", "Il processo durerà tra 60 e 90 giorni.", "90 giorni"),
            ("pt", "O processo vai durar entre 60 e 90 dias.", "90 dias"),
        ] {
            try Self.check(language, "2009-06-04", text, [
                .init(text: "60", type: "duration", value: "P60D"), .init(text: days, type: "duration", value: "P90D"),
            ])
        }
        // Inside "the next 12 to 18 months" the first number is no duration of its own.
        try Self.check("en", "1989-10-30", "Acquisitions will be made during the next 12 to 18 months.", [
            .init(text: "18 months", type: "duration", value: "P18M"),
        ])
    }

    @Test func theSameDayIsTheDayNamedLast() throws {
        try Self.check("fr", "2001-03-09", "Le maire a inauguré l'école samedi 3 mars. Le même jour, à 15 h 30, il a reçu les élus.", [
            .init(text: "samedi 3 mars", type: "date", value: "2001-03-03"), .init(text: "Le même jour", type: "date", value: "2001-03-03"),
            .init(text: "15 h 30", type: "time", value: "2001-03-03T15:30"),
        ])
        // A month named last leaves the day unsaid.
        try Self.check("en", "2001-03-09", "The plant closed last November. Its owner sold it that same day.", [
            .init(text: "last November", type: "date", value: "2000-11"), .init(text: "that same day", type: "date", value: "2000-11-XX"),
        ])
        try Self.check("es", "2001-03-09", "El juez lo citó el 2 de marzo y ese mismo día lo liberó.", [
            .init(text: "el 2 de marzo", type: "date", value: "2001-03-02"), .init(text: "ese mismo día", type: "date", value: "2001-03-02"),
        ])
        // With no day named before it, "the same day" is no date the text gives.
        try Self.check("en", "2001-03-09", "Both men were born on the same day.", [])
    }

    @Test func iciOfDIciIsTheDocumentDay() throws {
        try Self.check("fr", "2001-03-09", "Le texte doit être voté d'ici le 30 juin.", [
            .init(text: "ici", type: "date", value: "2001-03-09"), .init(text: "le 30 juin", type: "date", value: "2001-06-30"),
        ])
        try Self.check("fr", "2001-03-09", "Les chiffres seront affinés d'ici la fin de l'année.", [
            .init(text: "ici", type: "date", value: "2001-03-09"), .init(text: "la fin de l'année", type: "date", value: "2001", mod: "END"),
        ])
        // Not "here": "d'ici là", "à deux pas d'ici".
        try Self.check("fr", "2001-03-09", "D'ici là, rien ne bouge. Il habite à deux pas d'ici.", [])
    }

    @Test func unitsOfSeveralYearsOrMonths() throws {
        try Self.check("fr", "2000-07-28", "Il défend un quinquennat de réformes, après deux septennats.", [
            .init(text: "un quinquennat", type: "duration", value: "P5Y"), .init(text: "deux septennats", type: "duration", value: "P14Y"),
        ])
        try Self.check("fr", "2000-07-28", "Le fonds verse 3 milliards par semestre.", [.init(text: "semestre", type: "set", value: "P6M")])
        try Self.check("es", "2000-07-28", "El presidente cierra su sexenio.", [.init(text: "sexenio", type: "duration", value: "P6Y")])
        try Self.check("en", "2000-07-28", "The talks lasted a fortnight.", [.init(text: "a fortnight", type: "duration", value: "P2W")])
        // A half year with its ordinal stays a date.
        try Self.check("fr", "2000-07-28", "Les ventes ont progressé au premier semestre.", [.init(text: "premier semestre", type: "date", value: "2000-H1")])
    }

    @Test func aSeasonAfterEnOrInIsAnyYears() throws {
        try Self.check("fr", "2000-07-28", "Les ventes de glaces augmentent en été.", [.init(text: "été", type: "date", value: "XXXX-SU")])
        try Self.check("en", "2000-07-28", "Roads are salted in winter.", [.init(text: "winter", type: "date", value: "XXXX-WI")])
        // A season with a determiner, a relation or a year is one season.
        try Self.check("fr", "2000-07-28", "Il reviendra cet hiver, puis en été 2001.", [
            .init(text: "cet hiver", type: "date", value: "2000-WI"), .init(text: "été 2001", type: "date", value: "2001-SU"),
        ])
    }

    @Test func aRelativeClauseKeepsItsTenseToItself() throws {
        // "devraient" speaks of the results, not of the census held in March.
        try Self.check("fr", "2000-07-07", "Les résultats du recensement de mars, qui devraient être publiés bientôt, confirment la tendance.", [
            .init(text: "mars", type: "date", value: "2000-03"), .init(text: "bientôt", type: "date", value: "FUTURE_REF"),
        ])
        // Without the relative clause, the future decides: next March.
        try Self.check("fr", "2000-07-07", "Le recensement aura lieu en mars.", [.init(text: "mars", type: "date", value: "2001-03")])
        // What follows the relative clause still takes its tense.
        try Self.check("en", "1989-11-02", "He succeeds Mr. Taylor, who resigned as chairman, president and chief executive in March.", [
            .init(text: "March", type: "date", value: "1989-03"),
        ])
    }
}
