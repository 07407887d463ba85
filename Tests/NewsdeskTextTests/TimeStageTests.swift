import NewsdeskCore
import Testing

@testable import NewsdeskText

/// The time stage on sentences written for these tests: each expression the issue names, in each
/// language, with its span, type, value and modifier.
@Suite struct TimeStageTests {
    struct Expected: CustomStringConvertible, Equatable {
        var text: String
        var type: String
        var value: String
        var mod: String? = nil
        var description: String { "\(text) \(type) \(value) \(mod ?? "-")" }
    }

    static func times(_ text: String, language: String, date: String?) throws -> [Expected] {
        var builder = ArticleTextBuilder()
        builder.append(text, kind: .paragraph)
        var document = Document(article: Article(id: "t", published: date, language: language, text: builder.text, paragraphs: builder.paragraphs))
        try SentenceStage.analyzeAndAttach(&document)
        return try TimeStage().analyze(document).expressions.map {
            Expected(text: $0.text, type: $0.kind.rawValue, value: $0.value, mod: $0.modifier?.rawValue)
        }
    }

    static func check(_ language: String, _ date: String?, _ text: String, _ expected: [Expected]) throws {
        let found = try times(text, language: language, date: date)
        #expect(found == expected, "\(language): \(text)")
    }

    @Test func french() throws {
        let date = "2022-12-19"  // a Monday
        try Self.check("fr", date, "Le sommet s'est ouvert ce lundi (19) à Paris.", [.init(text: "ce lundi (19)", type: "date", value: "2022-12-19")])
        try Self.check("fr", date, "Mi-octobre, les négociateurs avaient échoué.", [.init(text: "Mi-octobre", type: "date", value: "2022-10", mod: "MID")])
        try Self.check("fr", date, "La réforme sera votée fin février.", [.init(text: "fin février", type: "date", value: "2023-02", mod: "END")])
        try Self.check("fr", date, "Jeudi soir, le président a parlé.", [.init(text: "Jeudi soir", type: "time", value: "2022-12-15TEV")])
        try Self.check("fr", date, "En 2023, l'usine a fermé.", [.init(text: "2023", type: "date", value: "2023")])
        try Self.check("fr", date, "Hier, 2023 salariés ont été licenciés.", [.init(text: "Hier", type: "date", value: "2022-12-18")])
        try Self.check("fr", date, "Le pape arrivera dimanche.", [.init(text: "dimanche", type: "date", value: "2022-12-25")])
        try Self.check("fr", date, "Le ministre est arrivé dimanche, il était attendu.", [.init(text: "dimanche", type: "date", value: "2022-12-18")])
        try Self.check("fr", date, "Les discussions ont duré deux jours.", [.init(text: "deux jours", type: "duration", value: "P2D")])
        try Self.check("fr", date, "La semaine dernière, le gouvernement a cédé.", [.init(text: "La semaine dernière", type: "date", value: "2022-W50")])
        try Self.check("fr", date, "Il y a trois mois, tout a changé.", [.init(text: "Il y a trois mois", type: "date", value: "2022-09")])
        try Self.check("fr", date, "Ils reviendront l'été prochain.", [.init(text: "l'été prochain", type: "date", value: "2023-SU")])
        try Self.check("fr", date, "La guerre a commencé le 24 février 2022.", [.init(text: "le 24 février 2022", type: "date", value: "2022-02-24")])
        // "ici" is the present the span to 2030 runs from: the document's day.
        try Self.check("fr", date, "Les émissions baisseront d'ici à 2030.", [
            .init(text: "ici", type: "date", value: date), .init(text: "2030", type: "date", value: "2030"),
        ])
        try Self.check("fr", date, "Le festival aura lieu du 3 au 5 mai.", [
            .init(text: "3", type: "date", value: "2023-05-03"), .init(text: "5 mai", type: "date", value: "2023-05-05"),
        ])
        try Self.check("fr", date, "Le conseil se réunit chaque lundi.", [.init(text: "chaque lundi", type: "set", value: "XXXX-WXX-1")])
        try Self.check("fr", date, "Au début du mois, les prix ont monté.", [.init(text: "début du mois", type: "date", value: "2022-12", mod: "START")])
        try Self.check("fr", date, "Jean Dupont, 87 ans, a été blessé.", [])
        try Self.check("fr", date, "Il a écopé de 2 ans de prison.", [.init(text: "2 ans", type: "duration", value: "P2Y")])
        try Self.check("fr", date, "Il revient à Graz, six ans après sa victoire.", [.init(text: "six ans", type: "duration", value: "P6Y")])
        try Self.check("fr", date, "Il devance Irvine de 30,4 secondes.", [.init(text: "30,4 secondes", type: "duration", value: "PT30.4S")])
        try Self.check("fr", date, "Le budget atteint 1,2030 milliard.", [])
        try Self.check("fr", date, "Les années 60 ont changé la musique.", [.init(text: "Les années 60", type: "date", value: "196")])
        try Self.check("fr", date, "Elle a attendu plus de vingt ans.", [.init(text: "plus de vingt ans", type: "duration", value: "P20Y")])
        try Self.check("fr", date, "Le bilan sera connu à 18 h 30.", [.init(text: "18 h 30", type: "time", value: "2022-12-19T18:30")])
        try Self.check("fr", date, "Les trains circulent l'hiver.", [.init(text: "l'hiver", type: "date", value: "2022-WI")])
        try Self.check("fr", date, "Il a été élu.", [])
        // "à" is no past auxiliary ("a"), accents and all: the nearest cue is "auront".
        try Self.check("fr", "2023-03-13", "Les audiences auront lieu jusqu'à la mi-juin.", [.init(text: "mi-juin", type: "date", value: "2023-06", mod: "MID")])
    }

    @Test func english() throws {
        let date = "2024-05-23"  // a Thursday
        try Self.check("en", date, "The minister said on Monday that talks would resume.", [.init(text: "Monday", type: "date", value: "2024-05-20")])
        try Self.check("en", date, "Prices rose in early March.", [.init(text: "early March", type: "date", value: "2024-03", mod: "START")])
        try Self.check("en", date, "The vote will take place next week.", [.init(text: "next week", type: "date", value: "2024-W22")])
        try Self.check("en", date, "The plant closed three years ago.", [.init(text: "three years ago", type: "date", value: "2021")])
        try Self.check("en", date, "The bank publishes its figures daily.", [.init(text: "daily", type: "set", value: "P1D")])
        try Self.check("en", date, "The session will open at 10 p.m. Friday.", [.init(text: "10 p.m. Friday", type: "time", value: "2024-05-24T22:00")])
        try Self.check("en", date, "The 1990s were a decade of growth.", [
            .init(text: "1990s", type: "date", value: "199"), .init(text: "a decade", type: "duration", value: "P10Y"),
        ])
        try Self.check("en", date, "He has lived there for years.", [.init(text: "years", type: "duration", value: "PXY")])
        try Self.check("en", date, "Sales fell in the third quarter of 2023.", [.init(text: "the third quarter of 2023", type: "date", value: "2023-Q3")])
        try Self.check("en", date, "A 37-year-old man was arrested.", [])
        try Self.check("en", date, "A second-term president has a resolution of 1080 pixels.", [])
        try Self.check("en", date, "He served a two-year term.", [.init(text: "two-year", type: "duration", value: "P2Y")])
        try Self.check("en", date, "It was signed on June 13, 2005.", [.init(text: "June 13, 2005", type: "date", value: "2005-06-13")])
        try Self.check("en", date, "Officials may resign.", [])
        try Self.check("en", date, "The Oct. 23 meeting and the 1996 season were cancelled.", [
            .init(text: "Oct. 23", type: "date", value: "2023-10-23"), .init(text: "1996", type: "date", value: "1996"),
        ])
        try Self.check("en", date, "Profit rose over the past two months.", [.init(text: "the past two months", type: "duration", value: "P2M")])
        try Self.check("en", date, "Growth slowed late last year.", [.init(text: "late last year", type: "date", value: "2023", mod: "END")])
        try Self.check("en", date, "He was hurt last night, officials said earlier today.", [
            .init(text: "last night", type: "time", value: "2024-05-22TNI"), .init(text: "earlier today", type: "date", value: "2024-05-23"),
        ])
        try Self.check("en", date, "Sales in the first half of 2023 rose, and H2 2024 will be flat.", [
            .init(text: "the first half of 2023", type: "date", value: "2023-H1"), .init(text: "H2 2024", type: "date", value: "2024-H2"),
        ])
        try Self.check("en", date, "The strike lasted 5 hours.", [.init(text: "5 hours", type: "duration", value: "PT5H")])
    }

    @Test func german() throws {
        let date = "2024-05-23"
        try Self.check("de", date, "Der Vertrag wurde Anfang März unterzeichnet.", [.init(text: "Anfang März", type: "date", value: "2024-03", mod: "START")])
        try Self.check("de", date, "Vor drei Jahren begann der Streit.", [.init(text: "Vor drei Jahren", type: "date", value: "2021")])
        try Self.check("de", date, "Die Wahl findet nächste Woche statt.", [.init(text: "nächste Woche", type: "date", value: "2024-W22")])
        try Self.check("de", date, "Mitte 2023 stiegen die Preise.", [.init(text: "Mitte 2023", type: "date", value: "2023", mod: "MID")])
        try Self.check("de", date, "Das Treffen ist am 5. Juni 2024.", [.init(text: "5. Juni 2024", type: "date", value: "2024-06-05")])
        try Self.check("de", date, "Gestern Abend sprach der Kanzler.", [.init(text: "Gestern Abend", type: "time", value: "2024-05-22TEV")])
        try Self.check("de", date, "Das teilte ein Sprecher am Donnerstagabend mit.", [.init(text: "Donnerstagabend", type: "time", value: "2024-05-23TEV")])
        try Self.check("de", date, "Die Donnerstagsausgabe erschien.", [])
    }

    @Test func spanish() throws {
        let date = "2024-05-23"
        try Self.check("es", date, "La ley se aprobó a principios de año.", [.init(text: "principios de año", type: "date", value: "2024", mod: "START")])
        try Self.check("es", date, "El alcalde habló el lunes pasado.", [.init(text: "el lunes pasado", type: "date", value: "2024-05-20")])
        try Self.check("es", date, "Hace dos años, la empresa quebró.", [.init(text: "Hace dos años", type: "date", value: "2022")])
        try Self.check("es", date, "El 11 de diciembre de 2023 cerró la fábrica.", [.init(text: "El 11 de diciembre de 2023", type: "date", value: "2023-12-11")])
        try Self.check("es", date, "La obra durará cuatro años.", [.init(text: "cuatro años", type: "duration", value: "P4Y")])
        try Self.check("es", date, "Juan Pérez, de 55 años, fue detenido.", [])
        try Self.check("es", date, "El pasado 15 de marzo se firmó el acuerdo.", [.init(text: "El pasado 15 de marzo", type: "date", value: "2024-03-15")])
        try Self.check("es", date, "La reunión será a las 10.30 horas.", [.init(text: "las 10.30 horas", type: "time", value: "2024-05-23T10:30")])
        try Self.check("es", date, "Dentro de tres meses se abrirá.", [.init(text: "Dentro de tres meses", type: "date", value: "2024-08")])
        try Self.check("fr", date, "Mardi 14 mars au soir, il a parlé.", [.init(text: "Mardi 14 mars au soir", type: "time", value: "2024-03-14TEV")])
        try Self.check("fr", date, "Au cours des dix dernières années, tout a changé.", [.init(text: "dix dernières années", type: "duration", value: "P10Y")])
        try Self.check("fr", date, "Le vote aura lieu dans trois jours.", [.init(text: "dans trois jours", type: "date", value: "2024-05-26")])
    }

    @Test func italianAndPortuguese() throws {
        let date = "2024-05-23"
        try Self.check("it", date, "La legge è stata approvata a metà aprile.", [.init(text: "metà aprile", type: "date", value: "2024-04", mod: "MID")])
        try Self.check("it", date, "Tre anni fa il ponte è crollato.", [.init(text: "Tre anni fa", type: "date", value: "2021")])
        try Self.check("it", date, "La settimana scorsa il governo è caduto.", [.init(text: "La settimana scorsa", type: "date", value: "2024-W20")])
        try Self.check("it", date, "Il consiglio si riunisce alle 18.30, dalle 9 alle 13 i lavori.", [
            .init(text: "18.30", type: "time", value: "2024-05-23T18:30"), .init(text: "9", type: "time", value: "2024-05-23T09:00"),
            .init(text: "13", type: "time", value: "2024-05-23T13:00"),
        ])
        try Self.check("it", date, "Alle 18 persone è stato negato l'ingresso; alle 3 di maggio.", [.init(text: "3 di maggio", type: "date", value: "2024-05-03")])
        try Self.check("pt", date, "Há dois anos, a empresa faliu.", [.init(text: "Há dois anos", type: "date", value: "2022")])
        try Self.check("pt", "2024-07-10", "O acordo foi assinado em meados de junho.", [.init(text: "meados de junho", type: "date", value: "2024-06", mod: "MID")])
        try Self.check("pt", "2024-03-10", "O acordo foi assinado em meados de junho.", [.init(text: "meados de junho", type: "date", value: "2023-06", mod: "MID")])
    }

    /// The same expressions in every language of the grammar, against Thursday 2024-05-23:
    /// (text, the expression expected, its value, its modifier).
    static let equivalents: [String: [(String, String, String, String?)]] = [
        "fr": [
            ("Il est parti hier.", "hier", "2024-05-22", nil), ("Il partira demain.", "demain", "2024-05-24", nil),
            ("Ils ont voté la semaine dernière.", "la semaine dernière", "2024-W20", nil),
            ("Il y a trois mois, tout a changé.", "Il y a trois mois", "2024-02", nil),
            ("Ils reviendront l'été prochain.", "l'été prochain", "2025-SU", nil),
            ("Le 24 février 2022, la guerre a commencé.", "Le 24 février 2022", "2022-02-24", nil),
            ("Les prix ont baissé fin février.", "fin février", "2024-02", "END"),
            ("Les discussions ont duré deux jours.", "deux jours", "P2D", nil),
            ("Le conseil se réunit chaque lundi.", "chaque lundi", "XXXX-WXX-1", nil),
            ("Le troisième trimestre 2023 a été bon.", "Le troisième trimestre 2023", "2023-Q3", nil),
            ("Les années 80 ont été dures.", "Les années 80", "198", nil),
            ("La loi a été votée en 2023.", "2023", "2023", nil),
            ("Il est arrivé jeudi dernier.", "jeudi dernier", "2024-05-16", nil),
            ("Les travaux ont commencé courant mars.", "courant mars", "2024-03", "MID"),
        ],
        "en": [
            ("He left yesterday.", "yesterday", "2024-05-22", nil), ("He will leave tomorrow.", "tomorrow", "2024-05-24", nil),
            ("They voted last week.", "last week", "2024-W20", nil),
            ("Three months ago, everything changed.", "Three months ago", "2024-02", nil),
            ("They will come back next summer.", "next summer", "2025-SU", nil),
            ("On February 24, 2022, the war began.", "February 24, 2022", "2022-02-24", nil),
            ("Prices fell in late February.", "late February", "2024-02", "END"),
            ("The talks lasted two days.", "two days", "P2D", nil),
            ("The council meets every Monday.", "every Monday", "XXXX-WXX-1", nil),
            ("The third quarter of 2023 was good.", "The third quarter of 2023", "2023-Q3", nil),
            ("The 1980s were hard.", "1980s", "198", nil),
            ("The law was passed in 2023.", "2023", "2023", nil),
            ("He arrived last Thursday.", "last Thursday", "2024-05-16", nil),
        ],
        "de": [
            ("Er ist gestern abgereist.", "gestern", "2024-05-22", nil), ("Er wird morgen abreisen.", "morgen", "2024-05-24", nil),
            ("Sie haben letzte Woche abgestimmt.", "letzte Woche", "2024-W20", nil),
            ("Vor drei Monaten änderte sich alles.", "Vor drei Monaten", "2024-02", nil),
            ("Sie werden nächsten Sommer zurückkommen.", "nächsten Sommer", "2025-SU", nil),
            ("Am 24. Februar 2022 begann der Krieg.", "24. Februar 2022", "2022-02-24", nil),
            ("Die Preise fielen Ende Februar.", "Ende Februar", "2024-02", "END"),
            ("Die Gespräche dauerten zwei Tage.", "zwei Tage", "P2D", nil),
            ("Der Rat tagt jeden Montag.", "jeden Montag", "XXXX-WXX-1", nil),
            ("Das dritte Quartal 2023 war gut.", "Das dritte Quartal 2023", "2023-Q3", nil),
            ("Die 80er Jahre waren hart.", "Die 80er Jahre", "198", nil),
            ("Das Gesetz wurde im Jahr 2023 verabschiedet.", "Jahr 2023", "2023", nil),
        ],
        "es": [
            ("Se fue ayer.", "ayer", "2024-05-22", nil), ("Se irá mañana.", "mañana", "2024-05-24", nil),
            ("Votaron la semana pasada.", "la semana pasada", "2024-W20", nil),
            ("Hace tres meses todo cambió.", "Hace tres meses", "2024-02", nil),
            ("Volverán el próximo verano.", "el próximo verano", "2025-SU", nil),
            ("El 24 de febrero de 2022 empezó la guerra.", "El 24 de febrero de 2022", "2022-02-24", nil),
            ("Los precios bajaron a finales de febrero.", "finales de febrero", "2024-02", "END"),
            ("Las negociaciones duraron dos días.", "dos días", "P2D", nil),
            ("El consejo se reúne cada lunes.", "cada lunes", "XXXX-WXX-1", nil),
            ("El tercer trimestre de 2023 fue bueno.", "El tercer trimestre de 2023", "2023-Q3", nil),
            ("Los años 80 fueron duros.", "Los años 80", "198", nil),
            ("La ley se aprobó en 2023.", "2023", "2023", nil),
        ],
        "it": [
            ("È partito ieri.", "ieri", "2024-05-22", nil), ("Partirà domani.", "domani", "2024-05-24", nil),
            ("Hanno votato la settimana scorsa.", "la settimana scorsa", "2024-W20", nil),
            ("Tre mesi fa tutto è cambiato.", "Tre mesi fa", "2024-02", nil),
            ("Torneranno la prossima estate.", "la prossima estate", "2025-SU", nil),
            ("Il 24 febbraio 2022 è iniziata la guerra.", "Il 24 febbraio 2022", "2022-02-24", nil),
            ("I prezzi sono scesi a fine febbraio.", "fine febbraio", "2024-02", "END"),
            ("I colloqui sono durati due giorni.", "due giorni", "P2D", nil),
            ("Il consiglio si riunisce ogni lunedì.", "ogni lunedì", "XXXX-WXX-1", nil),
            ("Gli anni '80 furono duri.", "Gli anni '80", "198", nil),
            ("La legge è stata approvata nel 2023.", "2023", "2023", nil),
        ],
        "pt": [
            ("Ele partiu ontem.", "ontem", "2024-05-22", nil), ("Ele partirá amanhã.", "amanhã", "2024-05-24", nil),
            ("Há três meses tudo mudou.", "Há três meses", "2024-02", nil),
            ("Eles voltarão no próximo verão.", "próximo verão", "2025-SU", nil),
            ("Em 24 de fevereiro de 2022 começou a guerra.", "24 de fevereiro de 2022", "2022-02-24", nil),
            ("As negociações duraram dois dias.", "dois dias", "P2D", nil),
            ("O conselho reúne-se cada segunda-feira.", "cada segunda-feira", "XXXX-WXX-1", nil),
            ("O terceiro trimestre de 2023 foi bom.", "O terceiro trimestre de 2023", "2023-Q3", nil),
            ("Os anos 80 foram duros.", "Os anos 80", "198", nil),
            ("A lei foi aprovada em 2023.", "2023", "2023", nil),
        ],
    ]

    @Test(arguments: ["fr", "en", "de", "es", "it", "pt"])
    func theSameExpressionsInEachLanguage(_ language: String) throws {
        for (text, expression, value, modifier) in Self.equivalents[language] ?? [] {
            let found = try Self.times(text, language: language, date: "2024-05-23")
            #expect(found.contains { $0.text == expression && $0.value == value && $0.mod == modifier }, "\(language): \(text) → \(found)")
        }
    }

    @Test func withoutADateValuesStayUnresolved() throws {
        try Self.check("fr", nil, "Mi-octobre, la réforme a été votée.", [.init(text: "Mi-octobre", type: "date", value: "XXXX-10", mod: "MID")])
        try Self.check("en", nil, "Talks ended last week.", [.init(text: "last week", type: "date", value: "PAST_REF")])
        try Self.check("en", nil, "It opened on 2024-05-23.", [.init(text: "2024-05-23", type: "date", value: "2024-05-23")])
    }

    @Test func languagesWithoutALexiconGetNumericDates() throws {
        try Self.check("nl", "2024-05-23", "Het verdrag werd op 23/05/2024 ondertekend, vorige week.", [.init(text: "23/05/2024", type: "date", value: "2024-05-23")])
    }

    @Test func everyLexiconFileReadsStrictly() throws {
        #expect(TimeLexicon.loadProblem == nil)
        let directory = try ResourceLocator.directory("lexicons/time", containing: "cldr-en.tsv")
        for language in TimeLexicon.languages {
            var lexicon = TimeLexicon()
            try lexicon.read(contentsOf: directory + "/cldr-\(language).tsv")
            try lexicon.read(contentsOf: directory + "/\(language).tsv")
            #expect(lexicon.phrases.count > 100, "\(language)")
            #expect(TimeLexicon.forLanguage(language)?.phrases.count == lexicon.phrases.count, "\(language)")
        }
        var broken = TimeLexicon()
        #expect(throws: TimeLexicon.FormatError.self) { try broken.read("month\t1\tjanvier\nmonthly\t1\tjanvier\n", file: "test") }
    }

    @Test func isoWeeksAndMonthArithmetic() throws {
        let day = try #require(CalendarDay(year: 2021, month: 1, day: 3))  // a Sunday in week 53 of 2020
        #expect(day.weekValue == "2020-W53")
        #expect(try #require(CalendarDay(year: 2024, month: 12, day: 30)).weekValue == "2025-W01")
        #expect(try #require(CalendarDay(year: 2024, month: 3, day: 31)).adding(months: -1).dayValue == "2024-02-29")
        #expect(try #require(CalendarDay(year: 2024, month: 1, day: 15)).adding(months: -13).monthValue == "2022-12")
        #expect(RomanNumeral.value(of: "xxi") == 21)
    }

    @Test func theLayerRoundTripsThroughItsJSON() throws {
        let text = "Le 24 février 2022, deux jours."
        var builder = ArticleTextBuilder()
        builder.append(text, kind: .paragraph)
        var document = Document(article: Article(id: "t", published: "2022-12-19", language: "fr", text: builder.text, paragraphs: builder.paragraphs))
        try SentenceStage.analyzeAndAttach(&document)
        let layer = try TimeStage().analyze(document)
        let offsets = ScalarOffsetMap(document.article.text)
        let decoded = try TimeLayer(fields: layer.fieldsJSON(offsets: offsets), offsets: offsets)
        #expect(decoded.expressions == layer.expressions)
        #expect(layer.indexKeys.map { $0.key } == ["2022-02-24"])
        #expect(TimeLayer.calendarKey("2022-12-19TEV") == "2022-12-19")
        #expect(TimeLayer.calendarKey("2022-W51") == nil)
        #expect(TimeLayer.calendarKey("XXXX-10") == nil)
    }
}

extension SentenceStage {
    /// Sentences attached to `document`, as the pipeline would before the time stage.
    static func analyzeAndAttach(_ document: inout Document) throws {
        try SentenceStage().analyze(document).attach(to: &document)
    }
}
