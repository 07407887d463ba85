import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Authors and publication dates a page prints away from its headline or declares weakly:
/// post-meta lines, labelled dates, signatures, ambiguous and generated meta dates.
@Suite struct HTMLAuthorAndDateFallbackTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()

    static func article(head: String = "", body: String, url: String? = nil) throws -> Article {
        try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body), url: url)
    }

    /// Long enough that what follows it is far from the headline.
    static let longStory = Array(repeating: story, count: 10).joined()

    static func post(after: String = "", before: String = "") -> String {
        "<article><h1>Council approves transport plan</h1>\(before)<div class=\"story\">\(longStory)</div>\(after)</article>"
            + "<div class=\"sidebar\"><p>More from the city</p></div>"
    }

    // MARK: - Dates

    @Test func labelledDateAnywhereIsTheLastResort() throws {
        let footer = "<div class=\"story-footer\"><p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></div>"
        let article = try Self.article(body: Self.post(after: footer))
        #expect(article.published == "2023-11-01")
        #expect(LabelledDate.afterLabel("Published on May 2, 2020") != nil)
        #expect(LabelledDate.afterLabel("Publishers weekly") == nil)
    }

    @Test func labelWithTheDateInTheNextElement() throws {
        let footer = "<p class=\"postinfo\"><b>Datum:</b> <span>02.05.2024</span></p>"
        #expect(try Self.article(body: Self.post(after: footer)).published == "2024-05-02")
    }

    @Test func firstParagraphOpeningWithADateIsADateline() throws {
        let lead = "<p>29.11.2022 – Mehrfach hatte die Branche vor den Folgen gewarnt, nun liegt der Entwurf vor und die Kritik bleibt.</p>"
        #expect(try Self.article(body: Self.post(before: lead)).published == "2022-11-29")
        #expect(Dateline.opening("2019 - the year the council finally agreed on a plan for the centre") == nil)
    }

    @Test func ambiguousMetaDateIsReadTheWayThePageShowsIt() throws {
        let head = "<meta name=\"date\" content=\"11/01/2023 12:43:42\">"
        let shown = "<p class=\"meta\"><em>01.11.2023</em></p>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2023-11-01")
    }

    @Test func weakMetaDateGivesWayToAnEarlierDateTheArticleShows() throws {
        let head = "<meta name=\"date\" content=\"2020-02-12\">"
        let shown = "<div class=\"news-date\">05.02.2020</div>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2020-02-05")
        // The publication meta tag is trusted over what the page shows.
        let strong = "<meta property=\"article:published_time\" content=\"2020-02-12\">"
        #expect(try Self.article(head: strong, body: Self.post(before: shown)).published == "2020-02-12")
    }

    /// A CMS's empty timestamp (the Unix epoch) is no publication date: the page's shown date
    /// is taken, or none.
    @Test func epochPlaceholderIsNoPublicationDate() throws {
        let placeholder = "<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00+00:00\">"
        #expect(try Self.article(head: placeholder, body: Self.post(before: "")).published == nil)
        let shown = "<div class=\"news-date\">05.02.2020</div>"
        #expect(try Self.article(head: placeholder, body: Self.post(before: shown)).published == "2020-02-05")
    }

    @Test func rdfaDatesOnPageElements() throws {
        let created = "<span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\"></span>"
        #expect(try Self.article(body: Self.post(before: created)).published?.hasPrefix("2022-01-28") == true)
        let modified = "<span property=\"dc:modified\" content=\"2022-02-03\"></span>"
        #expect(try Self.article(body: Self.post(before: created + modified)).modified == "2022-02-03")
    }

    @Test func datelineUnderAHeadlineInADroppedHeader() throws {
        let body = """
            <header class="page-header"><nav><a href="/">Home</a></nav><h1>Council approves transport plan</h1>\
            <p>01. November 2021 | Verkehr, Stadt</p></header><article><div class="story">\(Self.story)</div></article>
            """
        #expect(try Self.article(body: body).published == "2021-11-01")
    }

    @Test func dateElementInTheArticleBeatsATimeInTheSidebar() throws {
        let body = "<article><h1>Council approves transport plan</h1><div class=\"story\">\(Self.longStory)"
            + "<span class=\"published\">31. Oktober 2023</span></div></article>"
            + "<aside><ul><li><a href=\"/old\">Older post</a> <time datetime=\"2020-12-03\">3. Dezember 2020</time></li></ul></aside>"
        #expect(try Self.article(body: body).published == "2023-10-31")
    }

    // MARK: - Authors

    @Test func postMetaBylineUnderTheArticle() throws {
        for line in ["<p class=\"postmetadata\">Von Rita Roe am <a href=\"/2023/05/02\">2. Mai 2023</a></p>",
                     "<div class=\"submitted\">Gespeichert von <span class=\"username\">Rita Roe</span> am 24. Juli 2017</div>",
                     "<div class=\"left\">Author: <a href=\"/profile/58\"><b>Rita Roe</b></a> am 29.12.2010</div>"]
        {
            let authors = try Self.article(body: Self.post(after: line)).authors
            #expect(authors == ["Rita Roe"], "\(line)")
        }
    }

    @Test func labelsInsideSentencesLinksAndWidgetTitlesAreNoBylines() throws {
        for line in ["<p>Logo des Preises von <em>Bankmagazin</em> und Partnern</p>",
                     "<ul class=\"teasers\"><li><a href=\"/x\">Von Einheimischen und Gästen</a></li></ul>",
                     "<h3 class=\"title\">BY DATE</h3>"]
        {
            let authors = try Self.article(body: Self.post(after: line)).authors
            #expect(authors.isEmpty, "\(line) \(authors)")
        }
    }

    @Test func labelHeadingOverTheName() throws {
        let box = "<div class=\"news-meta\"><h4>Autor</h4><p><a href=\"/profil/1\">Nikolai Roe</a></p></div>"
        #expect(try Self.article(body: Self.post(after: box)).authors == ["Nikolai Roe"])
    }

    @Test func signatureAtTheEndOfTheArticle() throws {
        let body = "<article><h1>Council approves transport plan</h1><div class=\"story\">\(Self.story)"
            + "<p><b><i>Stefan Roe</i></b></p></div></article>"
        #expect(try Self.article(body: body).authors == ["Stefan Roe"])
        // A bold last line that is not a name is no signature.
        let notName = "<article><h1>Council approves transport plan</h1><div class=\"story\">\(Self.story)"
            + "<p><b>More to follow</b></p></div></article>"
        #expect(try Self.article(body: notName).authors.isEmpty)
    }

    @Test func authorStringsLoseHandlesCredentialsAndDateLabels() {
        #expect(MetadataResolver.authorNames("Williams Perdomo @wperdomod") == ["Williams Perdomo"])
        #expect(MetadataResolver.authorNames("Grant Tinsley, PhD") == ["Grant Tinsley"])
        #expect(MetadataResolver.authorNames("Autor Sara Zinnecker Stand: 12.03.2024") == ["Sara Zinnecker"])
        #expect(MetadataResolver.authorNames("Ein Artikel von Pamela Roe") == ["Pamela Roe"])
    }
}
