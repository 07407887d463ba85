import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Shared helpers for the HTML extractor tests.
enum HTMLFixtures {
    static func extract(_ html: String, url: String? = nil, source: String? = nil, settings: Limits = Limits())
        -> Result<Article, Rejection>
    {
        HTMLExtractor(limits: settings).extract(html, context: DocumentContext(id: "t", encoding: "utf-8", url: url, sourceName: source))
    }

    static func article(_ html: String, url: String? = nil, source: String? = nil) throws -> Article {
        try extract(html, url: url, source: source).get()
    }

    static func blocks(_ article: Article) -> [(kind: Paragraph.Kind, text: String)] {
        article.paragraphs.map { (kind: $0.kind, text: String(article.text[utf8: $0.span])) }
    }

    /// A page around a body: head extras, then the body markup.
    static func page(head: String = "", body: String, lang: String = "en") -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8">\(head)</head>
        <body>\(body)</body></html>
        """
    }

    static let paragraphs = [
        "The city council approved the new transport plan on Tuesday, after months of debate over bus lanes, cycle paths and parking.",
        "Supporters said the plan would cut traffic in the centre by a fifth, while shop owners warned that fewer parking spaces could hurt trade.",
        "The first bus lanes will open in September, and the council will publish a progress report every six months, the mayor said.",
        "Opposition members voted against the plan, arguing that the cost, estimated at forty million euros, had been underestimated.",
    ]

    /// A French news article with the usual page furniture around and inside it.
    static let frenchArticle = """
        <!DOCTYPE html>
        <html lang="fr-FR">
        <head>
        <meta charset="utf-8">
        <title>Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget - Le Quotidien</title>
        <meta property="og:title" content="Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget">
        <meta property="og:site_name" content="Le Quotidien">
        <meta property="article:published_time" content="2024-05-23T20:00:00+02:00">
        <meta name="author" content="Julie Martin">
        <link rel="canonical" href="https://www.lequotidien.example/europe/2024/05/23/sommet-budget">
        <script>var html = "<p>Ce texte est dans un script.</p>";</script>
        <style>p { color: red; }</style>
        </head>
        <body>
        <div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. Accepter</div>
        <header class="site-header"><nav><ul><li><a href="/">Accueil</a></li><li><a href="/europe">Europe</a></li></ul></nav></header>
        <main>
        <article>
        <header>
        <h1>Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget</h1>
        <p class="chapo">Après quatre jours de négociations, les dirigeants européens ont trouvé un compromis jeudi soir.</p>
        <p class="byline">Par Julie Martin avec AFP</p>
        </header>
        <div class="share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
        <div class="article-body">
        <p>BRUXELLES (AFP) - Les dirigeants européens se sont entendus jeudi soir sur le budget de l'Union pour les sept prochaines années, après quatre jours de négociations difficiles.</p>
        <p>« Nous avons trouvé un compromis », a déclaré la présidente du Conseil, saluant un accord « historique » pour les Vingt-Sept.</p>
        <div class="ad-slot"><span>PUBLICITÉ</span></div>
        <figure><img src="a.jpg" alt=""><figcaption>Les dirigeants à Bruxelles, jeudi. Photo : Jean Dupont / AFP</figcaption></figure>
        <h2>Ce qui change pour les agriculteurs</h2>
        <p>Les aides directes baissent de deux pour cent, mais un fonds de transition est créé pour les exploitations les plus fragiles, selon le texte final.</p>
        <p>Lire aussi : <a href="/budget">Budget européen, ce qui change pour vous</a></p>
        <blockquote><p>Ce budget protège nos paysans, et c'est l'essentiel.</p></blockquote>
        <ul><li>Agriculture : 380 milliards d'euros</li><li>Cohésion : 330 milliards d'euros</li></ul>
        <p>Avec AFP</p>
        </div>
        <aside class="related"><h3>Sur le même sujet</h3><ul><li><a href="/a">Un autre article sur le budget</a></li></ul></aside>
        <div class="newsletter">Inscrivez-vous à notre newsletter quotidienne</div>
        <section id="comments" class="comments"><h3>Commentaires</h3><p>Super article, merci beaucoup pour ces informations très utiles !</p></section>
        </article>
        </main>
        <footer class="site-footer"><p>© 2024 Le Quotidien. Tous droits réservés.</p></footer>
        </body>
        </html>
        """
}

@Suite struct HTMLExtractorTests {
    @Test func bodyBlocksAreKeptInOrderWithTheirKinds() throws {
        let article = try HTMLFixtures.article(HTMLFixtures.frenchArticle)
        let blocks = HTMLFixtures.blocks(article)
        #expect(blocks.map(\.kind) == [.standfirst, .paragraph, .paragraph, .heading, .paragraph, .quote, .list])
        #expect(blocks[0].text == "Après quatre jours de négociations, les dirigeants européens ont trouvé un compromis jeudi soir.")
        #expect(blocks[1].text.hasPrefix("BRUXELLES (AFP) - Les dirigeants européens"))
        #expect(blocks[3].text == "Ce qui change pour les agriculteurs")
        #expect(blocks[5].text == "Ce budget protège nos paysans, et c'est l'essentiel.")
        #expect(blocks[6].text == "Agriculture : 380 milliards d'euros\nCohésion : 330 milliards d'euros")
    }

    @Test func furnitureIsDroppedAndListedWithReasons() throws {
        let article = try HTMLFixtures.article(HTMLFixtures.frenchArticle)
        for leftover in ["PUBLICITÉ", "Partager", "Lire aussi", "Sur le même sujet", "newsletter", "Commentaires", "cookies",
                         "Accueil", "Tous droits", "Photo : Jean Dupont", "Avec AFP", "Par Julie Martin", "Ce texte est dans un script",
                         "color: red"]
        {
            #expect(!article.text.contains(leftover), "\(leftover) leaked into the text")
        }
        func reason(_ prefix: String) -> Removal.Reason? { article.removed.first { $0.text.hasPrefix(prefix) }?.reason }
        #expect(reason("PUBLICITÉ") == .advertisementLabel)
        #expect(reason("Partager sur Facebook") == .share)
        #expect(reason("Lire aussi") == .related)
        #expect(reason("Sur le même sujet") == .related)
        #expect(reason("Inscrivez-vous") == .newsletter)
        #expect(reason("Commentaires") == .comments)
        #expect(reason("Nous utilisons des cookies") == .cookie)
        #expect(reason("Les dirigeants à Bruxelles") == .caption)
        #expect(reason("Avec AFP") == .credit)
        #expect(reason("Par Julie Martin avec AFP") == .byline)
        #expect(reason("Sommet de Bruxelles") == .title)
        // The site navigation outside the article is not listed one link at a time.
        #expect(!article.removed.contains { $0.text == "Accueil" })
    }

    @Test func headingRepeatingTheTitleIsDropped() throws {
        let article = try HTMLFixtures.article(HTMLFixtures.frenchArticle)
        #expect(article.title == "Sommet de Bruxelles : les Vingt-Sept s'accordent sur le budget")
        #expect(!article.text.contains("Sommet de Bruxelles"))
    }

    @Test func bodySplitAcrossSiblingsIsKeptWhole() throws {
        let p = HTMLFixtures.paragraphs
        let html = HTMLFixtures.page(body: """
            <div id="wrapper">
              <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
              <div id="page">
                <h1>Council approves transport plan</h1>
                <div class="text-block"><p>\(p[0])</p><p>\(p[1])</p></div>
                <div class="advert"><p>Advertisement</p><a href="https://ads.example">Buy now, cheap flights</a></div>
                <div class="text-block"><p>\(p[2])</p><p>\(p[3])</p></div>
              </div>
              <div class="sidebar"><p>Most read: a long list of other stories, with commas, that should not be kept here.</p></div>
            </div>
            """)
        let article = try HTMLFixtures.article(html)
        let texts = HTMLFixtures.blocks(article).map(\.text)
        #expect(texts.filter { p.contains($0) } == p)
        #expect(!article.text.contains("Advertisement"))
        #expect(!article.text.contains("Buy now"))
        #expect(!article.text.contains("Most read"))
        #expect(article.removed.contains { $0.reason == .advertisementLabel && $0.text.hasPrefix("Advertisement") })
    }

    @Test func readabilityScoringPrefersTheProseOverLinkLists() throws {
        let p = HTMLFixtures.paragraphs
        let links = (1...30).map { "<li><a href=\"/s/\($0)\">Another story number \($0) about something else</a></li>" }.joined()
        let html = HTMLFixtures.page(body: """
            <div><ul>\(links)</ul></div>
            <div><div><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p></div></div>
            <div><p>Short footer line.</p></div>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(p.prefix(3)))
    }

    @Test func itempropArticleBodyIsPreferred() throws {
        let p = HTMLFixtures.paragraphs
        let html = HTMLFixtures.page(body: """
            <div class="teasers"><div><p>\(p[3]) A teaser block that is long enough to score, with commas, commas, commas.</p></div></div>
            <div itemprop="articleBody"><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p></div>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(p.prefix(3)))
    }

    @Test func lineBreaksSplitParagraphsAndListItemsAreLines() throws {
        let html = HTMLFixtures.page(body: """
            <div class="story"><p>\(HTMLFixtures.paragraphs[0])<br><br>\(HTMLFixtures.paragraphs[1])<br>Still the same paragraph, continued.</p>
            <ol><li>First point, with <b>bold</b> words</li><li>Second
            point</li></ol>
            <h3>A section heading</h3>
            <p>\(HTMLFixtures.paragraphs[2])</p></div>
            """)
        let blocks = HTMLFixtures.blocks(try HTMLFixtures.article(html))
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .list, .heading, .paragraph])
        #expect(blocks[0].text == HTMLFixtures.paragraphs[0])
        #expect(blocks[1].text == HTMLFixtures.paragraphs[1] + " Still the same paragraph, continued.")
        #expect(blocks[2].text == "First point, with bold words\nSecond point")
    }

    @Test func whiteSpaceRunsInTextBecomeOneSpace() throws {
        let html = HTMLFixtures.page(body: """
            <div class="story"><p>  \(HTMLFixtures.paragraphs[0])&nbsp;&nbsp;Then\n\t<b> more</b>&nbsp;text,&#xC2; and Â&nbsp;end.  </p>
            <p>\(HTMLFixtures.paragraphs[1])</p></div>
            """)
        let blocks = HTMLFixtures.blocks(try HTMLFixtures.article(html))
        #expect(blocks.first?.text == HTMLFixtures.paragraphs[0] + " Then more text,Â and Â end.")
    }

    @Test func hiddenAndDecorativeElementsAreDropped() throws {
        let html = HTMLFixtures.page(body: """
            <div class="story">
            <p>\(HTMLFixtures.paragraphs[0])</p>
            <p hidden>Hidden by attribute.</p>
            <p aria-hidden="true">Hidden from readers.</p>
            <p style="display: none">Hidden by style.</p>
            <div class="sr-only">Screen reader label</div>
            <svg><text>Drawing text</text></svg>
            <noscript>Please enable JavaScript</noscript>
            <template><p>Template text</p></template>
            <iframe src="x">Frame text</iframe>
            <form><input type="text"><button>Send</button></form>
            <p>\(HTMLFixtures.paragraphs[1])</p>
            </div>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(HTMLFixtures.paragraphs.prefix(2)))
    }

    @Test func misNestedMarkupKeepsTheTextInOrder() throws {
        let html = """
            <html><body><div class="content">
            <p>First <b>bold <i>both</b> italic</i> sentence, written for the test, with enough words to count.
            <p>Second paragraph left open<div>and a division inside it, with more words and a comma, too.</div>
            <table><tr><td>Cell one text<td>Cell two text</table>
            <p>\(HTMLFixtures.paragraphs[0])
            </div></span></em></body></html>
            """
        let article = try HTMLFixtures.article(html)
        let text = article.text
        #expect(text.contains("First bold both italic sentence"))
        let order = ["First bold", "Second paragraph left open", "and a division inside it", "Cell one text", "Cell two text", "The city council"]
        let positions = order.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func deepNestingIsFlattenedNotLostAndFast() throws {
        let depth = 20_000
        let deepText = "Deep inside the nesting, this sentence survives. It carries enough words, and commas, to be an article."
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(deepText)</p><p>\(HTMLFixtures.paragraphs[0])</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let clock = ContinuousClock()
        var result: Result<Article, Rejection>?
        let elapsed = clock.measure { result = HTMLFixtures.extract(html) }
        let article = try #require(try result?.get())
        #expect(article.text.contains(deepText))
        #expect(article.text.contains(HTMLFixtures.paragraphs[0]))
        #expect(elapsed < .seconds(5))
    }

    @Test func unclosedDeepNestingOfInlineElementsCompletes() throws {
        let html = "<html><body><div class=\"story\"><p>" + String(repeating: "<b><i>", count: 10_000) + HTMLFixtures.paragraphs[0]
            + "</p><p>" + HTMLFixtures.paragraphs[1] + "</p></div></body></html>"
        let article = try HTMLFixtures.article(html)
        #expect(article.text.contains(HTMLFixtures.paragraphs[0]))
    }

    @Test func pagesWithoutAnArticleAreRejected() {
        let links = (1...40).map { "<li><a href=\"/c/\($0)\">Category number \($0) with a long enough name</a></li>" }.joined()
        let cases: [(String, String)] = [
            ("script only", "<html><head><script>document.write('<p>Hello</p>')</script></head><body><script>var a = 1;</script></body></html>"),
            ("empty body", "<html><head><title>Nothing here</title></head><body></body></html>"),
            ("navigation only", HTMLFixtures.page(body: "<nav><ul>\(links)</ul></nav><div><ul>\(links)</ul></div>")),
            ("one short line", HTMLFixtures.page(body: "<div><p>Page not found.</p></div>")),
            ("not html at all", ""),
        ]
        for (name, html) in cases {
            let result = HTMLFixtures.extract(html)
            guard case .failure(let rejection) = result else {
                Issue.record("\(name): expected a rejection")
                continue
            }
            #expect(rejection.code == .noArticle, "\(name)")
            #expect(!rejection.detail.isEmpty)
        }
    }

    /// A one-sentence brief is an article only where structured data declares one.
    @Test func aOneSentenceBriefNeedsArticleMarkup() throws {
        let lede = "A senior prison official has said in a sworn affidavit that anyone determined enough could escape from the island's only prison."
        let body = "<article><h1>Prison official: anyone could escape</h1><p>\(lede)</p></article>"
        let markup = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Prison official: anyone could escape\"}</script>"
        #expect(throws: Rejection.self) { try HTMLFixtures.article(HTMLFixtures.page(body: body)) }
        let article = try HTMLFixtures.article(HTMLFixtures.page(head: markup, body: body))
        #expect(article.text == lede)
    }

    @Test func removedTextsAreShort() throws {
        let long = String(repeating: "Comment text that goes on and on, ", count: 40)
        let html = HTMLFixtures.page(body: """
            <article><div class="body"><p>\(HTMLFixtures.paragraphs[0])</p><p>\(HTMLFixtures.paragraphs[1])</p></div>
            <div class="comments"><p>\(long)</p></div></article>
            """)
        let article = try HTMLFixtures.article(html)
        let comments = try #require(article.removed.first { $0.reason == .comments })
        #expect(comments.text.count <= 201)
    }

    @Test func sidebarClassOnTheArticleWrapperDoesNotLoseTheArticle() throws {
        let p = HTMLFixtures.paragraphs
        let html = HTMLFixtures.page(body: """
            <div class="layout has-sidebar"><div class="main-column"><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p><p>\(p[3])</p></div>
            <div class="sidebar"><a href="/x">Other story</a></div></div>
            """)
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == p)
    }

    @Test func extractionIsUsableFromSeveralThreads() async throws {
        let html = HTMLFixtures.frenchArticle
        let expected = try HTMLFixtures.article(html).text
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { try HTMLFixtures.article(html).text }
            }
            for try await text in group { #expect(text == expected) }
        }
    }

    @Test func aCustomParserCanReplaceTheDefaultOne() throws {
        struct TinyParser: HTMLParsing {
            func parse(_ html: UnsafeBufferPointer<UInt8>, into builder: HTMLTreeBuilder) {
                func bytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
                    var text = text
                    text.withUTF8(body)
                }
                bytes("html") { builder.startElement($0) }
                bytes("body") { builder.startElement($0) }
                for paragraph in HTMLFixtures.paragraphs {
                    bytes("p") { builder.startElement($0) }
                    bytes(paragraph) { builder.text($0) }
                    builder.endElement()
                }
                builder.endElement()
                builder.endElement()
            }
        }
        let extractor = HTMLExtractor(limits: Limits(), parser: TinyParser())
        let article = try extractor.extract("ignored", context: DocumentContext(id: "t", encoding: "utf-8")).get()
        #expect(HTMLFixtures.blocks(article).map(\.text) == HTMLFixtures.paragraphs)
    }

    @Test func textIsReadAsUTF8WhateverTheMetaCharsetSays() throws {
        let html = """
            <html><head><meta charset="iso-8859-1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
            <body><div class="story"><p>Élysée : le président a reçu à déjeuner les représentants des syndicats, mercredi à Paris.</p>
            <p>« Nous avons été écoutés », a déclaré l’un d’eux à la sortie, évoquant une réunion « franche ».</p></div></body></html>
            """
        let article = try HTMLFixtures.article(html)
        #expect(article.text.hasPrefix("Élysée : le président a reçu"))
        #expect(article.text.contains("« Nous avons été écoutés », a déclaré l’un d’eux"))
    }

    @Test func germanArticleWithAgencyCreditAndFurniture() throws {
        let html = HTMLFixtures.page(head: "<title>Bahnstreik beendet | Tageszeitung</title>", body: """
            <article>
            <h1>Bahnstreik beendet</h1>
            <div class="artikel-text">
            <p>BERLIN (dpa) - Der Streik bei der Bahn ist nach drei Tagen beendet, wie die Gewerkschaft am Montag mitteilte.</p>
            <p>Anzeige</p>
            <p>Die Züge sollen ab Dienstag wieder nach Plan fahren, teilte ein Sprecher mit. Fahrgäste müssen aber noch mit Verspätungen rechnen.</p>
            <p>Mehr zum Thema</p>
            <ul><li><a href="/a">Warum die Bahn so oft streikt</a></li><li><a href="/b">Was Fahrgäste jetzt wissen müssen</a></li></ul>
            <p>Die Tarifverhandlungen gehen im nächsten Monat weiter, hieß es aus Verhandlungskreisen.</p>
            <p>(dpa)</p>
            </div>
            </article>
            """, lang: "de-DE")
        let article = try HTMLFixtures.article(html)
        #expect(article.title == "Bahnstreik beendet")
        #expect(article.language == "de")
        #expect(HTMLFixtures.blocks(article).count == 3)
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "dpa" && $0.text == "BERLIN (dpa) -" })
        #expect(article.credits.contains { $0.role == .agency && $0.agency == "dpa" && $0.text == "(dpa)" })
        #expect(article.removed.contains { $0.text == "Anzeige" && $0.reason == .advertisementLabel })
        #expect(article.removed.contains { $0.text == "Mehr zum Thema" && $0.reason == .related })
        #expect(!article.text.contains("Warum die Bahn"))
    }

    @Test func sourceTemplateLinesAreRemoved() throws {
        let p = HTMLFixtures.paragraphs
        let html = HTMLFixtures.page(body: "<div class=\"story\"><p>\(p[0])</p><p>Our podcast airs every Friday</p><p>\(p[1])</p></div>")
        let key = try #require(SourceTemplate.key(for: "Our podcast airs every Friday"))
        let context = DocumentContext(id: "t", encoding: "utf-8", template: SourceTemplate(keys: [key]))
        let article = try HTMLExtractor().extract(html, context: context).get()
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(p.prefix(2)))
        #expect(article.removed.contains { $0.text == "Our podcast airs every Friday" && $0.reason == .siteTemplate })
    }
    @Test func textStraightInTheBodyIsAnArticle() throws {
        let html = "<html><body>" + HTMLFixtures.paragraphs[0] + "<br><br>" + HTMLFixtures.paragraphs[1] + "</body></html>"
        let article = try HTMLFixtures.article(html)
        #expect(HTMLFixtures.blocks(article).map(\.text) == Array(HTMLFixtures.paragraphs.prefix(2)))
    }
}
