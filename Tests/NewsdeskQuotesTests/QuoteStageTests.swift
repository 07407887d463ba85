import NewsdeskCore
import NewsdeskText
import Testing

@testable import NewsdeskQuotes

/// The quote stage on sentences written for these tests: each shape the issue names, in each
/// language, with the quote's content, kind, cue, speaker and continuation.
@Suite struct QuoteStageTests {
    typealias Q = ExpectedQuote

    @Test func frenchDirectQuotes() throws {
        try QuoteFixtures.check("fr", ["« Nous ne céderons pas », a affirmé mardi la ministre."], [
            Q(text: "Nous ne céderons pas", kind: .direct, cue: "a affirmé", speaker: "la ministre")
        ])
        try QuoteFixtures.check("fr", ["Le maire a déclaré : « Les travaux commenceront en mai. »"], [
            Q(text: "Les travaux commenceront en mai.", kind: .direct, cue: "a déclaré", speaker: "Le maire")
        ])
        try QuoteFixtures.check("fr", ["« C'est une victoire », se réjouit Sophie Martin, déléguée syndicale."], [
            Q(text: "C'est une victoire", kind: .direct, cue: "réjouit", speaker: "Sophie Martin")
        ])
    }

    @Test func frenchIncise() throws {
        try QuoteFixtures.check("fr", ["« La situation est grave, a-t-il ajouté, mais nous tiendrons. »"], [
            Q(text: "La situation est grave, a-t-il ajouté, mais nous tiendrons.", kind: .direct, cue: "a-t-il ajouté", speaker: "il")
        ])
    }

    @Test func frenchReportedSpeech() throws {
        try QuoteFixtures.check("fr", ["Emmanuel Macron a estimé jeudi que la France devait rester ferme."], [
            Q(text: "la France devait rester ferme", kind: .indirect, cue: "a estimé", speaker: "Emmanuel Macron")
        ])
        try QuoteFixtures.check("fr", ["Selon le porte-parole du Kremlin, les discussions ont été « substantielles »."], [
            Q(text: "les discussions ont été « substantielles »", kind: .mixed, cue: "Selon", speaker: "le porte-parole du Kremlin")
        ])
        try QuoteFixtures.check("fr", ["La croissance ralentira l'an prochain, selon l'Insee."], [
            Q(text: "La croissance ralentira l'an prochain", kind: .indirect, cue: "selon", speaker: "l'Insee")
        ])
        // All the content quoted: a direct quote, as the contract counts them.
        try QuoteFixtures.check("fr", ["Le président a déclaré que « la réforme ira jusqu'au bout »."], [
            Q(text: "la réforme ira jusqu'au bout", kind: .direct, cue: "a déclaré", speaker: "Le président")
        ])
    }

    @Test func frenchRolesWithSeveralPrepositions() throws {
        try QuoteFixtures.check("fr", ["Le ministre de l'Intérieur Jan Novak a estimé que la crise était passée."], [
            Q(text: "la crise était passée", kind: .indirect, cue: "a estimé", speaker: "Le ministre de l'Intérieur Jan Novak")
        ])
    }

    @Test func frenchPartialQuotesAndNegatives() throws {
        try QuoteFixtures.check("fr", ["La maire a dénoncé une « provocation » après l'annonce du préfet."], [
            Q(text: "provocation", kind: .partial, cue: "a dénoncé", speaker: "La maire")
        ])
        // A participle without its auxiliary is an adjective, no cue.
        try QuoteFixtures.check("fr", ["La réunion, à la date annoncée pour que les syndicats puissent venir, aura lieu lundi."], [])
        // Titles and scare quotes are no quotes.
        try QuoteFixtures.check("fr", ["Le film « Les Misérables » a été primé à Cannes."], [])
        try QuoteFixtures.check("fr", ["Le « quoi qu'il en coûte » a laissé des traces dans les comptes."], [])
    }

    @Test func quotesOverSeveralParagraphs() throws {
        try QuoteFixtures.check("fr", [
            "« Nous n'accepterons aucun recul », a martelé Marine Tondelier.",
            "« Les jeunes nous regardent, et ils ne nous pardonneront pas. »",
            "La salle a applaudi.",
        ], [
            Q(text: "Nous n'accepterons aucun recul", kind: .direct, cue: "a martelé", speaker: "Marine Tondelier"),
            Q(text: "Les jeunes nous regardent, et ils ne nous pardonneront pas.", kind: .direct, cue: nil, speaker: "Marine Tondelier", continues: 0),
        ])
        try QuoteFixtures.check("en", [
            "\"We have two items on the agenda,\" said the minister. \"Security, and the economy.\"",
            "\"Nobody will divide us.\"",
        ], [
            Q(text: "We have two items on the agenda,", kind: .direct, cue: "said", speaker: "the minister"),
            Q(text: "Security, and the economy.", kind: .direct, cue: nil, speaker: "the minister", continues: 0),
            Q(text: "Nobody will divide us.", kind: .direct, cue: nil, speaker: "the minister", continues: 1),
        ])
    }

    @Test func english() throws {
        try QuoteFixtures.check("en", ["\u{201C}We will win,\u{201D} he said, \u{201C}and soon.\u{201D}"], [
            Q(text: "We will win,\u{201D} he said, \u{201C}and soon.", kind: .direct, cue: "said", speaker: "he")
        ])
        // A quote of several sentences: its attribution is in the last one.
        try QuoteFixtures.check("en", ["\u{201C}It makes no sense. The model does not work here,\u{201D} Clinton said."], [
            Q(text: "It makes no sense. The model does not work here,", kind: .direct, cue: "said", speaker: "Clinton")
        ])
        // The name that opens the sentence, whatever the clauses between it and its verb.
        try QuoteFixtures.check("en", ["Connie Mariano, who later retired as a rear admiral, said that the records were complete."], [
            Q(text: "the records were complete", kind: .indirect, cue: "said", speaker: "Connie Mariano")
        ])
        // A cue form inside a name is no cue; in a headline it is.
        try QuoteFixtures.check("en", ["United States Citizenship and Immigration Services reviewed the program."], [])
        try QuoteFixtures.check("en", ["Flynn Says Trump Is Absolutely Right About Iraq"], [
            Q(text: "Trump Is Absolutely Right About Iraq", kind: .indirect, cue: "Says", speaker: "Flynn")
        ])
        try QuoteFixtures.check("en", ["\"We are pleased with the decision,\" Trump lawyer Marc Kasowitz said."], [
            Q(text: "We are pleased with the decision,", kind: .direct, cue: "said", speaker: "Trump lawyer Marc Kasowitz")
        ])
        try QuoteFixtures.check("en", ["\"Candidates should do so,\" Douglas Holtz-Eakin, an economist, told me this week."], [
            Q(text: "Candidates should do so,", kind: .direct, cue: "told", speaker: "Douglas Holtz-Eakin")
        ])
        try QuoteFixtures.check("en", ["\u{201C}That was outrageous,\u{201D} Obama\u{2019}s former campaign strategist said."], [
            Q(text: "That was outrageous,", kind: .direct, cue: "said", speaker: "Obama\u{2019}s former campaign strategist")
        ])
        try QuoteFixtures.check("en", ["\"This became personal,\" he said, adding he would never vote for her."], [
            Q(text: "This became personal,", kind: .direct, cue: "said", speaker: "he"),
            Q(text: "he would never vote for her", kind: .indirect, cue: "adding", speaker: "he"),
        ])
        try QuoteFixtures.check("en", ["Its first ad could start this week, said Brian Baker, an adviser to the family."], [
            Q(text: "Its first ad could start this week", kind: .indirect, cue: "said", speaker: "Brian Baker")
        ])
        // Quotes signed with a dash and a name, as readers' voices are printed.
        try QuoteFixtures.check("en", ["\u{201C}He cannot answer a question without scaring people.\u{201D} \u{2015} Esther Tapia", "\u{201C}The most unqualified candidate ever.\u{201D} \u{2015} Francisco Herrero"], [
            Q(text: "He cannot answer a question without scaring people.", kind: .direct, cue: "\u{2015}", speaker: "Esther Tapia"),
            Q(text: "The most unqualified candidate ever.", kind: .direct, cue: "\u{2015}", speaker: "Francisco Herrero"),
        ])
        try QuoteFixtures.check("en", ["Trump said he would win the election."], [
            Q(text: "he would win the election", kind: .indirect, cue: "said", speaker: "Trump")
        ])
        try QuoteFixtures.check("en", ["The economy is growing, according to the central bank."], [
            Q(text: "The economy is growing", kind: .indirect, cue: "according to", speaker: "the central bank")
        ])
        // What an English verb takes, quoted in part: mixed.
        try QuoteFixtures.check("en", ["Clinton called half of his supporters \u{201C}deplorables.\u{201D}"], [
            Q(text: "half of his supporters \u{201C}deplorables.\u{201D}", kind: .mixed, cue: "called", speaker: "Clinton")
        ])
        try QuoteFixtures.check("en", ["Pence: Trump was mocking the Clinton camp.", "The debate is on Monday."], [
            Q(text: "Trump was mocking the Clinton camp", kind: .indirect, cue: ":", speaker: "Pence")
        ])
        try QuoteFixtures.check("en", ["The band played \u{201C}Born in the U.S.A.\u{201D} at the rally."], [])
    }

    @Test func englishSpeakersPastLongPhrases() throws {
        // A long apposition between the name and its verb.
        try QuoteFixtures.check("en", ["\"The plan adds up,\" Maria Lindqvist, director of the budget office at the state university and a former adviser to the governor, said of the proposal."], [
            Q(text: "The plan adds up,", kind: .direct, cue: "said", speaker: "Maria Lindqvist")
        ])
        // A name with what it is of, a name with an age.
        try QuoteFixtures.check("en", ["\"It was the least bad outcome,\" Ms. Okafor of the Rivers Trust said."], [
            Q(text: "It was the least bad outcome,", kind: .direct, cue: "said", speaker: "Ms. Okafor of the Rivers Trust")
        ])
        try QuoteFixtures.check("en", ["\"I was never edited,\" Mr. Lund, 82, told me."], [
            Q(text: "I was never edited,", kind: .direct, cue: "told", speaker: "Mr. Lund")
        ])
        // Title words before a name after the verb; a party designation between commas.
        try QuoteFixtures.check("en", ["\"We are ready,\" said former senator Ann Ruiz."], [
            Q(text: "We are ready,", kind: .direct, cue: "said", speaker: "former senator Ann Ruiz")
        ])
        try QuoteFixtures.check("en", ["\"We will not wait,\" Senate Majority Leader Tom Hale, R-Ky., said Tuesday."], [
            Q(text: "We will not wait,", kind: .direct, cue: "said", speaker: "Senate Majority Leader Tom Hale")
        ])
        // A phrase between commas that a preposition opens is not the subject.
        try QuoteFixtures.check("en", ["Kessler, at Tuesday\u{2019}s hearing, argued that the agency had hidden the figures."], [
            Q(text: "the agency had hidden the figures", kind: .indirect, cue: "argued", speaker: "Kessler")
        ])
        // What follows "said" is its content, not an inverted speaker, when it runs on as a clause.
        try QuoteFixtures.check("en", ["Ana Ruiz, 61, of Tacoma, who watched the parade from a balcony, said the day brought back memories of her brother, and of the friends who had left."], [
            Q(text: "the day brought back memories of her brother, and of the friends who had left", kind: .indirect, cue: "said", speaker: "Ana Ruiz")
        ])
    }

    @Test func rightDoubleQuotesUsedBothWays() throws {
        // ”…” as Swedish and Finnish write them, and as careless copy has them in English.
        try QuoteFixtures.check("en", ["\u{201D}Nobody will divide us,\u{201D} the mayor said."], [
            Q(text: "Nobody will divide us,", kind: .direct, cue: "said", speaker: "the mayor")
        ])
        try QuoteFixtures.check("en", ["The mayor said: \u{201D}Nobody will divide us.\u{201D} The council agreed."], [
            Q(text: "Nobody will divide us.", kind: .direct, cue: "said", speaker: "The mayor")
        ])
    }

    @Test func aQuotationThatEndsASentenceItsAttributionCloses() throws {
        // Direct when nearly all the words are quoted, else mixed.
        try QuoteFixtures.check("en", ["Warren \"has the experience to keep the country safe and our alliances strong,\" retired admiral Joan Whitfield said."], [
            Q(text: "has the experience to keep the country safe and our alliances strong,", kind: .direct, cue: "said", speaker: "retired admiral Joan Whitfield")
        ])
        try QuoteFixtures.check("en", ["The senator \"has the experience to keep the country safe and our alliances strong,\" retired admiral Joan Whitfield said."], [
            Q(text: "The senator \"has the experience to keep the country safe and our alliances strong,\"", kind: .mixed, cue: "said", speaker: "retired admiral Joan Whitfield")
        ])
        try QuoteFixtures.check("en", ["Local officials had been \"slow and careless\" for months before the flood, the report's authors wrote."], [
            Q(text: "Local officials had been \"slow and careless\" for months before the flood", kind: .mixed, cue: "wrote", speaker: "the report's authors")
        ])
    }

    @Test func chantedWordsAreQuotes() throws {
        try QuoteFixtures.check("en", ["Marchers chanted \"No justice, no peace\" outside the courthouse."], [
            Q(text: "No justice, no peace", kind: .direct, cue: "chanted", speaker: "Marchers")
        ])
    }

    @Test func aRelativePronounSpeaksForWhatItHangsOn() throws {
        let paragraphs = ["The panel included Ms. Varga, who stressed that small firms would file less."]
        let document = try QuoteFixtures.document(paragraphs, language: "en")
        let quotes = try QuoteStage().analyze(document).quotes
        let reported = try #require(quotes.first { $0.kind == .indirect })
        let speaker = try #require(reported.speaker)
        #expect(reported.text == "small firms would file less")
        #expect(speaker.name == "Ms. Varga", "named where the clause hangs")
        #expect(document.article.text[utf8: speaker.span] == "who", "found at the pronoun")
    }

    @Test func participlesTakeTheMainClausesSubject() throws {
        try QuoteFixtures.check("en", ["During a speech in Ohio, Senator Reyes attacked the bill, saying, \"It will cost jobs.\""], [
            Q(text: "It will cost jobs.", kind: .direct, cue: "saying", speaker: "Senator Reyes")
        ])
        try QuoteFixtures.check("en", ["Chastened by the reviews, the studio revised its plan, promising to cut ticket prices."], [
            Q(text: "to cut ticket prices", kind: .indirect, cue: "promising", speaker: "the studio")
        ])
        // The nearest clause's subject.
        try QuoteFixtures.check("en", ["The camera pointed at the ground, and she grew upset, shouting \"Stop it now\" at the officers."], [
            Q(text: "Stop it now", kind: .direct, cue: "shouting", speaker: "she")
        ])
        // Right after a name, the name speaks.
        try QuoteFixtures.check("en", ["The ad shows footage of Maria Lindqvist asking, \"Why are we not ahead?\""], [
            Q(text: "Why are we not ahead?", kind: .direct, cue: "asking", speaker: "Maria Lindqvist")
        ])
        // With an auxiliary the -ing form is the verb, its subject before it.
        try QuoteFixtures.check("en", ["The city council is demanding that the company pay for the repairs."], [
            Q(text: "the company pay for the repairs", kind: .indirect, cue: "is demanding", speaker: "The city council")
        ])
        // Of two subjects joined by "and", the first.
        try QuoteFixtures.check("en", ["The Courier and a local radio station filed a motion, arguing that the records were public."], [
            Q(text: "the records were public", kind: .indirect, cue: "arguing", speaker: "The Courier")
        ])
        // A pronoun with its verb attached names nobody.
        let contracted = try QuoteFixtures.quotes(["They\u{2019}re saying that the shop sells it."], language: "en")
        #expect(!contracted.contains { ($0.speaker ?? "").hasPrefix("They") }, "\(contracted)")
        // A noun after a preposition is no subject.
        try QuoteFixtures.check("en", ["Students marching through the streets chanted \"Fund our schools\" until noon."], [
            Q(text: "Fund our schools", kind: .direct, cue: "chanted", speaker: "Students")
        ])
    }

    @Test func englishWordsThatAreNoSpeakers() throws {
        // A bare word before a verb is a speaker only as a plural noun ("analysts say").
        let found = try QuoteFixtures.quotes(["The board decided in March not to recommend charges against the two managers."], language: "en")
        #expect(!found.contains { $0.speaker == "recommend" }, "\(found)")
        let poll = try QuoteFixtures.quotes(["A university poll released in late August found that most voters wanted the returns."], language: "en")
        #expect(!poll.contains { $0.speaker == "late" }, "\(poll)")
        try QuoteFixtures.check("en", ["Analysts say the merger will cut costs."], [
            Q(text: "the merger will cut costs", kind: .indirect, cue: "say", speaker: "Analysts")
        ])
    }

    @Test func transcriptLinesNameTheirSpeaker() throws {
        try QuoteFixtures.check("en", ["Partial transcript:", "\"WALLACE: Will she be there?", "\"PENCE: She will not be attending the debate."], [
            Q(text: "Will she be there?", kind: .direct, cue: ":", speaker: "WALLACE"),
            Q(text: "She will not be attending the debate.", kind: .direct, cue: ":", speaker: "PENCE"),
        ])
    }

    @Test func german() throws {
        try QuoteFixtures.check("de", ["Laut Regierungssprecher sei die Lage \u{201E}unter Kontrolle\u{201C}."], [
            Q(text: "sei die Lage \u{201E}unter Kontrolle\u{201C}", kind: .mixed, cue: "Laut", speaker: "Regierungssprecher")
        ])
        try QuoteFixtures.check("de", ["\u{201E}Wir werden das schaffen\u{201C}, sagte Merkel."], [
            Q(text: "Wir werden das schaffen", kind: .direct, cue: "sagte", speaker: "Merkel")
        ])
        try QuoteFixtures.check("de", ["»Wir haben verdient gewonnen«, sagte der Trainer nach dem Spiel."], [
            Q(text: "Wir haben verdient gewonnen", kind: .direct, cue: "sagte", speaker: "der Trainer")
        ])
        // Konjunktiv after "sagte", and a trailing cue.
        try QuoteFixtures.check("de", ["Der Minister sagte, die Lage sei ernst."], [
            Q(text: "die Lage sei ernst", kind: .indirect, cue: "sagte", speaker: "Der Minister")
        ])
        try QuoteFixtures.check("de", ["Die Verhandlungen seien auf einem guten Weg, sagte Merz am Rande des Gipfels."], [
            Q(text: "Die Verhandlungen seien auf einem guten Weg", kind: .indirect, cue: "sagte", speaker: "Merz")
        ])
        try QuoteFixtures.check("de", ["Die Polizei teilte mit, es habe keine Verletzten gegeben."], [
            Q(text: "es habe keine Verletzten gegeben", kind: .indirect, cue: "teilte", speaker: "Die Polizei")
        ])
    }

    @Test func spanishDialogueAndProDrop() throws {
        try QuoteFixtures.check("es", ["—Sí, lo haremos —respondió el alcalde."], [
            Q(text: "Sí, lo haremos", kind: .direct, cue: "respondió", speaker: "el alcalde")
        ])
        try QuoteFixtures.check("es", ["—No hay acuerdo todavía —explicó la portavoz—. Seguiremos negociando mañana."], [
            Q(text: "No hay acuerdo todavía —explicó la portavoz—. Seguiremos negociando mañana.", kind: .direct, cue: "explicó", speaker: "la portavoz")
        ])
        try QuoteFixtures.check("es", ["Según el Banco de España, la economía crecerá un 2 %."], [
            Q(text: "la economía crecerá un 2 %", kind: .indirect, cue: "Según", speaker: "el Banco de España")
        ])
        // The subject left out: the speaker is the one named before.
        try QuoteFixtures.check("es", ["«No vamos a ceder», afirmó Pedro Sánchez.", "«Tampoco vamos a negociar», dijo."], [
            Q(text: "No vamos a ceder", kind: .direct, cue: "afirmó", speaker: "Pedro Sánchez"),
            Q(text: "Tampoco vamos a negociar", kind: .direct, cue: "dijo", speaker: "Pedro Sánchez"),
        ])
    }

    @Test func aNamesTailIsNoTitle() throws {
        let found = try QuoteFixtures.quotes(["\u{201C}La prueba empieza en marzo\u{201D}, detalló del Pópolo en la conferencia."], language: "es")
        #expect(!found.contains { $0.speaker == "del Pópolo" }, "\(found)")
    }

    @Test func italianAndPortuguese() throws {
        try QuoteFixtures.check("it", ["«Non faremo passi indietro», ha detto la presidente del Consiglio."], [
            Q(text: "Non faremo passi indietro", kind: .direct, cue: "ha detto", speaker: "la presidente del Consiglio")
        ])
        try QuoteFixtures.check("it", ["Il ministro dell'Economia ha spiegato che i conti sono sotto controllo."], [
            Q(text: "i conti sono sotto controllo", kind: .indirect, cue: "ha spiegato", speaker: "Il ministro dell'Economia")
        ])
        try QuoteFixtures.check("it", ["Secondo l'Istat, la disoccupazione è scesa."], [
            Q(text: "la disoccupazione è scesa", kind: .indirect, cue: "Secondo", speaker: "l'Istat")
        ])
        try QuoteFixtures.check("pt", ["\"Não vou renunciar\", disse o presidente da câmara."], [
            Q(text: "Não vou renunciar", kind: .direct, cue: "disse", speaker: "o presidente da câmara")
        ])
        try QuoteFixtures.check("pt", ["Segundo o Banco de Portugal, a economia vai crescer."], [
            Q(text: "a economia vai crescer", kind: .indirect, cue: "Segundo", speaker: "o Banco de Portugal")
        ])
        try QuoteFixtures.check("pt", ["O filme \"Cidade de Deus\" foi exibido em Lisboa."], [])
    }

    @Test func otherLanguagesGetQuotationMarksAlone() throws {
        try QuoteFixtures.check("nl", ["\u{201E}We gaan deze verkiezingen winnen, dat weet ik zeker\u{201D}, zei de premier."], [
            Q(text: "We gaan deze verkiezingen winnen, dat weet ik zeker", kind: .direct, cue: nil, speaker: nil)
        ])
    }
}

/// Broken and long text: unmatched marks, endless sentences. The stage's searches are bounded,
/// so its time grows with the text, not with its square.
@Suite struct QuoteStageBoundsTests {
    @Test func unmatchedMarksAndLongSentencesStayFast() throws {
        let piece = "\u{201C}Il a dit, selon lui, que « le ministre a déclaré, "
        let text = String(repeating: piece, count: 4000)
        let document = try QuoteFixtures.document([text], language: "fr")
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try QuoteStage().analyze(document) }
        #expect(elapsed < .seconds(5), "\(elapsed) for \(text.utf8.count) bytes")
    }
}
