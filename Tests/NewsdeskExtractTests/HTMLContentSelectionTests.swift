import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Where the article is on awkward pages, and what inside it is not article text.
@Suite struct HTMLContentSelectionTests {
    static let p = HTMLFixtures.paragraphs

    @Test func aFormAroundTheWholePageIsNotAForm() throws {
        // ASP.NET pages put everything, article included, in one <form>.
        let links = (1...30).map { "<li><a href=\"/s\($0)\">Section number \($0)</a></li>" }.joined()
        let html = HTMLFixtures.page(body: "<form id=\"aspnetForm\"><ul>\(links)</ul><article><h1>Transport plan approved</h1>"
            + Self.p.map { "<p>\($0)</p>" }.joined() + "</article><ul>\(links)</ul></form>")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
    }

    /// A teaser card is a link wrapped around blocks: its text is a link's, never a paragraph,
    /// however its classes read.
    @Test func aTeaserCardWrappedInALinkIsNotTheArticle() throws {
        let card = "<a href=\"/other\"><div class=\"story-text\"><div>How the council, the mayor, the unions and the region "
            + "finally agreed, in detail, on a plan</div></div></a>"
        let html = HTMLFixtures.page(body: "<div class=\"side\">\(card)</div><div><div>"
            + Self.p.prefix(2).map { "<div>\($0)</div>" }.joined() + "</div></div>")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.contains(Self.p[0]) && article.text.contains(Self.p[1]))
        #expect(!article.text.contains("finally agreed"))
    }

    @Test func theBodyAfterTheHeadlineWinsOverAWordierFooter() throws {
        // The footer has more prose than the short article, but it is far from the headline.
        let footer = """
            <p>The publishing house, founded in 1952, runs four regional papers, two radio stations, a printing plant and a school.</p>
            <p>Its foundation, set up in 1990, gives grants to young reporters, photographers, designers and editors, twice a year.</p>
            <p>Offices in Lyon, Grenoble, Annecy and Chambéry, with a newsroom of 120 people, a studio, an archive and a library.</p>
            """
        let html = HTMLFixtures.page(
            head: "<title>Transport plan approved | The Courier</title><meta property=\"og:title\" content=\"Transport plan approved\">",
            body: "<div class=\"wrap\"><h1>Transport plan approved</h1><div class=\"col-8\"><p>\(Self.p[0])</p><p>\(Self.p[1])</p></div></div>"
                + "<div class=\"bottom\"><div class=\"cols\">\(footer)</div></div>")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.contains(Self.p[0]) && article.text.contains(Self.p[1]))
        #expect(!article.text.contains("publishing house"))
    }

    @Test func theStandfirstBetweenHeadlineAndBodyIsKept() throws {
        // The standfirst sits in the page's stage, apart from the body's container.
        let standfirst = "After months of debate, the council backed a plan that reshapes how people cross the city."
        let html = HTMLFixtures.page(
            head: "<title>Transport plan approved | The Courier</title>",
            body: "<div class=\"stage\"><div class=\"stage-body\"><h1>Transport plan approved</h1><p class=\"when\">3 hours ago</p>"
                + "<p>\(standfirst)</p></div></div><div class=\"grid\"><div class=\"col\"><div class=\"story\">"
                + Self.p.map { "<p>\($0)</p>" }.joined() + "</div></div><div class=\"col\"><ul>"
                + (1...5).map { "<li><a href=\"/\($0)\">Another story number \($0)</a></li>" }.joined() + "</ul></div></div>")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).first?.text == standfirst)
        #expect(article.text.hasSuffix(Self.p[3]))
    }

    @Test func theBlockHoldingTheHeadlineJustBeforeTheBodyGivesItsStandfirst() throws {
        let standfirst = "After months of debate, the council backed a plan that reshapes how people cross the city."
        let html = HTMLFixtures.page(
            head: "<title>Transport plan approved | The Courier</title>",
            body: "<div class=\"frame\"><h1>Transport plan approved</h1><h3>\(standfirst)</h3></div><div class=\"frame\">"
                + Self.p.map { "<p>\($0)</p>" }.joined() + "</div>")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.hasPrefix(standfirst))
        #expect(article.removed.contains { $0.reason == .title })
    }

    @Test func aSubheadlineUnderTheTitleIsTheStandfirst() throws {
        let subheadline = "The council backed the plan after months of debate, and the first bus lanes will open across the city in September"
        let html = HTMLFixtures.page(
            head: "<title>Transport plan approved | The Courier</title>",
            body: "<article><header><h1>Transport plan approved</h1><h2>\(subheadline)</h2></header>"
                + Self.p.map { "<p>\($0)</p>" }.joined() + "</article>")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).first.map { $0.kind == .standfirst && $0.text == subheadline } == true)
    }

    @Test func schemaOrgDescriptionMarksTheStandfirst() throws {
        let description = "After months of debate, the council backed a plan that reshapes how people cross the city."
        let html = HTMLFixtures.page(
            body: "<article><h1>Transport plan approved</h1><div itemprop=\"description\"><p>\(description)</p></div><div class=\"body\">"
                + Self.p.map { "<p>\($0)</p>" }.joined() + "</div></article>")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).first.map { $0.kind == .standfirst && $0.text == description } == true)
    }

    @Test func rubyAnnotationsAreNotPartOfTheText() throws {
        let html = HTMLFixtures.page(
            body: "<article><p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で新しい法律ができました。</p>"
                + Self.p.map { "<p>\($0)</p>" }.joined() + "</article>", lang: "ja")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.hasPrefix("東京で新しい法律ができました。"))
        #expect(!article.text.contains("とうきょう"))
    }

    @Test func aQuoteThatIsOnlyALinkIsAnEmbeddedPost() throws {
        let html = HTMLFixtures.page(body: "<article>" + Self.p.map { "<p>\($0)</p>" }.joined()
            + "<blockquote class=\"embedded\"><p><a href=\"/other\">Council delays the tram line again</a></p></blockquote>"
            + "<blockquote><p>We will not give up on the tram, said the mayor.</p></blockquote></article>")
        let article = try HTMLFixtures.article(html)
        #expect(!article.text.contains("delays the tram"))
        #expect(article.removed.contains { $0.text == "Council delays the tram line again" && $0.reason == .related })
        #expect(HTMLFixtures.blocks(article).last?.kind == .quote)
    }

    @Test func aLineThatOnlyGivesADateIsRemoved() throws {
        let html = HTMLFixtures.page(body: "<article><p>23.10.2018</p><p>Veröffentlichung: 2. Februar 2022</p>"
            + Self.p.map { "<p>\($0)</p>" }.joined() + "<p>Termin: 29.02.2020, 19 Uhr</p></article>")
        let article = try HTMLFixtures.article(html)
        #expect(article.removed.filter { $0.reason == .date }.map(\.text) == ["23.10.2018", "Veröffentlichung: 2. Februar 2022"])
        // Inside the body, a labelled date is article text.
        #expect(article.text.hasSuffix("Termin: 29.02.2020, 19 Uhr"))
    }

    @Test func aClassSayingWhatAnElementHoldsIsNotWhatItIs() {
        func flags(_ value: String) -> NodeFlags {
            var value = value
            return value.withUTF8 { HTMLClassifier.classify($0) }
        }
        #expect(!flags("o-section o-section--has-ad").contains(.ad))
        #expect(!flags("layout with-sidebar").contains(.layout))
        #expect(flags("ad-slot").contains(.ad))
        #expect(flags("page-sidebar").contains(.layout))
    }

    @Test func aParagraphEndingWithAMarkedImageCreditIsACaption() throws {
        let caption = "Marco Rossi, the new coach, at the stadium on Monday. © AFP / Jane Doe"
        let prose = "The talks ended late on Monday, and the agreement was announced by the union to AFP."
        let html = HTMLFixtures.page(body: "<article><p>\(Self.p[0])</p><p>\(caption)</p><p>\(Self.p[1])</p><p>\(prose)</p></article>")
        let article = try HTMLFixtures.article(html)
        #expect(article.removed.contains { $0.text == caption && $0.reason == .caption })
        #expect(article.credits.contains { $0.role == .image && $0.agency == "AFP" })
        // Prose that ends with an agency's name carries no marker: it stays.
        #expect(article.text.hasSuffix(prose))
    }

    @Test func aReadAlsoLabelEndingWithAColonAndAFeaturedImageCreditGo() throws {
        let html = HTMLFixtures.page(body: "<article>" + Self.p.map { "<p>\($0)</p>" }.joined()
            + "<p>Beitragsbild: Rathaus am Marktplatz, Stadtarchiv</p><p>Lesen Sie auch die folgenden Beiträge:</p>"
            + "<ul><li><a href=\"/a\">Neue Buslinien ab Juni im ganzen Stadtgebiet</a></li><li><a href=\"/b\">Parken wird teurer ab Juli</a></li></ul></article>", lang: "de")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
        #expect(article.removed.contains { $0.text == "Lesen Sie auch die folgenden Beiträge:" && $0.reason == .related })
        #expect(article.credits.contains { $0.role == .image && $0.text.hasPrefix("Beitragsbild:") })
    }

    @Test func figureCaptionsPrintedAsParagraphsAreCaptions() {
        #expect(FigureCaption.matches("Abbildung 4: klassische Schwachschicht in der Schneedecke"))
        #expect(FigureCaption.matches("Abb. 3: Der Gletscher im Jahr 1900"))
        #expect(FigureCaption.matches("Figure 2a: Snow depth across the valley"))
        #expect(FigureCaption.matches("Tableau 1 : les résultats par région"))
        #expect(FigureCaption.matches("Abbildung: Vergleich auf dem Gletscher"))
        #expect(!FigureCaption.matches("Figures released on Monday show a fall in unemployment."))
        #expect(!FigureCaption.matches("Karten: Die Regierung will mehr Tempo"))
        #expect(!FigureCaption.matches("Table tennis: the final is on Sunday"))
    }

    @Test func aBlockThatOnlyGivesATimeIsNotText() {
        #expect(MetadataLines.isTimeOnly("3:59 PM"))
        #expect(MetadataLines.isTimeOnly("15:49 Uhr"))
        #expect(MetadataLines.isTimeOnly("18h30"))
        #expect(!MetadataLines.isTimeOnly("3:2"))
        #expect(!MetadataLines.isTimeOnly("Score 3:1"))
    }

    @Test func aLineOfPostMetadataIsNotText() {
        #expect(MetadataLines.isMetaLine("Freitag | 14. Juni 2019 | 15:49 von Ann Lee | 0 Kommentare"))
        #expect(MetadataLines.isMetaLine("Posted 3 May 2024 · Ann Lee · 4 min read"))
        #expect(!MetadataLines.isMetaLine("Bus | Tram | Metro: the three networks merge next year"))
    }

    @Test func dateOnlyNeedsFewWordsBesideTheDate() {
        #expect(MetadataLines.isDateOnly("Mis à jour le 3 mai 2024", labelWords: 3) == false)
        #expect(MetadataLines.isDateOnly("3 mai 2024", labelWords: 1))
        #expect(MetadataLines.isDateOnly("Am 3. Oktober 2020 kam er nach Hause.", labelWords: 3) == false)
        #expect(MetadataLines.isDateOnly("Kapitel 3", labelWords: 3) == false)
    }
}

/// Furniture printed before the first or after the last paragraph of the story, inside its container.
@Suite struct ArticleEdgesTests {
    static let p = HTMLFixtures.paragraphs

    static func article(ending tail: [String], byline: String = "") -> Article? {
        let html = HTMLFixtures.page(
            head: byline.isEmpty ? "" : "<meta name=\"author\" content=\"\(byline)\">",
            body: "<article>" + (p + tail).map { "<p>\($0)</p>" }.joined() + "</article>")
        return try? HTMLFixtures.article(html)
    }

    @Test func appealsAndNoticesAtTheEndGo() throws {
        let tail = [
            "Like what you read? Please consider supporting our newsroom: every contribution, large or small, keeps our reporting free for everyone.",
            "© 2024 The Courier. All rights reserved.",
        ]
        let article = try #require(Self.article(ending: tail))
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
        #expect(article.removed.contains { $0.text == tail[0] && $0.reason == .newsletter })
        #expect(article.removed.contains { $0.text == tail[1] && $0.reason == .copyright })
    }

    @Test func theAuthorsSignatureAndBiographyGo() throws {
        let bio = "Jane Doe writes about transport and city planning from the Lyon newsroom."
        let article = try #require(Self.article(ending: [bio, "Jane Doe"], byline: "Jane Doe"))
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
        #expect(article.removed.filter { $0.reason == .byline }.map(\.text).suffix(2) == [bio, "Jane Doe"])
    }

    @Test func onlyARunOfFurnitureAtTheVeryEndGoes() throws {
        // A long block with an appeal phrase before the last paragraph of the story stays (short
        // prompt lines go anywhere).
        let appeal = "The mayor, who asked residents to consider supporting the plan at the next local vote, "
            + "said the lanes would be reviewed after a year, and that shop owners would be consulted on delivery hours and parking."
        let article = try #require(Self.article(ending: [appeal, "The council meets again in June to vote on the budget for the first lanes."]))
        #expect(article.text.contains(appeal))
    }

    @Test func anAppealBeforeTheStoryGoes() throws {
        let appeal = "You are reading a new kind of story on our site. If you value it, please consider supporting our work."
        let html = HTMLFixtures.page(body: "<article><p>\(appeal)</p>" + Self.p.map { "<p>\($0)</p>" }.joined() + "</article>")
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
        #expect(article.removed.contains { $0.text == appeal && $0.reason == .newsletter })
    }

    @Test func aSourceLineAtTheEndGoes() throws {
        let article = try #require(Self.article(ending: ["Quelle: Deutscher Verkehrsclub, 2. Februar 2022"]))
        #expect(HTMLFixtures.blocks(article).map(\.text) == Self.p)
        #expect(article.removed.contains { $0.reason == .credit && $0.text.hasPrefix("Quelle:") })
    }

    @Test func aFirstNameOpeningTheLastSentenceIsNotABiography() throws {
        let last = "Jane said she would take the bus from now on, whatever the weather."
        let article = try #require(Self.article(ending: [last], byline: "Jane Doe"))
        #expect(article.text.hasSuffix(last))
    }
}
