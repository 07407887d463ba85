import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// Where the article's byline is found when the markup names someone else or nothing: the byline
/// printed under the headline against structured data, author-page links, labels set apart from
/// the name, signatures before a sidebar and in parentheses, a press release's contact; and the
/// markup that names other works' authors.
@Suite struct HTMLAuthorBylineEvidenceTests {
    static let story = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()
    static let longStory = Array(repeating: story, count: 10).joined()

    static func authors(head: String = "", body: String) throws -> [String] {
        try HTMLFixtures.article(HTMLFixtures.page(head: head, body: body)).authors
    }

    /// An article with `before` under its headline and `after` at the end of its text.
    static func post(before: String = "", after: String = "") -> String {
        "<article><h1>Council approves transport plan</h1>\(before)<div class=\"story\">\(longStory)\(after)</div></article>"
    }

    static func jsonLD(author: String) -> String {
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves transport plan\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"\(author)\"}}</script>"
    }

    // MARK: - The printed byline against the markup

    @Test func printedBylineBeatsTheAccountStructuredDataNames() throws {
        let byline = "<p class=\"meta\">Von Bernd Lee</p>"
        #expect(try Self.authors(head: Self.jsonLD(author: "Anna Roe"), body: Self.post(before: byline)) == ["Bernd Lee"])
        // The same person, by title and surname, confirms the markup.
        let same = "<p class=\"meta\">Von Herr Roe</p>"
        #expect(try Self.authors(head: Self.jsonLD(author: "Anna Roe"), body: Self.post(before: same)) == ["Anna Roe"])
    }

    @Test func labelledBylineElementBeatsAMetaAuthorThatIsNoPerson() throws {
        let head = "<meta name=\"author\" content=\"Angler Journal\">"
        let byline = "<div class=\"byline\">Text &amp; Fotos: Ivo Roe</div>"
        #expect(try Self.authors(head: head, body: Self.post(before: byline)) == ["Ivo Roe"])
    }

    @Test func metaTagGivesWayToAFirstNameByline() throws {
        let byline = "<p class=\"date\">Erstellt von <a href=\"/profile/fabian\">Fabian</a> am 6. Mai 2014</p>"
        let meta = "<meta name=\"author\" content=\"Max Roe - Erika Lee\">"
        #expect(try Self.authors(head: meta, body: Self.post(before: byline)) == ["Fabian"])
        // Structured data keeps its full name against a first name alone.
        #expect(try Self.authors(head: Self.jsonLD(author: "Max Roe"), body: Self.post(before: byline)) == ["Max Roe"])
    }

    // MARK: - Bylines without the usual markup

    @Test func nameLinkingToTheWritersPageUnderTheHeadline() throws {
        let link = "<div class=\"meta\"><a href=\"/autoren/kathrin-roe-684\"><span>Kathrin Roe</span></a> <span>am 3. Mai 2022</span></div>"
        #expect(try Self.authors(body: Self.post(before: link)) == ["Kathrin Roe"])
        // Other links under the headline name no one.
        let section = "<div class=\"meta\"><a href=\"/thema/verkehr\"><span>Verkehr Aktuell</span></a></div>"
        #expect(try Self.authors(body: Self.post(before: section)).isEmpty)
    }

    @Test func labelAndNameInBoxesOfTheirOwn() throws {
        let boxes = "<div class=\"person-box\"> <div class=\"field\"> <p class=\"label\"><strong>By</strong></p> </div> "
            + "<div class=\"field\"> <p class=\"name\">Todd Roe</p> </div> </div>"
        #expect(try Self.authors(head: Self.jsonLD(author: "Todd"), body: Self.post(before: boxes)) == ["Todd Roe"])
    }

    @Test func editorsLabelAndTheRoleInParentheses() throws {
        let line = "<div class=\"news-date\">05.02.2020 <span>- Redaktion: Eberhard Roe (Pressesprecher des Vereins)</span></div>"
        #expect(try Self.authors(body: Self.post(before: line)) == ["Eberhard Roe"])
    }

    @Test func interviewersCreditInALabelledBox() throws {
        let credits = "<div class=\"credits\"><div class=\"credits-label\">Interview</div><div class=\"credits-text\">SVEN ROE</div></div>"
        #expect(try Self.authors(body: Self.post(after: credits)) == ["SVEN ROE"])
    }

    @Test func interviewCommentAndConversationBylines() throws {
        let lead = "<p><em>Ein Interview von <strong>Eugen Lee</strong> mit <strong>Sonja Roe</strong>.</em></p>"
        #expect(try Self.authors(head: Self.jsonLD(author: "Paul Roe"), body: Self.post(before: lead)) == ["Eugen Lee"])
        #expect(MetadataResolver.authorNames("Ein Kommentar von Ann Lee") == ["Ann Lee"])
        // A broadcaster's conversation credits both.
        let conversation = "<p class=\"author\">Richard Roe im Gespräch mit Karin Lee</p>"
        #expect(try Self.authors(body: Self.post(before: conversation)) == ["Richard Roe", "Karin Lee"])
    }

    @Test func labelledBylineInsideAShareBar() throws {
        // Not the first lines under the headline, which are read whatever their box.
        let standfirst = "<p class=\"standfirst\">How the council finally agreed on buses, bikes and parking.</p>"
            + "<div class=\"dateline\">Monday, 6 January 2020</div>"
        let bar = "<div class=\"share-bar\"><div class=\"share-bar-author\">By <span>Michael Roe</span></div>"
            + "<a href=\"https://www.facebook.com/sharer/sharer.php\">Facebook</a></div>"
        #expect(try Self.authors(body: Self.post(before: standfirst + bar)) == ["Michael Roe"])
    }

    // MARK: - Signatures

    @Test func signatureBeforeASidebarKeptWithTheArticle() throws {
        let prose = "<p>\(HTMLFixtures.paragraphs.joined(separator: " "))</p>"
        let ticker = (1...5).map { hour in
            "<ul><li class=\"date\">vor \(hour) Stunden</li><li>Die Stadt hat heute weitere Pläne für den Verkehr vorgestellt, "
                + "die im Herbst im Rat beraten und danach umgesetzt werden sollen.</li></ul>"
        }
        let body = "<article><h1>Council approves transport plan</h1><div class=\"text\">\(prose)<p><b><i>Stefan Roe</i></b></p></div>"
            + "<div class=\"shortnews\"><h2>Kurznachrichten</h2>\(ticker.joined())</div></article>"
        #expect(try Self.authors(body: body) == ["Stefan Roe"])
    }

    @Test func nameInParenthesesSignsTheStoryAndCompletesALogin() throws {
        let signed = "<p><strong>Die Politik bleibt spannend.</strong> (Christian P. Roe) +++</p>"
        #expect(try Self.authors(head: Self.jsonLD(author: "christian.roe"), body: Self.post(after: signed)) == ["Christian P. Roe"])
        // A remark in parentheses is no signature.
        let remark = "<p>Die Politik bleibt spannend (mehr dazu morgen).</p>"
        #expect(try Self.authors(body: Self.post(after: remark)).isEmpty)
    }

    // MARK: - A press release's contact

    @Test func pressReleaseContactIsTheLastResort() throws {
        let contact = "<p><strong>Pressekontakt</strong><br>Dr. Tim Roe<br>Pressesprecher<br>Tel.: 030 1234567</p>"
        #expect(try Self.authors(body: Self.post(after: contact)) == ["Dr. Tim Roe"])
        // A menu's contact link followed by the next item is not one.
        let menu = "<footer><ul><li><a href=\"/kontakt\">Kontakt</a></li><li><a href=\"/mobil\">Mobile Webseite</a></li></ul></footer>"
        #expect(try Self.authors(body: Self.post() + menu).isEmpty)
        // Nor is the site's address in its footer.
        let address = "<footer><h3>Kontakt</h3><p>Knabenchor Musterstadt<br>Beethovenstraße 1<br>Tel. 030 1234567</p></footer>"
        #expect(try Self.authors(body: Self.post() + address).isEmpty)
    }

    // MARK: - Markup for other works and long texts

    @Test func citedPapersAuthorsAreNotTheArticles() throws {
        let head = "<meta name=\"dc.creator\" content=\"Mona Roe\">"
        let references = "<ol><li itemprop=\"citation\" itemscope itemtype=\"http://schema.org/ScholarlyArticle\">"
            + "<meta itemprop=\"author\" content=\"K. Lee, P. Roe\"><span>Bus lane use in winter.</span></li></ol>"
        #expect(try Self.authors(head: head, body: Self.post(after: references)) == ["Mona Roe"])
    }

    @Test func teaserHeadlineInABylineBoxIsNoName() throws {
        let boxes = "<div class=\"author\">Isabel Roe y José Lee</div><div class=\"author\">"
            + "Cantantes, actores y un exfutbolista: vecinos del valle protestan por la venta de terrenos a famosos El Diario</div>"
        #expect(try Self.authors(body: Self.post(before: boxes)) == ["Isabel Roe", "José Lee"])
        #expect(MetadataResolver.authorNames("Cantantes, actores y un exfutbolista: vecinos del valle protestan por la venta de terrenos a famosos").isEmpty)
    }
}
