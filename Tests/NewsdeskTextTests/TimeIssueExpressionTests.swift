import Testing

@testable import NewsdeskText

/// Every expression issue 18 names, in each language of the grammar, with its value, against
/// Thursday 2024-05-23 (the ones `TimeStageTests.equivalents` already checks are not repeated).
@Suite struct TimeIssueExpressionTests {
    /// (text, the expression expected, its value, its modifier).
    static let expressions: [String: [(String, String, String, String?)]] = [
        "fr": [
            ("Le sommet s'est ouvert ce lundi (20) à Paris.", "ce lundi (20)", "2024-05-20", nil),
            ("Ils se sont réunis mi-octobre.", "mi-octobre", "2023-10", "MID"),
            ("Jeudi soir, le président a parlé.", "Jeudi soir", "2024-05-23TEV", nil),
            ("Les prix ont monté au début du mois.", "début du mois", "2024-05", "START"),
            ("Le pape arrivera dimanche.", "dimanche", "2024-05-26", nil),
            ("Les émissions baisseront d'ici à 2030.", "2030", "2030", nil),
            ("Le festival aura lieu du 3 au 5 mai.", "3", "2025-05-03", nil),
            ("Le festival aura lieu du 3 au 5 mai.", "5 mai", "2025-05-05", nil),
            ("Les trains circulent l'hiver.", "l'hiver", "2024-WI", nil),
            ("Au début des années 60, il jouait.", "début des années 60", "196", "START"),
        ],
        "en": [
            ("The summit opened on Monday (20) in Paris.", "Monday (20)", "2024-05-20", nil),
            ("Talks failed in mid-October.", "mid-October", "2023-10", "MID"),
            ("He spoke on Thursday evening.", "Thursday evening", "2024-05-23TEV", nil),
            ("Prices rose at the start of the month.", "the start of the month", "2024-05", "START"),
            ("The pope will arrive on Sunday.", "Sunday", "2024-05-26", nil),
            ("Emissions will fall by 2030.", "2030", "2030", nil),
            ("The festival runs from 3 to 5 May.", "3", "2024-05-03", nil),
            ("The festival runs from 3 to 5 May.", "5 May", "2024-05-05", nil),
            ("Prices fell in late February.", "late February", "2024-02", "END"),
            ("Growth was strong in the early 1990s.", "the early 1990s", "199", "START"),
        ],
        "de": [
            ("Der Gipfel begann diesen Montag (20.) in Paris.", "diesen Montag (20.)", "2024-05-20", nil),
            ("Die Gespräche waren Mitte Oktober gescheitert.", "Mitte Oktober", "2023-10", "MID"),
            ("Anfang des Monats stiegen die Preise.", "Anfang des Monats", "2024-05", "START"),
            ("Der Papst wird am Sonntag ankommen.", "Sonntag", "2024-05-26", nil),
            ("Die Emissionen sinken bis 2030.", "2030", "2030", nil),
            ("Das Festival findet vom 3. bis 5. Mai statt.", "3.", "2024-05-03", nil),
            ("Das Festival findet vom 3. bis 5. Mai statt.", "5. Mai", "2024-05-05", nil),
        ],
        "es": [
            ("La cumbre se abrió este lunes (20) en París.", "este lunes (20)", "2024-05-20", nil),
            ("A mediados de octubre fracasaron las negociaciones.", "mediados de octubre", "2023-10", "MID"),
            ("Habló el jueves por la noche.", "el jueves por la noche", "2024-05-23TNI", nil),
            ("Los precios subieron a principios de mes.", "principios de mes", "2024-05", "START"),
            ("El papa llegará el domingo.", "el domingo", "2024-05-26", nil),
            ("Las emisiones bajarán para 2030.", "2030", "2030", nil),
            ("El festival será del 3 al 5 de mayo.", "3", "2025-05-03", nil),
            ("El festival será del 3 al 5 de mayo.", "5 de mayo", "2025-05-05", nil),
        ],
        "it": [
            ("Il vertice si è aperto questo lunedì (20) a Parigi.", "questo lunedì (20)", "2024-05-20", nil),
            ("A metà ottobre il governo è stato sciolto.", "metà ottobre", "2023-10", "MID"),
            ("Ha parlato giovedì sera.", "giovedì sera", "2024-05-23TEV", nil),
            ("I prezzi sono saliti all'inizio del mese.", "inizio del mese", "2024-05", "START"),
            ("Il papa arriverà domenica.", "domenica", "2024-05-26", nil),
            ("Le emissioni caleranno entro il 2030.", "il 2030", "2030", nil),
            ("Il festival si terrà dal 3 al 5 maggio.", "3", "2025-05-03", nil),
            ("Il festival si terrà dal 3 al 5 maggio.", "5 maggio", "2025-05-05", nil),
            ("Il terzo trimestre 2023 è stato buono.", "Il terzo trimestre 2023", "2023-Q3", nil),
        ],
        "pt": [
            ("A cimeira abriu esta segunda-feira (20) em Paris.", "esta segunda-feira (20)", "2024-05-20", nil),
            ("Em meados de outubro as negociações falharam.", "meados de outubro", "2023-10", "MID"),
            ("Ele falou na quinta-feira à noite.", "quinta-feira à noite", "2024-05-23TNI", nil),
            ("Os preços subiram no início do mês.", "início do mês", "2024-05", "START"),
            ("O papa chegará no domingo.", "domingo", "2024-05-26", nil),
            ("As emissões vão cair até 2030.", "2030", "2030", nil),
            ("O festival será de 3 a 5 de maio.", "3", "2025-05-03", nil),
            ("O festival será de 3 a 5 de maio.", "5 de maio", "2025-05-05", nil),
            ("Os preços caíram no fim de fevereiro.", "fim de fevereiro", "2024-02", "END"),
            ("Eles votaram na semana passada.", "semana passada", "2024-W20", nil),
        ],
    ]

    @Test(arguments: ["fr", "en", "de", "es", "it", "pt"])
    func theIssuesExpressionsInEachLanguage(_ language: String) throws {
        for (text, expression, value, modifier) in Self.expressions[language] ?? [] {
            let found = try TimeStageTests.times(text, language: language, date: "2024-05-23")
            #expect(found.contains { $0.text == expression && $0.value == value && $0.mod == modifier }, "\(language): \(text) → \(found)")
        }
    }

    /// "en 2023" is a year, "2023 salariés" a count, in every language.
    @Test(arguments: [
        ("fr", "Hier, 2023 salariés ont été licenciés.", "Hier"), ("en", "Yesterday, 2023 workers were laid off.", "Yesterday"),
        ("de", "Gestern wurden 2023 Mitarbeiter entlassen.", "Gestern"), ("es", "Ayer fueron despedidos 2023 empleados.", "Ayer"),
        ("it", "Ieri sono stati licenziati 2023 dipendenti.", "Ieri"), ("pt", "Ontem foram despedidos 2023 funcionários.", "Ontem"),
    ])
    func aCountIsNoYear(_ language: String, _ text: String, _ yesterday: String) throws {
        let found = try TimeStageTests.times(text, language: language, date: "2024-05-23")
        #expect(found == [.init(text: yesterday, type: "date", value: "2024-05-22")], "\(language): \(found)")
    }
}
