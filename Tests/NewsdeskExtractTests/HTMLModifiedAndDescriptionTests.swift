import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// `modified` and `description` from a page's structured data, meta tags and labelled dates.
@Suite struct HTMLModifiedAndDescriptionTests {
    static func article(head: String = "", meta: String = "") throws -> Article {
        let body = "<article><h1>Council approves transport plan</h1>\(meta)<div class=\"story\">"
            + HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined() + "</div></article>"
        return try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body, lang: "en"))
    }

    // MARK: - Modified

    @Test func modifiedComesFromJSONLD() throws {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves transport plan","#
            + #""datePublished":"2024-05-02T09:00:00Z","dateModified":"2024-05-03T18:30:00Z"}</script>"#
        let article = try Self.article(head: head)
        #expect(article.published == "2024-05-02T09:00:00Z")
        #expect(article.modified == "2024-05-03T18:30:00Z")
    }

    @Test func modifiedComesFromMetaTags() throws {
        let published = #"<meta property="article:published_time" content="2024-05-02">"#
        for tag in [#"<meta property="article:modified_time" content="2024-05-04">"#,
                    #"<meta property="og:updated_time" content="2024-05-04">"#,
                    #"<meta itemprop="dateModified" content="2024-05-04">"#]
        {
            let article = try Self.article(head: published + tag)
            #expect(article.published == "2024-05-02", "\(tag)")
            #expect(article.modified == "2024-05-04", "\(tag)")
        }
    }

    @Test func timeLabelledAsUpdateIsModifiedNotPublished() throws {
        let byClass = #"<p class="meta"><time class="updated" datetime="2024-05-04">May 4</time> "#
            + #"<time class="entry-date published" datetime="2024-05-02">May 2</time></p>"#
        let byText = #"<p class="meta">Updated: <time datetime="2024-05-04">May 4</time> | "#
            + #"Published: <time datetime="2024-05-02">May 2</time></p>"#
        for meta in [byClass, byText] {
            let article = try Self.article(meta: meta)
            #expect(article.published == "2024-05-02", "\(meta)")
            #expect(article.modified == "2024-05-04", "\(meta)")
        }
    }

    @Test func wordPressTimeMarkedBothPublishedAndUpdatedIsThePublication() throws {
        let meta = #"<p><time class="entry-date published updated" datetime="2024-05-02">May 2</time></p>"#
        let article = try Self.article(meta: meta)
        #expect(article.published == "2024-05-02")
        #expect(article.modified == nil)
    }

    @Test func dateTextOpeningWithAnUpdateLabelIsModified() throws {
        let meta = #"<div class="date">Veröffentlicht am 02.05.2024</div><div class="date">Aktualisiert am 04.05.2024</div>"#
        let article = try Self.article(meta: meta)
        #expect(article.published == "2024-05-02")
        #expect(article.modified == "2024-05-04")
    }

    @Test func updateBeforeThePublicationIsDropped() throws {
        let head = #"<meta property="article:published_time" content="2024-05-02">"#
            + #"<meta property="article:modified_time" content="2019-01-01">"#
        #expect(try Self.article(head: head).modified == nil)
    }

    @Test func modifiedIsNilWhenThePageDoesNotSay() throws {
        let article = try Self.article(head: #"<meta property="article:published_time" content="2024-05-02">"#)
        #expect(article.modified == nil)
    }

    // MARK: - Description

    @Test func descriptionPrefersJSONLDThenOpenGraphThenMeta() throws {
        let jsonLD = #"<script type="application/ld+json">{"@type":"NewsArticle","description":"From  structured &amp; data."}</script>"#
        let og = #"<meta property="og:description" content="From Open Graph.">"#
        let meta = #"<meta name="description" content="From the meta tag.">"#
        #expect(try Self.article(head: jsonLD + og + meta).description == "From structured & data.")
        #expect(try Self.article(head: meta + og).description == "From Open Graph.")
        #expect(try Self.article(head: meta).description == "From the meta tag.")
        #expect(try Self.article().description == nil)
    }

    @Test func descriptionLosesMarkupAndCharacterReferences() throws {
        let jsonLD = #"<script type="application/ld+json">{"@type":"NewsArticle","#
            + #""description":"<p>Le glyphosate &#8211; l&#x2019;herbicide<br/>&amp; co</p>"}</script>"#
        #expect(try Self.article(head: jsonLD).description == "Le glyphosate – l’herbicide & co")
    }

    @Test func descriptionIsCappedAtAWordBoundary() throws {
        let long = Array(repeating: "word", count: 400).joined(separator: " ")
        let description = try #require(try Self.article(head: "<meta name=\"description\" content=\"\(long)\">").description)
        #expect(description.count <= PageDescription.maxChars + 1)
        #expect(description.hasSuffix("word…"))
    }

    @Test func loneWordOrURLIsNoDescription() throws {
        #expect(try Self.article(head: #"<meta name="description" content="News">"#).description == nil)
        #expect(try Self.article(head: #"<meta name="description" content="https://example.org/a b">"#).description == nil)
    }

    // MARK: - Labels

    @Test func updateLabels() {
        #expect(UpdateLabel.opens("Updated: May 3, 2024"))
        #expect(UpdateLabel.opens("Mis à jour le 3 mai 2024"))
        #expect(UpdateLabel.opens("(Aktualisiert am 3.5.2024)"))
        #expect(!UpdateLabel.opens("Published May 2, updated May 3"))
        #expect(!UpdateLabel.opens("Updates from the council"))
        #expect(UpdateLabel.closes("| Aktualisiert am"))
        #expect(UpdateLabel.closes("Last updated:"))
        #expect(!UpdateLabel.closes("Unmodified"))
        #expect(!UpdateLabel.closes("Published:"))
    }
}
