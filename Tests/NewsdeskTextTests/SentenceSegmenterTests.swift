import NewsdeskCore
import NewsdeskText
import Testing

func sentences(_ text: String) -> [String] {
    SentenceSegmenter().sentences(in: text).map { String(text[utf8: $0.span]) }
}

@Suite struct SentenceSegmenterTests {
    @Test func french() {
        #expect(sentences("M. Macron a rencontré Mme Merkel. Ils ont parlé de l'Europe.")
            == ["M. Macron a rencontré Mme Merkel.", "Ils ont parlé de l'Europe."])
        #expect(sentences("Le budget atteint 2,3 milliards d'euros. La séance reprend à 19h30.")
            == ["Le budget atteint 2,3 milliards d'euros.", "La séance reprend à 19h30."])
    }

    @Test func english() {
        #expect(sentences("Dr. Smith flew to the U.S. on Monday. Sales rose 1.5 million units.")
            == ["Dr. Smith flew to the U.S. on Monday.", "Sales rose 1.5 million units."])
        #expect(sentences("Is it over? Not yet! We wait...") == ["Is it over?", "Not yet!", "We wait..."])
    }

    @Test func german() {
        #expect(sentences("Es gibt viele Gründe, z.B. die Kosten. Das ist klar.")
            == ["Es gibt viele Gründe, z.B. die Kosten.", "Das ist klar."])
        #expect(sentences("Der 3. Oktober ist ein Feiertag.") == ["Der 3. Oktober ist ein Feiertag."])
    }

    @Test func spanishItalianPortuguese() {
        #expect(sentences("El Sr. García y la Sra. López llegaron. Luego hablaron.")
            == ["El Sr. García y la Sra. López llegaron.", "Luego hablaron."])
        #expect(sentences("Il Dott. Rossi è arrivato. Poi ha parlato.") == ["Il Dott. Rossi è arrivato.", "Poi ha parlato."])
        #expect(sentences("O Sr. Silva chegou. Depois falou.") == ["O Sr. Silva chegou.", "Depois falou."])
    }

    @Test func quotationSpanningSentencesStaysWithItsSpeaker() {
        #expect(sentences("« Nous sommes prêts. Nous irons jusqu'au bout », a-t-il déclaré. La salle applaudit.")
            == ["« Nous sommes prêts. Nous irons jusqu'au bout », a-t-il déclaré.", "La salle applaudit."])
        #expect(sentences("\"We are ready. We will win,\" she said. Then she left.")
            == ["\"We are ready. We will win,\" she said.", "Then she left."])
    }

    @Test func closingQuoteBelongsToTheSentence() {
        #expect(sentences("Il a dit : « C'est fini. » Puis il est parti.") == ["Il a dit : « C'est fini. »", "Puis il est parti."])
        #expect(sentences("He said: “It is over.” Then he left.") == ["He said: “It is over.”", "Then he left."])
    }

    @Test func ellipsisBeforeLowercaseDoesNotSplit() {
        #expect(sentences("Il hésite… puis accepte. Fin.") == ["Il hésite… puis accepte.", "Fin."])
    }

    @Test func webThingsDoNotSplit() {
        #expect(sentences("Lire sur www.lemonde.fr. Écrire à contact@afp.fr. Suivre #JO2024.")
            == ["Lire sur www.lemonde.fr.", "Écrire à contact@afp.fr.", "Suivre #JO2024."])
    }

    @Test func acronymEndsASentenceOnlyBeforeASentenceOpener() {
        #expect(sentences("Prices fell in the U.S. The next day they rose again.")
            == ["Prices fell in the U.S.", "The next day they rose again."])
        #expect(sentences("He met U.S. President Biden. They spoke.") == ["He met U.S. President Biden.", "They spoke."])
        #expect(sentences("La crise touche les EE.UU. El Gobierno responde.")
            == ["La crise touche les EE.UU.", "El Gobierno responde."])
        #expect(sentences("Elle vit aux U.S.") == ["Elle vit aux U.S."])
        #expect(sentences("The fire started at 9 p.m. The roads were closed.")
            == ["The fire started at 9 p.m.", "The roads were closed."])
        #expect(sentences("It starts at 9 a.m. Monday.") == ["It starts at 9 a.m. Monday."])
    }

    @Test func newsNumbersWebThingsAndQuotes() {
        #expect(sentences("Rendez-vous à 19h30. Le bilan : 2,3 milliards. Voir https://exemple.fr/page. Fin.")
            == ["Rendez-vous à 19h30.", "Le bilan : 2,3 milliards.", "Voir https://exemple.fr/page.", "Fin."])
        #expect(sentences("Il a dit : « Je viens. » Puis il est parti… Enfin, #Paris2024 a suivi.")
            == ["Il a dit : « Je viens. »", "Puis il est parti…", "Enfin, #Paris2024 a suivi."])
        #expect(sentences("¿Qué pasa? Nada. Escriba a prensa@ejemplo.es. Gracias.")
            == ["¿Qué pasa?", "Nada.", "Escriba a prensa@ejemplo.es.", "Gracias."])
    }

    @Test func germanOrdinalsDoNotEndSentences() {
        #expect(sentences("Der 2. Weltkrieg endete 1945. Danach kam der Wiederaufbau.")
            == ["Der 2. Weltkrieg endete 1945.", "Danach kam der Wiederaufbau."])
        #expect(sentences("Im 19. Jahrhundert wuchs die Stadt. Zum 5. Mal gewann sie.")
            == ["Im 19. Jahrhundert wuchs die Stadt.", "Zum 5. Mal gewann sie."])
        #expect(sentences("Die Wahl ist am 26. September. Sie wird knapp.")
            == ["Die Wahl ist am 26. September.", "Sie wird knapp."])
        #expect(sentences("Er wurde Dritter auf Platz 3. Das reichte nicht.")
            == ["Er wurde Dritter auf Platz 3.", "Das reichte nicht."])
    }

    @Test func etcMayEndASentence() {
        #expect(sentences("Pommes, poires, etc. La suite demain.") == ["Pommes, poires, etc.", "La suite demain."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(sentences("Titre sans point\n\nLe texte commence ici.") == ["Titre sans point", "Le texte commence ici."])
    }

    @Test func tokenRangesPointIntoTheTokens() {
        let text = "Un. Deux trois."
        let tokens = Tokenizer().tokens(in: text)
        let result = SentenceSegmenter().sentences(in: text, tokens: tokens)
        #expect(result.map(\.tokens) == [0..<2, 2..<5])
    }
}
