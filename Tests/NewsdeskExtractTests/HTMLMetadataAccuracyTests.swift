import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Title, author and date choices beyond the plain sources: kickers, headings that repeat a
/// part of the <title>, dates that must not be taken from a page's "today", visible bylines.
@Suite struct HTMLMetadataAccuracyTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()

    static func article(head: String = "", body: String, url: String? = nil) throws -> Article {
        try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body), url: url)
    }

    // MARK: - Title

    @Test func kickerInTheHeadingIsNotPartOfTheTitle() throws {
        let body = """
            <article><h1><span class="kicker">Transport</span><span class="visually-hidden">: </span>\
            <span class="headline">Council approves transport plan</span></h1><div class="story">\(Self.story)</div></article>
            """
        let head = "<meta property=\"og:title\" content=\"Transport: Council approves transport plan\">"
        let article = try Self.article(head: head, body: body)
        #expect(article.title == "Council approves transport plan")
        // The printed heading is still recognised as the title and kept out of the body.
        #expect(!article.text.contains("Council approves transport plan"))
    }

    @Test func headingWithoutAClassedFirstPartKeepsItsText() throws {
        let body = "<article><h1><em>Breaking</em> council approves transport plan</h1><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(body: body).title == "Breaking council approves transport plan")
    }

    @Test func withoutAnH1TheTitlePartThatAHeadingRepeatsIsTheTitle() throws {
        let body = "<article><h2>Council approves the transport plan</h2><div class=\"story\">\(Self.story)</div></article>"
        let head = "<title>Ann Lee's Digital Home | Council approves the transport plan</title>"
        #expect(try Self.article(head: head, body: body).title == "Council approves the transport plan")
    }

    @Test func theTitleKeepsTheHeadingsPrintedDashesAndQuotes() throws {
        let head = "<title>Tastings January - May 2020 in \"Halle\" - whisky.example</title>"
            + "<meta property=\"og:title\" content=\"Tastings January - May 2020 in &quot;Halle&quot;\">"
        let body = "<h1>whisky.example</h1><article><h2>Tastings January – May 2020 in „Halle“</h2><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(head: head, body: body).title == "Tastings January – May 2020 in „Halle“")
        // A heading decorated with marks the title lacks is not the printed title.
        let decorated = "<h1>The Courier</h1><article><h2>[&gt; Council approves the transport plan</h2><div class=\"story\">\(Self.story)</div></article>"
        let plain = "<title>Council approves the transport plan</title>"
        #expect(try Self.article(head: plain, body: decorated).title == "Council approves the transport plan")
    }

    @Test func softHyphensAreRemovedFromTheTitle() throws {
        let body = "<article><div class=\"story\">\(Self.story)</div></article>"
        let head = "<meta property=\"og:title\" content=\"Council ap\u{AD}proves trans\u{AD}port plan\">"
        #expect(try Self.article(head: head, body: body).title == "Council approves transport plan")
    }

    // MARK: - Authors

    @Test func jsonLDWithRawLineBreaksInStringsIsRead() throws {
        let script = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves transport plan",
            "description": "Two lines
            of text", "datePublished": "2024-05-23T10:00:00+02:00", "author": {"@type": "Person", "name": "Ann Lee"}}</script>
            """
        let body = "<article><div class=\"story\">\(Self.story)</div></article>"
        let article = try Self.article(head: script, body: body)
        #expect(article.authors == ["Ann Lee"])
        #expect(article.published == "2024-05-23T10:00:00+02:00")
    }

    @Test func labelledBylinesLoseTheirLabel() throws {
        for byline in ["Erstellt von Ann Lee", "Artikel von: Ann Lee", "Ein Beitrag von Ann Lee"] {
            let body = "<article><h1>Rat beschließt Verkehrsplan</h1><div class=\"byline\">\(byline)</div><div class=\"story\">\(Self.story)</div></article>"
            #expect(try Self.article(body: body).authors == ["Ann Lee"], "\(byline)")
        }
    }

    @Test func nameAfterAPrintedDateUnderTheHeadline() throws {
        let body = "<article><h1>Council approves transport plan</h1><p class=\"muted\">23.05.2024 - Ann Lee</p><div class=\"story\">\(Self.story)</div></article>"
        let article = try Self.article(body: body)
        #expect(article.authors == ["Ann Lee"])
        // A section name after the date is not a person.
        let section = body.replacingOccurrences(of: "Ann Lee", with: "politik")
        #expect(try Self.article(body: section).authors == [])
    }

    @Test func aUserNameGivesWayToTheNameThePageShows() throws {
        let head = "<meta name=\"author\" content=\"ann_lee\">"
        let body = "<article><h1>Council approves transport plan</h1><div class=\"byline\">By Ann Lee</div><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(head: head, body: body).authors == ["Ann Lee"])
        let bare = body.replacingOccurrences(of: "<div class=\"byline\">By Ann Lee</div>", with: "")
        #expect(try Self.article(head: head, body: bare).authors == ["ann_lee"])
    }

    // MARK: - Date

    @Test func aDatedPageHeaderDoesNotMoveAMiddayStamp() throws {
        let head = "<meta property=\"article:published_time\" content=\"2024-05-23T13:00:00Z\">"
        let body = "<header><span class=\"date\">May 24, 2024</span></header><article><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(head: head, body: body).published == "2024-05-23T13:00:00Z")
    }

    @Test func theURLsDateComesBeforeTimesOutsideTheArticle() throws {
        let body = """
            <article><div class="story">\(Self.story)</div></article>
            <aside><ul><li><a href="/old">Older post</a> <time datetime="2009-04-11">11 April 2009</time></li></ul></aside>
            """
        let article = try Self.article(body: body, url: "https://blog.example/2024/05/23/transport-plan/")
        #expect(article.published == "2024-05-23")
    }
}
