import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Which author a page names when its sources disagree: the publisher in a meta tag against a
/// person's byline, a first name against the full name, one author against a line of co-authors,
/// and the page furniture that must not pass for a name.
@Suite struct HTMLAuthorAccuracyTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()

    static func authors(head: String = "", before: String = "", after: String = "") throws -> [String] {
        let body = "<article><h1>Council approves transport plan</h1>\(before)<div class=\"story\">\(story)\(after)</div></article>"
        return try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body)).authors
    }

    // MARK: - The publisher as author

    @Test func publisherInTheMetaTagGivesWayToThePersonsByline() throws {
        let byline = "<div class=\"byline\">By <a href=\"/people/ann-roe\">Ann Roe</a></div>"
        for meta in ["Bus &amp; Rail", "busrail-news.de", "Verkehrsverein Musterstadt e.V.", "Busrail Media GmbH"] {
            let head = "<meta property=\"og:site_name\" content=\"Bus &amp; Rail\"><meta name=\"author\" content=\"\(meta)\">"
            #expect(try Self.authors(head: head, before: byline) == ["Ann Roe"], "\(meta)")
        }
    }

    @Test func publisherIsTheAuthorWhenNoPersonIsNamed() throws {
        // The site's name is one name, "&" and all; it was dropped as the source before.
        let head = "<meta property=\"og:site_name\" content=\"Bus &amp; Rail\"><meta name=\"author\" content=\"Bus &amp; Rail\">"
        #expect(try Self.authors(head: head) == ["Bus & Rail"])
        // A newsroom's collective byline is an author as stated.
        let newsroom = "<meta property=\"og:site_name\" content=\"busrail.de\"><meta name=\"author\" content=\"busrail.de Redaktion\">"
        let byline = "<div class=\"byline\">By <a href=\"/people/ann-roe\">Ann Roe</a></div>"
        #expect(try Self.authors(head: newsroom, before: byline) == ["busrail.de Redaktion"])
    }

    @Test func personAmongThePublishersNamesIsTheAuthor() throws {
        let head = "<meta property=\"og:site_name\" content=\"Transit Voice\">"
        #expect(try Self.authors(head: head, before: "<div class=\"byline\">By Ann Roe, Transit Voice</div>") == ["Ann Roe"])
        #expect(try Self.authors(head: head, before: "<div class=\"byline\">By Ann Roe Transit Voice Staff</div>") == ["Ann Roe"])
    }

    // MARK: - Full names and co-authors

    @Test func firstNameAloneIsCompletedFromTheByline() throws {
        let jsonLD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves transport plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Todd\"}}</script>"
        #expect(try Self.authors(head: jsonLD, before: "<p class=\"byline\">By Todd Roe</p>") == ["Todd Roe"])
    }

    @Test func firstNameAloneIsCompletedFromThePersonsBio() throws {
        let jsonLD = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Council approves transport plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Nils\",\"description\":\"Nils Roe ist freier Autor und Journalist.\"}}</script>"
        #expect(try Self.authors(head: jsonLD) == ["Nils Roe"])
    }

    @Test func bylineLineAddsTheCoAuthorsStructuredDataLeavesOut() throws {
        let jsonLD = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves transport plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Rudolf Roe\"}}</script>"
        let byline = "<div class=\"byline\">von Rudolf Roe, Simon Doe</div>"
        #expect(try Self.authors(head: jsonLD, before: byline) == ["Rudolf Roe", "Simon Doe"])
        // A month, an agency or the site after the name is no co-author.
        let dated = "<div class=\"byline\">von Rudolf Roe, Oktober 2023, CNN</div>"
        #expect(try Self.authors(head: jsonLD, before: dated) == ["Rudolf Roe"])
    }

    @Test func postCardsAuthorsAreNotTheArticles() throws {
        let own = "<p class=\"meta\">By <a rel=\"author\" href=\"/author/amelie\">Amelie Roe</a></p>"
        let card = "<div class=\"post-card\"><h3><a href=\"/other-story\">Bus fares rise again</a></h3>"
            + "<p class=\"post-meta\">By <a rel=\"author\" href=\"/author/chiara\">Chiara Doe</a></p></div>"
        #expect(try Self.authors(before: own, after: card) == ["Amelie Roe"])
        // A page whose only rel=author link sits under a linked heading still names it.
        #expect(try Self.authors(after: card) == ["Chiara Doe"])
    }

    @Test func authorBoxUnderTheArticleIsNamedByItsHeading() throws {
        let bio = "Martin writes about money, leasing and company cars, and has done so for many years at several magazines."
        let box = "<div class=\"author-bio footer\"><h3>Über den Autor</h3><h3>Martin Roe</h3><p>\(bio)</p>"
            + "<p><a href=\"/author/martin\">Alles von Martin Roe</a></p></div>"
        let body = "<article><h1>Council approves transport plan</h1><div class=\"story\">\(Self.story)</div>\(box)</article>"
        #expect(try HTMLFixtures.article(HTMLFixtures.page(body: body)).authors == ["Martin Roe"])
    }

    // MARK: - Byline texts

    @Test func labelledBylineTextWinsOverAnIssueLine() throws {
        let meta = "<p class=\"author-issue\">En kiosques : juillet 2020</p><p class=\"author-name\">par Didier Roe, 21 juin 2018</p>"
        #expect(try Self.authors(before: meta) == ["Didier Roe"])
    }

    @Test func writersFieldInABylineOfLabelledFields() throws {
        #expect(MetadataResolver.authorNames("Datum: 19.11.2021 Autor: Fritz Roe Quelle: Livenet") == ["Fritz Roe"])
        #expect(MetadataResolver.authorNames("Text & Fotos: Ivan Roe") == ["Ivan Roe"])
        #expect(MetadataResolver.authorNames("Text von Christian Roe Illustration von Markus Doe") == ["Christian Roe"])
        #expect(MetadataResolver.authorNames("Author(s): Leena Roe") == ["Leena Roe"])
        #expect(MetadataResolver.authorNames("Interview: Julia Roe") == ["Julia Roe"])
        #expect(MetadataResolver.authorNames("Johanna Roe Alle Artikel") == ["Johanna Roe"])
    }

    @Test func phrasesLabelsAndAbbreviationsAreNoNames() {
        for text in ["deinen Hochzeitsbloggern", "Quelle", "Datum: 19.11.2021", "Stand: 20. April 2020", "ca. 8 Min.", "Alle Artikel", "Kontakt"] {
            #expect(MetadataResolver.authorNames(text).isEmpty, "\(text)")
        }
        #expect(MetadataResolver.authorNames("Ursula von der Roe") == ["Ursula von der Roe"])
    }

    // MARK: - Last resorts

    @Test func relatedPostsHeadingAndListHeadingAreNoSignatures() throws {
        let related = "<div class=\"jp-relatedposts\"><p><em>Ähnliche Beiträge</em></p></div>"
        #expect(try Self.authors(after: related).isEmpty)
        let heading = "<p><b>Weitere Informationen</b></p><ul><li><a href=\"/a\">Workshop</a></li><li><a href=\"/b\">Termine</a></li></ul>"
        #expect(try Self.authors(after: heading).isEmpty)
    }

    @Test func eventListUnderTheHeadlineIsNoByline() throws {
        let events = "<p>02.11.2022 - Placebo - Stadthalle</p>"
        #expect(try Self.authors(before: events).isEmpty)
        #expect(try Self.authors(before: "<p>11.12.2019 - Ann Roe</p>") == ["Ann Roe"])
        // A single word after the date is a category or a place as often as a name.
        #expect(try Self.authors(before: "<p>12.03.2022 | Recht &amp; Gesetz</p>").isEmpty)
    }

    // MARK: - Labels, taglines and what follows a name

    @Test func authorArchiveLinkTextNamesTheAuthor() throws {
        let link = "<p class=\"entry-meta\"><a rel=\"author\" href=\"/author/kroe\">View all posts by Karla Roe</a></p>"
        #expect(try Self.authors(after: link) == ["Karla Roe"])
        #expect(MetadataResolver.authorNames("Alle Beiträge von Karla Roe") == ["Karla Roe"])
    }

    @Test func nameAfterAScreenReaderLabelIsAByline() throws {
        let line = "<div class=\"meta\"><span class=\"screen-reader-text\">| By </span><span>Carla Roe</span> | "
            + "<time>April 13, 2020</time></div>"
        #expect(try Self.authors(before: line) == ["Carla Roe"])
        // A hidden name is not shown to readers at all.
        let hidden = "<div class=\"meta\"><span class=\"sr-only\">By </span><span class=\"sr-only\">Carla Roe</span></div>"
        #expect(try Self.authors(before: hidden).isEmpty)
    }

    @Test func labelOverAnotherLabelIsNoName() throws {
        // Pages print one label for small screens and another for large ones.
        let block = "<div><div class=\"label\">Auteur :</div><div class=\"label\">Auteur(s) :</div><div><strong>Léa Roe</strong></div></div>"
        #expect(try Self.authors(before: block) == ["Léa Roe"])
    }

    @Test func metaAuthorWithATaglineIsThePublisher() throws {
        let head = "<meta name=\"author\" content=\"Bahnblick – Das Magazin für Pendler\">"
        #expect(try Self.authors(head: head, before: "<p>Von Clara Roe</p>") == ["Clara Roe"])
        // Without a byline the site signs the article.
        #expect(try Self.authors(head: head) == ["Bahnblick"])
        #expect(PublisherNames.isNameWithTagline("Frank Roe - https://roe.example.org"))
        #expect(!PublisherNames.isNameWithTagline("Frank Roe - Lukas Doe"))
    }

    @Test func agencyCodeAfterASlashIsNoPartOfTheName() {
        #expect(MetadataResolver.authorNames("Peter Roe/SP-X") == ["Peter Roe"])
        #expect(MetadataResolver.authorNames("Peter Roe / AFP") == ["Peter Roe"])
    }

    @Test func descriptionAfterTheNameIsCut() throws {
        let signature = "<p><strong>Autorin: Uta Roe, Projektleiterin der Stiftung in Tunis.</strong></p>"
        #expect(try Self.authors(after: signature) == ["Uta Roe"])
        // Co-authors' names are no description.
        #expect(MetadataResolver.authorNames("Von Ann Roe, Bob Doe und Cat Poe") == ["Ann Roe", "Bob Doe", "Cat Poe"])
    }

    @Test func authorNameMetaTagsOfCommonPlugins() throws {
        for key in ["article:author_name", "shareaholic:article_author_name", "cxenseparse:author", "dc:creator"] {
            let head = "<meta name=\"\(key)\" content=\"Wolf Roe\">"
            #expect(try Self.authors(head: head) == ["Wolf Roe"], "\(key)")
        }
    }

    @Test func bylineRunningIntoARelativeDateEndsAtTheName() throws {
        // The name and "2 hours ago" in blocks side by side.
        let line = "<div class=\"byline\"><div>Por Ana Roe</div><div>Hace 2 horas</div></div>"
        #expect(try Self.authors(before: line) == ["Ana Roe"])
    }

    @Test func headlineBylineWinsOverALoginInStructuredData() throws {
        let jsonLD = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Council approves transport plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"sarah-doe\"}}</script>"
        #expect(try Self.authors(head: jsonLD, before: "<p>Autor <span>Mark Roe:</span></p>") == ["Mark Roe"])
        // Without a byline naming someone else the login is the author.
        #expect(try Self.authors(head: jsonLD) == ["sarah-doe"])
    }
}
