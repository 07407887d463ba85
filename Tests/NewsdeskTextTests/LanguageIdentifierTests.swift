import NewsdeskCore
@testable import NewsdeskText
import Testing

/// The shipped model, loaded once for the whole suite.
private let identifier: LanguageIdentifier = {
    do { return try LanguageIdentifier.standard() } catch { fatalError("\(error)") }
}()

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", "fr"),
        ("The government announced a new pension reform on Tuesday.", "en"),
        ("Die Regierung hat am Dienstag eine neue Rentenreform angekündigt.", "de"),
        ("El Gobierno anunció el martes una nueva reforma de las pensiones.", "es"),
        ("Il governo ha annunciato martedì una nuova riforma delle pensioni.", "it"),
        ("O governo anunciou na terça-feira uma nova reforma da previdência.", "pt"),
        ("De regering heeft dinsdag een nieuwe pensioenhervorming aangekondigd.", "nl"),
        ("Rząd zapowiedział we wtorek nową reformę emerytalną.", "pl"),
        ("Правительство во вторник объявило о новой пенсионной реформе.", "ru"),
        ("Уряд у вівторок оголосив про нову пенсійну реформу.", "uk"),
        ("أعلنت الحكومة يوم الثلاثاء عن إصلاح جديد لنظام التقاعد.", "ar"),
        ("دولت روز سه‌شنبه از اصلاحات جدید بازنشستگی خبر داد.", "fa"),
        ("Hükümet salı günü yeni bir emeklilik reformu açıkladı.", "tr"),
        ("Regeringen meddelade på tisdagen en ny pensionsreform.", "sv"),
    ])
    func identifiesSentences(text: String, code: String) {
        let guess = identifier.identify(text)
        #expect(guess.code == code)
        #expect(guess.confidence > 0.5 && guess.confidence <= 1)
    }

    @Test(arguments: [
        ("정부는 화요일 새로운 연금 개혁을 발표했다.", "ko"),
        ("政府は火曜日、新しい年金改革を発表した。", "ja"),
        ("政府周二宣布了新的养老金改革。", "zh"),
        ("Η κυβέρνηση ανακοίνωσε νέα μεταρρύθμιση.", "el"),
        ("הממשלה הודיעה על רפורמה חדשה.", "he"),
        ("Կառավարությունը հայտարարեց նոր բարեփոխում։", "hy"),
        ("მთავრობამ ახალი რეფორმა გამოაცხადა.", "ka"),
        ("รัฐบาลประกาศการปฏิรูปใหม่", "th"),
    ])
    func scriptDecides(text: String, code: String) {
        #expect(identifier.identify(text) == LanguageGuess(code: code, confidence: 1))
    }

    @Test func noLettersIsUndetermined() {
        #expect(identifier.identify("").isUndetermined)
        #expect(identifier.identify("12 345 — 67,8 %").isUndetermined)
        #expect(identifier.identify("").articleLanguage == nil)
    }

    @Test func shortTextsStillGuess() {
        #expect(identifier.identify("nous sommes").code == "fr")
        #expect(identifier.identify("the weather").code == "en")
    }

    @Test func restrictionLimitsTheAnswer() throws {
        let restricted = try LanguageIdentifier.standard(only: ["fr", "en"])
        #expect(restricted.supportedLanguages.sorted() == ["en", "fr"])
        #expect(restricted.identify("Die Regierung hat eine Reform angekündigt.").code != "de")
        #expect(restricted.identify("Правительство объявило о реформе.").isUndetermined)
        #expect(restricted.identify("정부는 발표했다").isUndetermined)
    }

    @Test func minimumConfidenceGivesUndetermined() throws {
        var strict = try LanguageIdentifier.standard()
        strict.minimumConfidence = 1.01
        #expect(strict.identify("Le gouvernement a annoncé une réforme.").isUndetermined)
    }

    /// Two-word texts of a language with a word list that a list-less language (Afrikaans,
    /// Latin, Nynorsk) used to take on character n-grams alone.
    @Test(arguments: [
        ("het ministeriële", "nl"), ("het secundair", "nl"), ("og kommunalreform", "da"), ("ikke længere", "da"),
        ("svenska folket", "sv"),
    ])
    func wordPairsOfListedLanguages(text: String, code: String) {
        #expect(identifier.identify(text).code == code)
    }

    /// The handicap of list-less languages is bounded: their sentences still win.
    @Test(arguments: [
        ("Die regering het Dinsdag 'n nuwe pensioenhervorming aangekondig en die parlement sal volgende week daaroor stem.", "af"),
        ("Regjeringa la fram eit nytt forslag om pensjon, og Stortinget skal røyste over det neste veke.", "nn"),
        ("Eg har ikkje sett henne sidan i fjor.", "nn"),
    ])
    func sentencesOfUnlistedLanguages(text: String, code: String) {
        #expect(identifier.identify(text).code == code)
    }

    /// Serbian (Cyrillic) and Croatian get the Serbo-Croatian word list.
    @Test func serboCroatianWordList() {
        #expect(identifier.identify("Влада Србије").code == "sr")
        #expect(identifier.identify("избори су").code == "sr")
        #expect(["hr", "bs"].contains(identifier.identify("predsjednik vlade").code))
    }

    @Test(arguments: [
        "Il-Gvern ħabbar riforma ġdida tal-pensjonijiet nhar it-Tlieta.",
        "Il-Prim Ministru qal li l-ekonomija qed tikber malajr.",
        "It-tfal marru l-iskola filgħodu.",
        "ħafna nies",
    ])
    func maltese(text: String) {
        #expect(identifier.identify(text).code == "mt")
    }

    @Test func supportsTheRequiredLanguages() {
        let required = "bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv ru uk ar fa tr he hi zh ja ko"
        let supported = Set(identifier.supportedLanguages)
        for code in required.split(separator: " ") { #expect(supported.contains(String(code)), "\(code)") }
        #expect(supported.count >= 60)
    }

    @Test func paragraphsOfAMixedArticle() {
        let paragraphs = [
            "Le président américain s'est exprimé mardi devant la presse à Washington, selon nos informations.",
            "Il a ensuite détaillé les mesures prévues par son administration pour les prochains mois.",
            "\"We are going to make this country stronger than it has ever been before,\" the president said.",
            "Fin.",
        ]
        let result = identifier.identify(paragraphs: paragraphs)
        #expect(result.language.code == "fr")
        #expect(result.paragraphs.map(\.code) == ["fr", "fr", "en", "fr"])
    }

    @Test func articleParagraphSpans() {
        var builder = ArticleTextBuilder()
        builder.append("Der Bundestag hat am Freitag über den Haushalt für das kommende Jahr abgestimmt.", kind: .paragraph)
        builder.append("Die Opposition kritisierte die geplanten Kürzungen bei der Bildung scharf.", kind: .paragraph)
        let article = Article(id: "x", text: builder.text, paragraphs: builder.paragraphs)
        let result = identifier.identify(article: article)
        #expect(result.language.articleLanguage == "de")
        #expect(result.paragraphs.count == 2)
    }

    @Test func utf8EntryPointAgreesWithString() {
        var text = "Il governo ha annunciato una riforma."
        let viaBytes = text.withUTF8 { identifier.identify(utf8: $0) }
        #expect(viaBytes == identifier.identify(text))
    }

    @Test func missingModelDirectoryIsReported() {
        #expect(throws: LanguageModelError.self) { try LanguageModel(directory: "/nonexistent/langid") }
    }
}

@Suite struct WordScoreCacheTests {
    @Test func cachedScoresGiveTheSameAnswers() throws {
        let lines = [
            "Le gouvernement a annoncé une réforme.", "The government announced a reform.",
            "Le gouvernement a annoncé une réforme.", "De regering kondigde een hervorming aan.",
        ]
        let cache = WordScoreCache()
        for line in lines {
            var text = line
            let cached = text.withUTF8 { identifier.identify(utf8: $0, cache: cache) }
            #expect(cached == identifier.identify(line))
        }
        // A word met twice in one text is scored once and cached once.
        let repeated = "Zorblax quintessa zorblax, zorblax quintessa."
        let fresh = WordScoreCache()
        var text = repeated
        let first = text.withUTF8 { identifier.identify(utf8: $0, cache: fresh) }
        #expect(first == identifier.identify(repeated))
        #expect(fresh.count == 2)
        // Used with a restricted identifier, the cache starts afresh.
        let restricted = try LanguageIdentifier.standard(only: ["en", "nl"])
        text = lines[0]
        let guess = text.withUTF8 { restricted.identify(utf8: $0, cache: cache) }
        #expect(guess == restricted.identify(lines[0]))
    }
}
