import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Publication dates and titles read the way a reader reads the page: dates printed without
/// markup or in other languages, declarations the page contradicts, update dates as a last
/// resort, kickers inside wrappers and date parts of titles.
@Suite struct HTMLDateAndTitleAccuracyTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()
    /// Long enough that what follows it is far from the headline.
    static let longStory = Array(repeating: story, count: 10).joined()

    static func article(head: String = "", body: String) throws -> Article {
        try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body))
    }

    static func post(before: String = "", after: String = "") -> String {
        "<article><h1>Council approves transport plan</h1>\(before)<div class=\"story\">\(longStory)</div>\(after)</article>"
    }

    static func jsonLD(_ fields: String) -> String {
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Council approves transport plan\", \(fields)}</script>"
    }

    // MARK: - Dates the page prints

    @Test func timeWithoutDatetimeGivesItsText() throws {
        let footer = "<p class=\"post-footer\">Filed under transport, <time>5. Mai 2022</time></p>"
        #expect(try Self.article(body: Self.post(after: footer)).published == "2022-05-05")
    }

    /// A "date | section" line above the story dates it, even with no headline to anchor on.
    @Test func dateLineAboveTheBodyDatesTheArticle() throws {
        let body = "<div class=\"news\"><p>2021-10-16 | Botschaft</p><h4>Council approves transport plan</h4>\(Self.longStory)</div>"
        let article = try Self.article(body: body)
        #expect(article.published == "2021-10-16")
        #expect(!article.text.contains("Botschaft"))
    }

    @Test func dateElementWithItsPartsInSeparateElements() throws {
        let date = "<div class=\"datum\"><span class=\"month\">Feb</span> <span class=\"day\">18</span><span class=\"year\">2009</span></div>"
        #expect(try Self.article(body: Self.post(after: date)).published == "2009-02-18")
    }

    // MARK: - Declarations against what the page shows

    @Test func utcStampKeepsItsDayWhenThePagePrintsIt() throws {
        let head = Self.jsonLD("\"datePublished\": \"2022-05-06T09:30:19Z\"")
        // The story loaded below this one is dated the day before.
        let shown = "<p class=\"date\">6 May 2022</p>"
        let next = "<div class=\"next-story\"><h2>Market reopens</h2><p class=\"date\">5 May 2022</p></div>"
        #expect(try Self.article(head: head, body: Self.post(before: shown, after: next)).published == "2022-05-06T09:30:19Z")
    }

    @Test func printedTimeIsEvidenceOfThePublishersDay() throws {
        let head = Self.jsonLD("\"datePublished\": \"Wed, 04 May 2022 00:25:56 GMT\"")
        let shown = "<p><time class=\"com-date\" datetime=\"3 de mayo de 2022\">3 de mayo de 2022</time></p>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2022-05-03")
    }

    @Test func weakMetaDateGivesWayToALaterDateTheArticleShows() throws {
        let head = "<meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\">"
        let shown = "<span class=\"date\">27.01.2022</span>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2022-01-27")
    }

    @Test func disagreeingDeclarationsAreSettledByThePrintedDate() throws {
        let head = Self.jsonLD("\"datePublished\": \"2023-11-03T10:25:56+00:00\"")
            + "<meta property=\"article:published_time\" content=\"2023-11-06T14:25:00+00:00\">"
        let shown = "<p class=\"meta\"><span class=\"date\">6. November 2023</span></p>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2023-11-06T14:25:00Z")
        // Without a printed date the structured data stands.
        #expect(try Self.article(head: head, body: Self.post()).published == "2023-11-03T10:25:56Z")
    }

    @Test func republishedArticleIsDatedAsPrinted() throws {
        let head = Self.jsonLD("\"datePublished\": \"2021-11-29T14:13:37+00:00\", \"dateModified\": \"2022-01-12T14:27:30+00:00\"")
        let shown = "<p class=\"meta\">12.01.2022</p>"
        #expect(try Self.article(head: head, body: Self.post(before: shown)).published == "2022-01-12T14:27:30Z")
    }

    @Test func emptyTimeIsNotAPrintedDate() throws {
        let head = Self.jsonLD("\"datePublished\": \"2022-12-04T15:00:00+01:00\"")
        let hidden = "<div class=\"meta\"><time itemprop=\"datePublished\" datetime=\"2022-12-06T14:42:13+01:00\"></time></div>"
        #expect(try Self.article(head: head, body: Self.post(before: hidden)).published == "2022-12-04T15:00:00+01:00")
        // The same date printed is the article's.
        let printed = "<div class=\"meta\"><time itemprop=\"datePublished\" datetime=\"2022-12-06T14:42:13+01:00\">6.12.2022</time></div>"
        #expect(try Self.article(head: head, body: Self.post(before: printed)).published == "2022-12-06T14:42:13+01:00")
    }

    @Test func commentTimesDateTheComments() throws {
        let comments = "<ol class=\"comment-list\" id=\"comments\"><li class=\"comment\"><p>Great plan.</p>"
            + "<time datetime=\"2019-08-24T03:36:11+02:00\">24. August 2019</time></li></ol>"
        let footer = "<p class=\"post-footer\">Veröffentlicht am 16.08.2019</p>"
        #expect(try Self.article(body: Self.post(after: comments + footer)).published == "2019-08-16")
    }

    @Test func dateBetweenHeadlineAndBodyBeatsDatesInsideTheBody() throws {
        let links = (1...6).map { "<li><a href=\"/p/\($0)\">Older post number \($0)</a></li>" }.joined()
        let body = "<div class=\"post\"><h1>Council approves transport plan</h1><div class=\"meta\"><div class=\"date\">2. August 2012</div>"
            + "By <a href=\"/author/ann\">Ann Lee</a></div><div class=\"entry\">\(Self.story)<table class=\"signatures\"><tr><td>Ann Lee</td>"
            + "<td class=\"signature-date\">Feb 16, 2013</td></tr></table>\(Self.longStory)</div></div><div class=\"sidebar\"><ul>\(links)</ul></div>"
        #expect(try Self.article(body: body).published == "2012-08-02")
    }

    @Test func dateInsideTheHeadingAfterTheHeadline() throws {
        let body = "<article><h1>Council approves transport plan<br><small>02.02.2022 • City, Transport</small></h1>"
            + "<div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(body: body).published == "2022-02-02")
    }

    @Test func datelineThatDatesAnUpdateIsSkipped() throws {
        let lines = "<p><i>Article mis à jour le 7 janvier 2020.</i></p><p>30 septembre 2018</p>"
        #expect(try Self.article(body: Self.post(before: lines)).published == "2018-09-30")
        #expect(UpdateLabel.datesAnUpdate("Article mis à jour le 7 janvier 2020."))
        #expect(!UpdateLabel.datesAnUpdate("Publié le 7 janvier 2020"))
    }

    @Test func updateMarkupIsFoundInAnyCase() {
        #expect(UpdateLabel.containsIgnoringASCIICase("entry-date Date-Updated", "updat"))
        #expect(UpdateLabel.containsIgnoringASCIICase("DATEMODIFIED", "modif"))
        #expect(!UpdateLabel.containsIgnoringASCIICase("entry-date updat", "updated"))
        #expect(!UpdateLabel.containsIgnoringASCIICase("Üpdated", "updat"))
        #expect(UpdateLabel.containsIgnoringASCIICase("x", ""))
    }

    @Test func dateTheTitleOpensWithIsTheLastResort() throws {
        let head = "<meta property=\"og:title\" content=\"08.11.2021 | Online conference on transport\">"
        let body = "<article><h1>Online conference on transport</h1><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(head: head, body: body).published == "2021-11-08")
        #expect(MetadataResolver.titleDate("Online conference on transport") == nil)
    }

    @Test func dateMarkedAsAnUpdateIsNotThePublication() throws {
        let shown = "<p class=\"meta\"><span class=\"entry-date updated\">2022-12-07</span> <span class=\"entry-date\">25. Dezember 2022</span></p>"
        #expect(try Self.article(body: Self.post(before: shown)).published == "2022-12-25")
        let dateline = "<p class=\"meta\"><span class=\"last-modified\">07.12.2022</span></p><p>25.12.2022</p>"
        #expect(try Self.article(body: Self.post(before: dateline)).published == "2022-12-25")
    }

    // MARK: - The last update as a last resort

    @Test func lastUpdateDatesAPageThatDatesNothingElse() throws {
        let footer = "<p class=\"info\">Aktualisiert: 30.12.2016</p>"
        #expect(try Self.article(body: Self.post(after: footer)).published == "2016-12-30")
        let split = "<p><b>Aktualisiert am </b>17.01.2021.</p>"
        #expect(try Self.article(body: Self.post(after: split)).published == "2021-01-17")
        let meta = "<meta property=\"article:modified_time\" content=\"2020-01-05T11:53:45+00:00\">"
        #expect(try Self.article(head: meta, body: Self.post()).published == "2020-01-05T11:53:45Z")
    }

    // MARK: - Titles

    @Test func kickerInsideAWrapperIsNotPartOfTheTitle() throws {
        let linked = "<article><h1><a href=\"/threads/1\"><span class=\"label\">Patch Notes</span>Version 4.47 brings a bugfix build</a></h1>"
            + "<div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(body: linked).title == "Version 4.47 brings a bugfix build")
        let small = "<article><h1><span class=\"post-title\"><small>Set of the week</small><br>Pyramid with easy endurance</span></h1>"
            + "<div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(body: small).title == "Pyramid with easy endurance")
    }

    @Test func mastheadHeadingIsNotTheTitle() throws {
        let post = "<h3>Rainy day lemon cake</h3><div class=\"story\">\(Self.story)</div></article>"
        let head = "<title>Rainy day lemon cake | Ann's Kitchen and Garden Diaries</title>"
        let linked = "<article><h1><a href=\"https://blog.example/\">Ann's Kitchen and Garden Diaries</a></h1>" + post
        #expect(try Self.article(head: head, body: linked).title == "Rainy day lemon cake")
        let named = "<article><h1>Ann's Kitchen and Garden Diaries</h1>" + post
        let site = head + "<meta property=\"og:site_name\" content=\"Ann's Kitchen and Garden Diaries\">"
        #expect(try Self.article(head: site, body: named).title == "Rainy day lemon cake")
        #expect(MastheadHeading.isFrontPage("/"))
        #expect(MastheadHeading.isFrontPage("https://blog.example"))
        #expect(MastheadHeading.isFrontPage("/web/20171008220355/http://blog.example/"))
        #expect(!MastheadHeading.isFrontPage("https://blog.example/2020/01/lemon-cake/"))
        #expect(!MastheadHeading.isFrontPage(""))
    }

    @Test func withoutAHeadingTheTitleMostSourcesGiveWins() throws {
        let head = Self.jsonLD("").replacingOccurrences(of: "Council approves transport plan", with: "Stars want a new streaming model")
            .replacingOccurrences(of: ", }", with: "}")
            + "<meta property=\"og:title\" content=\"Fair pay: Stars want a new streaming model\">"
            + "<title>Fair pay: Stars want a new streaming model</title>"
        let body = "<article><div class=\"story\">\(Self.story)</div></article>"
        #expect(try Self.article(head: head, body: body).title == "Fair pay: Stars want a new streaming model")
    }

    @Test func lowerHeadingThatShowsTheTitleAnchorsTheDateline() throws {
        let menu = (1...12).map { "<p class=\"teaser\">Item \($0) of the week</p>" }.joined()
        let body = "<div class=\"box\"><h4>Efficient hybrid battery</h4><p><em>01.11.2023 11:35</em></p>\(menu)</div>"
            + "<article><div class=\"story\">\(Self.story)</div></article>"
        let head = "<meta property=\"og:title\" content=\"Efficient hybrid battery\">"
        #expect(try Self.article(head: head, body: body).published == "2023-11-01")
    }

    @Test func dateAtTheStartOfTheTitleIsNotPartOfIt() throws {
        let body = "<article><h1>23.01.2022 - Council approves transport plan</h1><div class=\"story\">\(Self.story)</div></article>"
        let article = try Self.article(body: body)
        #expect(article.title == "Council approves transport plan")
        #expect(!article.text.contains("Council approves transport plan"))
        // A date range leaves a stub: the title stays whole.
        #expect(MetadataResolver.withoutDateParts("Wochenbericht 14. - 20. Januar 2022") == "Wochenbericht 14. - 20. Januar 2022")
        #expect(MetadataResolver.withoutDateParts("Council approves plan | Montag, 3. Mai 2021") == "Council approves plan")
    }
}
