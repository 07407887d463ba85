import NewsdeskCore
@testable import NewsdeskExtract
import Testing

@Suite struct HTMLCreditTests {
    // MARK: - CreditLineParser

    @Test func agencyLines() {
        let cases: [(String, String?)] = [
            ("Avec l'AFP", "AFP"), ("Avec AFP", "AFP"), ("(avec AFP)", "AFP"), ("© AFP", "AFP"), ("© AFP 2024", "AFP"),
            ("Source: dpa", "dpa"), ("Source : Reuters", "Reuters"), ("Quelle: dpa/AFP", "dpa"), ("Mit Material von dpa", "dpa"),
            ("Fuente: EFE", "EFE"), ("Con información de Europa Press", "Europa Press"), ("Fonte: ANSA", "ANSA"),
            ("Com Lusa", "Lusa"), ("AFP", "AFP"), ("(Reuters)", "Reuters"), ("dpa/afp/rtr", "dpa"), ("Keystone-ATS", "Keystone-ATS"),
            ("Avec agences", nil), ("— AP", "AP"), ("Belga", "Belga"), ("Xinhua", "Xinhua"), ("Mit Agenturen", nil),
        ]
        for (line, agency) in cases {
            let credit = CreditLineParser.parse(line)
            #expect(credit?.role == .agency, "\(line)")
            #expect(credit?.agency == agency, "\(line)")
            #expect(credit?.text.isEmpty == false)
        }
    }

    @Test func bylines() {
        let cases: [(String, String, String?)] = [
            ("Par Julie Martin avec AP", "Julie Martin", "AP"),
            ("By Sarah Cole, Reuters", "Sarah Cole", "Reuters"),
            ("Von Max Muster, dpa", "Max Muster", "dpa"),
            ("Por Ana García (EFE)", "Ana García", "EFE"),
            ("Julie Martin avec AFP", "Julie Martin", "AFP"),
            ("By Ann Lee", "Ann Lee", nil),
            ("Par Jean de La Fontaine", "Jean de La Fontaine", nil),
        ]
        for (line, name, agency) in cases {
            let credit = CreditLineParser.parse(line)
            #expect(credit?.role == .byline, "\(line)")
            #expect(credit?.name == name, "\(line)")
            #expect(credit?.agency == agency, "\(line)")
        }
        #expect(CreditLineParser.names(inByline: "By Ann Lee and Bob Stone") == ["Ann Lee", "Bob Stone"])
        #expect(CreditLineParser.names(inByline: "Par Julie Martin et Paul Dupont, avec AFP") == ["Julie Martin", "Paul Dupont"])
    }

    @Test func imageCredits() {
        let cases: [(String, String?, String?)] = [
            ("Photo: John Smith / AFP", "AFP", "John Smith"), ("Crédits photo : AFP", "AFP", nil), ("© Reuters", "Reuters", nil),
            ("Foto: dpa", "dpa", nil), ("AFP PHOTO / Jean Dupont", "AFP", "Jean Dupont"), ("REUTERS/Kevin Lamarque", "Reuters", "Kevin Lamarque"),
            ("Photo : Getty Images", "Getty Images", nil), ("Bild: Anna Schmidt", nil, "Anna Schmidt"),
        ]
        for (line, agency, name) in cases {
            let credit = CreditLineParser.parse(line)
            #expect(credit != nil, "\(line)")
            #expect(credit?.agency == agency, "\(line)")
            #expect(credit?.name == name, "\(line)")
        }
        #expect(CreditLineParser.parse("Photo: John Smith / AFP")?.role == .image)
    }

    @Test func ordinaryLinesAreNotCredits() {
        for line in ["Par ailleurs, le ministre a démissionné.", "By the end of the year, prices rose.", "PARIS",
                     "The AFP reported that the talks had failed after a long night of negotiations in Brussels.",
                     "Avec le soutien de la mairie", "Source of the problem", "© 2024 Le Quotidien. Tous droits réservés.",
                     String(repeating: "Avec AFP ", count: 30)]
        {
            #expect(CreditLineParser.parse(line) == nil, "\(line)")
        }
    }

    @Test func datelines() {
        let cases: [(String, String, String)] = [
            ("PARIS (AFP) - Le président a annoncé mardi", "AFP", "PARIS (AFP) -"),
            ("(Reuters) - The company said on Monday", "Reuters", "(Reuters) -"),
            ("WASHINGTON, May 23 (Reuters) - The Senate voted", "Reuters", "WASHINGTON, May 23 (Reuters) -"),
            ("Madrid, 23 may (EFE).- El Gobierno aprobó", "EFE", "Madrid, 23 may (EFE).-"),
            ("NEW YORK (AP) — Stocks fell", "AP", "NEW YORK (AP) —"),
            ("BERLIN (dpa) - Die Regierung", "dpa", "BERLIN (dpa) -"),
        ]
        for (paragraph, agency, text) in cases {
            let credit = CreditLineParser.dateline(paragraph)
            #expect(credit?.agency == agency, "\(paragraph)")
            #expect(credit?.text == text, "\(paragraph)")
            #expect(credit?.role == .agency)
        }
        #expect(CreditLineParser.dateline("The company (Reuters) said nothing") == nil)
        #expect(CreditLineParser.dateline("Le président a parlé.") == nil)
    }

    @Test func captionsSplitIntoCaptionAndCredit() {
        let found = CreditLineParser.imageCredit(inCaption: "Les dirigeants à Bruxelles, jeudi. Photo : Jean Dupont / AFP")
        #expect(found?.credit.role == .image)
        #expect(found?.credit.agency == "AFP")
        #expect(found?.credit.name == "Jean Dupont")
        #expect(found?.caption == "Les dirigeants à Bruxelles, jeudi.")
        #expect(CreditLineParser.imageCredit(inCaption: "Protesters in Paris (AFP)")?.credit.agency == "AFP")
        #expect(CreditLineParser.imageCredit(inCaption: "Demonstrators march. REUTERS/John Smith")?.credit.name == "John Smith")
        #expect(CreditLineParser.imageCredit(inCaption: "A quiet street in the old town at dawn.") == nil)
        let italian = CreditLineParser.imageCredit(inCaption: "Vigneti danneggiati dalla grandine a Erbusco, nel Bresciano ANSA/FILIPPO VENEZIA")
        #expect(italian?.credit.agency == "ANSA")
        #expect(italian?.credit.text == "ANSA/FILIPPO VENEZIA")
        #expect(italian?.caption == "Vigneti danneggiati dalla grandine a Erbusco, nel Bresciano")
    }

    // MARK: - In pages

    static func page(_ inner: String) -> String {
        HTMLFixtures.page(body: "<article><div class=\"story\">\(inner)</div></article>")
    }

    @Test func figureCaptionsBecomeCreditsAndRemovals() throws {
        let html = Self.page("""
            <p>\(HTMLFixtures.paragraphs[0])</p>
            <figure><img src="x.jpg" alt="">
              <figcaption>The mayor at the council meeting. <span class="credit">Photo: John Smith / Reuters</span></figcaption>
            </figure>
            <p>\(HTMLFixtures.paragraphs[1])</p>
            <figure><img src="y.jpg" alt=""><figcaption>Bus lanes in the centre. © AFP</figcaption></figure>
            <div class="image-credit">Crédits photo : AFP</div>
            <p>\(HTMLFixtures.paragraphs[2])</p>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(HTMLFixtures.paragraphs.prefix(3)))
        #expect(article.credits.contains { $0.role == .image && $0.agency == "Reuters" && $0.name == "John Smith" && $0.text == "Photo: John Smith / Reuters" })
        #expect(article.credits.contains { $0.role == .image && $0.agency == "AFP" && $0.text == "© AFP" })
        #expect(article.credits.contains { $0.role == .image && $0.agency == "AFP" && $0.text == "Crédits photo : AFP" })
        #expect(article.removed.contains { $0.reason == .caption && $0.text == "The mayor at the council meeting." })
        #expect(article.removed.contains { $0.reason == .caption && $0.text.hasPrefix("Bus lanes in the centre.") })
        #expect(article.removed.contains { $0.reason == .credit && $0.text == "Photo: John Smith / Reuters" })
    }

    @Test func agencyCreditsInTheBody() throws {
        let html = Self.page("""
            <p>PARIS (AFP) - \(HTMLFixtures.paragraphs[0])</p>
            <p>\(HTMLFixtures.paragraphs[1])</p>
            <p>© AFP 2024</p>
            """)
        let article = try HTMLFixtures.article(html)
        let blocks = HTMLFixtures.blocks(article)
        #expect(blocks.map(\.text) == ["PARIS (AFP) - " + HTMLFixtures.paragraphs[0], HTMLFixtures.paragraphs[1]])
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "AFP" && $0.text == "PARIS (AFP) -" })
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "AFP" && $0.text == "© AFP 2024" })
        #expect(article.removed.contains { $0.reason == .credit && $0.text == "© AFP 2024" })
    }

    @Test func bylineWithAgencyInTheBody() throws {
        let html = Self.page("""
            <p>By Sarah Cole, Reuters</p>
            <p>\(HTMLFixtures.paragraphs[0])</p><p>\(HTMLFixtures.paragraphs[1])</p>
            <p>Source: dpa</p>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(HTMLFixtures.paragraphs.prefix(2)))
        #expect(article.credits.contains { $0.role == .byline && $0.name == "Sarah Cole" && $0.agency == "Reuters" })
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "dpa" })
        #expect(article.authors == ["Sarah Cole"])
        #expect(article.removed.contains { $0.reason == .byline && $0.text == "By Sarah Cole, Reuters" })
    }

    @Test func adLabelsAndRelatedLinksInSeveralLanguages() throws {
        let html = Self.page("""
            <p>\(HTMLFixtures.paragraphs[0])</p>
            <p>Advertisement</p><p>Anzeige</p><p>Publicidad</p><p>PUBLICITÉ</p>
            <p>\(HTMLFixtures.paragraphs[1])</p>
            <p><strong>Read more:</strong> <a href="/a">Another story about the council</a></p>
            <p>Mehr zum Thema</p><ul><li><a href="/b">Ein anderer Artikel</a></li><li><a href="/c">Noch einer</a></li></ul>
            <p>Lee también: <a href="/d">Otra noticia</a></p>
            <p>\(HTMLFixtures.paragraphs[2])</p>
            <p>Share this article</p>
            <p>Back to top</p>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(HTMLFixtures.paragraphs.prefix(3)))
        let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        for label in ["Advertisement", "Anzeige", "Publicidad", "PUBLICITÉ"] { #expect(reasons[label] == .advertisementLabel, "\(label)") }
        #expect(reasons["Read more: Another story about the council"] == .related)
        #expect(reasons["Mehr zum Thema"] == .related)
        #expect(article.removed.contains { $0.reason == .related && $0.text.hasPrefix("Ein anderer Artikel") })
        #expect(reasons["Lee también: Otra noticia"] == .related)
        #expect(reasons["Share this article"] == .share)
        #expect(reasons["Back to top"] == .scrollToTop)
    }
    @Test func inlineBylinesAndDatelinesAreJudgedWithTheirParagraph() throws {
        let html = Self.page("""
            <p>By <span class="author-name">Ann Lee</span></p>
            <p><span class="dateline">LONDON (Reuters) -</span> \(HTMLFixtures.paragraphs[0])</p>
            <p>\(HTMLFixtures.paragraphs[1])</p>
            <p class="meta"><time datetime="2024-05-23">23 May 2024</time></p>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == ["LONDON (Reuters) - " + HTMLFixtures.paragraphs[0], HTMLFixtures.paragraphs[1]])
        #expect(article.authors == ["Ann Lee"])
        #expect(article.removed.contains { $0.text == "By Ann Lee" && $0.reason == .byline })
        #expect(article.credits.contains { $0.agency == "Reuters" && $0.text == "LONDON (Reuters) -" })
        #expect(article.published == "2024-05-23")
    }
}
