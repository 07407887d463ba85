import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Metadata printed on the page without markup (datelines, bylines, a site name in the h1),
/// the shared furniture lexicon as the HTML extractor reads it, and the second look for
/// articles hidden in furniture-like classes.
@Suite struct HTMLPageEvidenceTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()

    @Test func datelineUnderTheHeadlineIsThePublicationDate() throws {
        let html = HTMLFixtures.page(body: "<div class=\"main\"><h1>Council approves transport plan</h1><p><em>10.11.2021</em></p>\(Self.story)</div>")
        #expect(try HTMLFixtures.article(html).published == "2021-11-10")
        let short = HTMLFixtures.page(body: "<h1>Council approves transport plan</h1><div>Von: Björn Jahner | <span>31.10.23</span></div>\(Self.story)")
        let article = try HTMLFixtures.article(short)
        #expect(article.published == "2023-10-31")
        #expect(article.authors == ["Björn Jahner"])
    }

    @Test func datesInTheBodyAreNotDatelines() throws {
        let html = HTMLFixtures.page(body: "<h1>Council approves transport plan</h1>" + Self.story
            + String(repeating: "<p>\(HTMLFixtures.paragraphs[3])</p>", count: 40) + "<p>Der Vertrag läuft bis zum 31.12.2030.</p>")
        #expect(try HTMLFixtures.article(html).published == nil)
    }

    @Test func visibleBylinesNameTheAuthor() throws {
        let cases: [(String, [String])] = [
            ("<p>Posted by Ann Lee</p>", ["Ann Lee"]),
            ("<div>Eingestellt von <span>Karl Weber</span></div>", ["Karl Weber"]),
            ("<div>Posted on May 2, 2020 by Ann Lee</div>", ["Ann Lee"]),
        ]
        for (byline, authors) in cases {
            let html = HTMLFixtures.page(body: "<h1>Council approves transport plan</h1>\(byline)\(Self.story)")
            #expect(try HTMLFixtures.article(html).authors == authors, "\(byline)")
        }
    }

    @Test func writtenByLabelInTwitterMetaNamesTheAuthor() throws {
        let head = "<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Karoline Herr\">"
        let html = HTMLFixtures.page(head: head, body: "<h1>Council approves transport plan</h1>\(Self.story)")
        #expect(try HTMLFixtures.article(html).authors == ["Karoline Herr"])
    }

    @Test func anH1ThatIsTheSiteNameIsNotTheTitle() throws {
        let blog = HTMLFixtures.page(
            head: "<title>Interning of small integers | Four Years Remaining</title>",
            body: "<h1>Four Years Remaining</h1><h2>Interning of small integers</h2>\(Self.story)"
        )
        #expect(try HTMLFixtures.article(blog).title == "Interning of small integers")
        // The h1 as the first part of the <title> is the headline unless something says otherwise.
        let shop = HTMLFixtures.page(head: "<title>Ben Wilson Surf | Sails, kites and repairs in Kiel</title>", body: "<h1>Ben Wilson Surf</h1>\(Self.story)")
        #expect(try HTMLFixtures.article(shop).title == "Ben Wilson Surf")
    }

    @Test func publishedKeepsThePagesOffset() throws {
        let head = "<meta property=\"article:published_time\" content=\"2024-05-23T00:30:00+02:00\">"
        let article = try HTMLFixtures.article(HTMLFixtures.page(head: head, body: "<h1>Council approves transport plan</h1>\(Self.story)"))
        #expect(article.published == "2024-05-23T00:30:00+02:00")
    }

    @Test(arguments: [
        ("Partager sur Facebook", Removal.Reason.share), ("Facebook Twitter E-Mail", .share), ("Lire aussi : le budget", .related),
        ("Mis à jour le 3 mai 2024 à 18h", .date), ("© 2024 Le Quotidien. Tous droits réservés.", .copyright),
        ("Nous utilisons des cookies. Accepter", .cookie), ("4 min read", .navigation), ("Kommentare (4)", .comments),
        ("Mots-clés", .tags), ("PUBLICITÉ", .advertisementLabel), ("Advertisement - Scroll to continue", .advertisementLabel),
    ])
    func furnitureCuesComeFromTheSharedLexicon(line: String, reason: Removal.Reason) {
        #expect(BoilerplateLines.classify(line, chars: line.count, linkRatio: 0) == reason)
    }

    @Test func sentencesThatMentionCuesStay() {
        for line in [
            "Accepter la défaite n'est pas facile, a-t-il dit.", "Mis à jour, le plan prévoit des bus.",
            "Subscribers to the service will see prices rise.", "Le conseil a publié un rapport.",
        ] {
            #expect(BoilerplateLines.classify(line, chars: line.count, linkRatio: 0) == nil, "\(line)")
        }
    }

    @Test func everyHTMLCueHasAKnownReason() {
        let cues = FurnitureCues.shared
        #expect(cues.lines.count > 300)
        #expect(cues.buttonWords.contains("facebook") && cues.buttonFillers.contains("sur"))
        #expect(!cues.phrases.isEmpty && !cues.dated.isEmpty && !cues.labels.isEmpty)
        #expect(cues.phraseReason(in: "tous droits reserves 2024") { _ in true } == .copyright)
        #expect(!cues.lines.values.contains(.credit))
    }

    @Test func articleInFurnitureClassesIsFoundOnASecondLook() throws {
        let html = HTMLFixtures.page(body: "<nav><a href=\"/\">Home</a></nav><div class=\"sidebar widget\"><h1>Council approves transport plan</h1>\(Self.story)</div>")
        let article = try HTMLFixtures.article(html)
        #expect(article.text.contains(HTMLFixtures.paragraphs[0]))
    }
}
