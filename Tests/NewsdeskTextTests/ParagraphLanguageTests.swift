import NewsdeskCore
@testable import NewsdeskText
import Testing

private let identifier: LanguageIdentifier = {
    do { return try LanguageIdentifier.standard() } catch { fatalError("\(error)") }
}()

private func article(_ paragraphs: [String], language: String? = nil) -> Article {
    var builder = ArticleTextBuilder()
    for paragraph in paragraphs { builder.append(paragraph, kind: .paragraph) }
    var article = Article(id: "x", text: builder.text, paragraphs: builder.paragraphs)
    article.language = language
    return article
}

/// The article with the languages the identifier finds attached, as the language stage does.
private func annotated(_ article: Article, cache: WordScoreCache? = nil) -> Article {
    var document = Document(article: article)
    identifier.languages(of: article, cache: cache).attach(to: &document)
    return document.article
}

@Suite struct ParagraphLanguageTests {
    @Test func frenchArticleWithEnglishParagraphs() {
        let paragraphs = [
            "Le ministre de l'Économie a présenté mercredi son projet de budget pour l'année prochaine devant les députés.",
            "Selon lui, la croissance devrait atteindre un niveau suffisant pour réduire le déficit public d'ici deux ans.",
            "\"We expect the economy to keep growing at a steady pace over the next two years,\" the minister told reporters.",
            "Les syndicats ont immédiatement dénoncé des coupes dans les services publics et appellent à manifester jeudi.",
            "The opposition leader said the plan would hurt families who are already struggling with the cost of living.",
            "Le texte sera examiné en commission à partir de la semaine prochaine.",
        ]
        let cache = WordScoreCache()
        for _ in 0..<2 {  // the second time from cached word scores
            let annotated = annotated(article(paragraphs), cache: cache)
            #expect(annotated.language == "fr")
            #expect(annotated.paragraphs.map(\.language) == ["fr", "fr", "en", "fr", "en", "fr"])
        }
    }

    @Test func englishArticleWithAGermanQuote() {
        let paragraphs = [
            "The German chancellor defended the government's energy policy on Wednesday in a speech to parliament in Berlin.",
            "She said the country would meet its climate targets despite rising prices for gas and electricity this winter.",
            "\"Wir werden alles tun, damit die Menschen in diesem Winter nicht frieren müssen und die Preise bezahlbar bleiben.\"",
            "Opposition leaders accused the government of acting too slowly and called for further relief for households.",
        ]
        let annotated = annotated(article(paragraphs, language: "de"), cache: WordScoreCache())
        #expect(annotated.language == "en")
        #expect(annotated.paragraphs.map(\.language) == ["en", "en", "de", "en"])
    }

    @Test func shortAndUnsureParagraphsTakeTheArticleLanguage() {
        let paragraphs = [
            "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, die im kommenden Jahr in Kraft treten soll.",
            "Foto: dpa",
            "Die Opposition kritisierte die Pläne scharf und kündigte Widerstand im Bundesrat an.",
        ]
        let annotated = annotated(article(paragraphs), cache: WordScoreCache())
        #expect(annotated.paragraphs.map(\.language) == ["de", "de", "de"])
    }

    @Test func withAndWithoutCacheAgree() {
        let paragraphs = [
            "Il governo ha annunciato martedì una nuova riforma delle pensioni che entrerà in vigore il prossimo anno.",
            "The reform was criticised by the unions, who called a general strike for the end of the month.",
            "Il testo sarà discusso in parlamento a partire dalla settimana prossima.",
        ]
        let text = article(paragraphs)
        #expect(annotated(text) == annotated(text, cache: WordScoreCache()))
    }

    /// The article's guess comes from the paragraphs' own pass; it must be exactly what scoring
    /// the first paragraphs' samples joined by blank lines gives, confidence included, and each
    /// paragraph's exactly what its sample alone gives. Mixed scripts and short lines included.
    @Test func singlePassMatchesSeparateScoring() {
        let paragraphs = [
            "Le ministre de l'Économie a présenté mercredi son projet de budget pour l'année prochaine devant les députés, "
                + "et la discussion s'annonce longue.",
            "Foto: dpa",
            "Правительство объявило во вторник о новой пенсионной реформе, которая вступит в силу в следующем году.",
            "\"We expect the economy to keep growing at a steady pace over the next two years,\" the minister told reporters.",
            "日本語のテキストです。政府は火曜日に新しい年金改革を発表しました。",
        ] + (0..<12).map { "Paragraphe \($0) : les syndicats ont dénoncé des coupes dans les services publics et appellent à manifester." }
        let cache = WordScoreCache()
        for _ in 0..<2 {  // the second time from cached word scores
            let found = identifier.identify(paragraphs: paragraphs, cache: cache)
            let samples = paragraphs.map { String($0.prefix(LanguageIdentifier.paragraphSampleCharacters)) }
            var joined = ""
            for sample in samples where joined.utf8.count < LanguageIdentifier.sampleBytes { joined += sample + "\n\n" }
            let whole = identifier.identify(joined)
            #expect(found.language == whole)
            #expect(found.language.code == "fr")
            for (index, sample) in samples.enumerated() {
                let own = identifier.identify(sample)
                let letters = paragraphs[index].unicodeScalars.filter(\.properties.isAlphabetic).count
                let expected = letters < LanguageIdentifier.paragraphMinimumLetters || own.isUndetermined
                    || own.confidence < LanguageIdentifier.paragraphMinimumConfidence ? whole : own
                #expect(found.paragraphs[index] == expected)
            }
            #expect(found.paragraphs.map(\.code).prefix(5) == ["fr", "fr", "ru", "en", "ja"])
        }
    }

    @Test(arguments: [
        "", "abc", String(repeating: "a", count: 200), String(repeating: "é", count: 170),
        String(repeating: "x", count: 159) + "e\u{301}" + "tail", String(repeating: "x", count: 160) + "\u{301}tail",
        String(repeating: "ab ", count: 60) + "\r\n" + "more", "Ein \u{201E}Zitat\u{201C} \u{2013} und mehr\u{2026}",
        String(repeating: "한국어 ", count: 60), "👩‍👩‍👧 family " + String(repeating: "z", count: 170),
        String(repeating: "y", count: 158) + "🇫🇷🇩🇪", String(repeating: "€ ", count: 90),
    ])
    func prefixLengthAgreesWithCharacters(text: String) {
        var copy = text
        let fast = copy.withUTF8 { ParagraphSample.prefixLength($0, characters: 160) }
        #expect(fast == text.prefix(160).utf8.count)
    }

    @Test(arguments: ["", "1234 5678 ---", "abc", "Ärger über Öl", "日本語のテキストです", "e\u{301}e\u{301}", "x1y2z3"])
    func letterCountAgreesWithIsAlphabetic(text: String) {
        var copy = text
        for minimum in [1, 3, 5] {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            #expect(copy.withUTF8 { ParagraphSample.hasLetters($0, minimum: minimum) } == (letters >= minimum))
        }
    }
}
