import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

@Suite struct HTMLMetadataTests {
    static let body = "<article><h1>Council approves transport plan</h1><div class=\"story\">"
        + HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"

    static func article(head: String = "", body: String = HTMLMetadataTests.body, lang: String = "en", url: String? = nil,
                        source: String? = nil) throws -> Article {
        try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body, lang: lang), url: url, source: source)
    }

    // MARK: - Title

    @Test func titleComesFromTheTitleTagWithTheSiteNameStripped() throws {
        for title in ["Council approves transport plan - The Daily", "Council approves transport plan | The Daily",
                      "Council approves transport plan – The Daily", "Council approves transport plan :: The Daily",
                      "The Daily | Council approves transport plan"]
        {
            let article = try Self.article(head: "<title>\(title)</title><meta property=\"og:site_name\" content=\"The Daily\">")
            #expect(article.title == "Council approves transport plan", "\(title)")
        }
    }

    @Test func shortSuffixIsStrippedWithoutAKnownSiteName() throws {
        let body = Self.body.replacingOccurrences(of: "<h1>Council approves transport plan</h1>", with: "")
        let article = try Self.article(head: "<title>Council approves the new transport plan | Daily News</title>", body: body)
        #expect(article.title == "Council approves the new transport plan")
    }

    @Test func titleSources() throws {
        let body = Self.body.replacingOccurrences(of: "<h1>Council approves transport plan</h1>", with: "")
        let jsonLD = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline from JSON-LD"}</script>"#
        #expect(try Self.article(head: jsonLD, body: body).title == "Headline from JSON-LD")
        #expect(try Self.article(head: "<meta property=\"og:title\" content=\"Open Graph title\">", body: body).title == "Open Graph title")
        #expect(try Self.article(head: "<meta name=\"twitter:title\" content=\"Twitter title\">", body: body).title == "Twitter title")
        #expect(try Self.article(body: Self.body).title == "Council approves transport plan")
    }

    @Test func h1WinsWhenTitleCandidatesDisagree() throws {
        let head = """
            <title>Transport: what changes - The Daily</title>
            <meta property="og:title" content="Big changes ahead for commuters">
            """
        #expect(try Self.article(head: head).title == "Council approves transport plan")
    }

    @Test func h1MatchingACandidateIsUsedAndDroppedFromTheBody() throws {
        let head = "<meta property=\"og:title\" content=\"Council approves transport plan\"><title>Council approves transport plan - Site</title>"
        let article = try Self.article(head: head)
        #expect(article.title == "Council approves transport plan")
        #expect(!article.text.contains("Council approves transport plan"))
        #expect(article.removed.contains { $0.reason == .title })
    }

    // MARK: - Authors

    @Test func authorsFromJSONLDInAllShapes() throws {
        let shapes = [
            #""author":"Jane Doe""#,
            #""author":{"@type":"Person","name":"Jane Doe"}"#,
            #""author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]"#,
        ]
        let expected = [["Jane Doe"], ["Jane Doe"], ["Jane Doe", "John Roe"]]
        for (shape, names) in zip(shapes, expected) {
            let head = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\#(shape)}</script>"#
            #expect(try Self.article(head: head).authors == names)
        }
    }

    @Test func jsonLDGraphIsSearchedAndInvalidJSONLDIgnored() throws {
        let graph = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Daily"},
              {"@type":"NewsArticle","headline":"Graph headline","datePublished":"2024-05-23T18:00:00Z",
               "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"The Daily Group"}}]}
            </script>
            <script type="application/ld+json">{ this is not json </script>
            """
        let body = Self.body.replacingOccurrences(of: "<h1>Council approves transport plan</h1>", with: "")
        let article = try Self.article(head: graph, body: body)
        #expect(article.title == "Graph headline")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.published == "2024-05-23T18:00:00Z")
        #expect(article.source.name == "The Daily Group")

        let broken = try Self.article(head: "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script><meta name=\"author\" content=\"Ann Lee\">")
        #expect(broken.authors == ["Ann Lee"])
    }

    @Test func authorsFromMetaLinksAndBylines() throws {
        #expect(try Self.article(head: "<meta name=\"author\" content=\"Ann Lee\">").authors == ["Ann Lee"])
        #expect(try Self.article(head: "<meta property=\"article:author\" content=\"https://facebook.com/ann\"><meta name=\"author\" content=\"Ann Lee\">").authors == ["Ann Lee"])
        #expect(try Self.article(head: "<meta property=\"article:author\" content=\"Ann Lee\">").authors == ["Ann Lee"])
        let relAuthor = "<p>By <a rel=\"author\" href=\"/ann\">Ann Lee</a></p>" + Self.body
        #expect(try Self.article(body: relAuthor).authors == ["Ann Lee"])
        let itemprop = "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Ann Lee</span></span>" + Self.body
        #expect(try Self.article(body: itemprop).authors == ["Ann Lee"])
        let byline = Self.body.replacingOccurrences(of: "<div class=\"story\">", with: "<div class=\"story\"><div class=\"byline\">By Ann Lee and Bob Stone</div>")
        let article = try Self.article(body: byline)
        #expect(article.authors == ["Ann Lee", "Bob Stone"])
        #expect(!article.text.contains("By Ann Lee"))
        let french = Self.body.replacingOccurrences(of: "<div class=\"story\">", with: "<div class=\"story\"><p class=\"auteur\">Par Julie Martin et Paul Dupont</p>")
        #expect(try Self.article(body: french, lang: "fr").authors == ["Julie Martin", "Paul Dupont"])
    }

    // MARK: - Dates

    @Test func publicationDateSources() throws {
        let cases: [(String, String, String)] = [
            ("<meta property=\"article:published_time\" content=\"2024-05-23T20:00:00+02:00\">", Self.body, "2024-05-23T20:00:00+02:00"),
            ("<meta property=\"og:published_time\" content=\"2024-05-23T18:00:00Z\">", Self.body, "2024-05-23T18:00:00Z"),
            ("<meta name=\"date\" content=\"2024-05-23\">", Self.body, "2024-05-23"),
            ("<meta name=\"pubdate\" content=\"20240523\">", Self.body, "2024-05-23"),
            ("<meta name=\"DC.date.issued\" content=\"2024-05-23\">", Self.body, "2024-05-23"),
            ("<meta name=\"parsely-pub-date\" content=\"2024-05-23T18:00:00Z\">", Self.body, "2024-05-23T18:00:00Z"),
            ("", "<meta itemprop=\"datePublished\" content=\"2024-05-23T18:00:00-04:00\">" + Self.body, "2024-05-23T18:00:00-04:00"),
            ("", Self.body.replacingOccurrences(of: "</h1>", with: "</h1><time datetime=\"2024-05-23T09:30:00+01:00\">23 May</time>"), "2024-05-23T09:30:00+01:00"),
        ]
        for (head, body, expected) in cases {
            #expect(try Self.article(head: head, body: body).published == expected, "\(head) \(body.prefix(80))")
        }
    }

    @Test func jsonLDInAScriptWithoutTypeIsRead() throws {
        let script = """
            <script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-05-23T06:00:00+01:00",
            "author": {"@type": "Person", "name": "Jane Doe"}}</script>
            <script>var config = {"a": 1};</script>
            """
        let article = try Self.article(head: script)
        #expect(article.published == "2024-05-23T06:00:00+01:00")
        #expect(article.authors == ["Jane Doe"])
    }

    @Test func utcStampNearMidnightTakesThePublishersDay() throws {
        let head = "<meta property=\"article:published_time\" content=\"2024-05-22T23:30:00Z\">"
        let local = try Self.article(head: head, url: "https://news.example/2024/05/23/transport-plan")
        #expect(local.published == "2024-05-23")
        // No evidence of another day: the stamp stays as the page gives it.
        #expect(try Self.article(head: head).published == "2024-05-22T23:30:00Z")
        #expect(try Self.article(head: head, url: "https://news.example/2024/05/20/x").published == "2024-05-22T23:30:00Z")
    }

    @Test func initialsKeepTheirPeriodInBylines() {
        #expect(CreditLineParser.names(inByline: "By Joe S.") == ["Joe S."])
        #expect(CreditLineParser.names(inByline: "By Perry Bacon Jr.") == ["Perry Bacon Jr."])
        #expect(CreditLineParser.names(inByline: "Par Jean Dupont.") == ["Jean Dupont"])
    }

    @Test(arguments: [
        ("\u{FEFF}\u{00A0} <!DOCTYPE HTML><HTML><BODY><P>x", true),
        ("<DIV>un</DIV>", true),
        ("Texte <br> avec <br> cinq <BR> balises <br> br <br>", true),
        ("Texte avec <br> une balise", false),
        ("", false),
    ])
    func htmlIsToldByBytes(text: String, isHTML: Bool) {
        #expect(DocumentSniffer.isHTML(text) == isHTML)
    }

    @Test func dateFromTheURLWhenThePageHasNone() throws {
        let article = try Self.article(url: "https://news.example/world/2024/05/23/transport-plan")
        #expect(article.published == "2024-05-23")
        #expect(try Self.article().published == nil)
    }

    // MARK: - URL, source, language

    @Test func urlAndSource() throws {
        let head = """
            <link rel="canonical" href="https://www.daily.example/news/plan">
            <meta property="og:url" content="https://daily.example/og">
            <meta property="og:site_name" content="The Daily">
            """
        let fromPage = try Self.article(head: head)
        #expect(fromPage.url == "https://www.daily.example/news/plan")
        #expect(fromPage.source == Source(name: "The Daily", domain: "daily.example"))

        let fromContext = try Self.article(head: head, url: "https://m.other.example/a", source: "Other")
        #expect(fromContext.url == "https://m.other.example/a")
        #expect(fromContext.source == Source(name: "Other", domain: "m.other.example"))

        let relative = try Self.article(head: "<link rel=\"canonical\" href=\"/news/plan\"><meta property=\"og:url\" content=\"https://www.daily.example/x\">")
        #expect(relative.url == "https://www.daily.example/news/plan")

        let ogOnly = try Self.article(head: "<meta property=\"og:url\" content=\"https://www.daily.example/x\"><meta name=\"application-name\" content=\"Daily App\">")
        #expect(ogOnly.url == "https://www.daily.example/x")
        #expect(ogOnly.source.name == "Daily App")

        let publisher = #"<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Group"}}</script>"#
        #expect(try Self.article(head: publisher).source.name == "Daily Group")
    }

    @Test func languageIsReducedToTwoLetters() throws {
        #expect(try Self.article(lang: "fr-FR").language == "fr")
        #expect(try Self.article(lang: "DE").language == "de")
        #expect(try Self.article(head: "<meta http-equiv=\"content-language\" content=\"es-ES\">", lang: "").language == "es")
        #expect(try Self.article(head: "<meta property=\"og:locale\" content=\"pt_BR\">", lang: "").language == "pt")
        #expect(try Self.article(lang: "x-default").language == nil)
        #expect(try Self.article(lang: "").language == nil)
    }
}
