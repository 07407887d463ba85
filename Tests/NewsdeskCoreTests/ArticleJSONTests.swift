import Foundation
import NewsdeskCore
import Testing

@Suite struct ArticleJSONTests {
    /// A text with multi-byte scalars before and inside paragraphs.
    static func sample() -> Article {
        var builder = ArticleTextBuilder()
        builder.append("Éléments  de\u{00A0}réponse", kind: .heading)
        builder.append("« Nous avons trouvé un compromis », a déclaré 🇪🇺 la présidente.", kind: .paragraph)
        return Article(
            id: "abc", url: "https://example.org/a", source: Source(name: "Exemple", domain: "example.org"),
            title: "Titre", description: "Un accord trouvé après six heures.", authors: ["Julie Martin"],
            published: "2024-05-23", modified: "2024-05-24T08:15:00Z", language: "fr",
            text: builder.text, paragraphs: builder.paragraphs,
            credits: [Credit(role: .agency, agency: "AFP", text: "Avec l'AFP")],
            removed: [Removal(text: "PUBLICITÉ", reason: .advertisementLabel)], encoding: "utf-8")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let article = Self.sample()
        let json = try JSONSerialization.jsonObject(with: Data(article.jsonData())) as? [String: Any]
        let paragraphs = try #require(json?["paragraphs"] as? [[String: Any]])
        let scalars = Array(article.text.unicodeScalars)
        for (record, paragraph) in zip(paragraphs, article.paragraphs) {
            let start = try #require(record["start"] as? Int)
            let end = try #require(record["end"] as? Int)
            // Python's text[start:end] is the paragraph.
            let viaScalars = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(viaScalars == String(article.text[utf8: paragraph.span]))
        }
        #expect(paragraphs.first?["kind"] as? String == "heading")
    }

    @Test func keysFollowTheContractOrder() throws {
        let text = String(decoding: Self.sample().jsonData(), as: UTF8.self)
        let keys = ["\"id\"", "\"url\"", "\"source\"", "\"title\"", "\"description\"", "\"authors\"", "\"published\"",
                    "\"modified\"", "\"language\"",
                    "\"text\"", "\"paragraphs\"", "\"credits\"", "\"removed\"", "\"encoding\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(text.contains("\"url\":\"https://example.org/a\""), "slashes are not escaped")
    }

    @Test func roundTrips() throws {
        let article = Self.sample()
        let decoded = try JSONDecoder().decode(Article.self, from: Data(article.jsonData()))
        #expect(decoded == article)
    }

    @Test func nullsAreWrittenForMissingFields() throws {
        let text = String(decoding: Article(id: "x").jsonData(), as: UTF8.self)
        #expect(text.contains("\"url\":null"))
        #expect(text.contains("\"published\":null"))
        #expect(text.contains("\"modified\":null"))
        #expect(text.contains("\"description\":null"))
    }

    @Test func jsonWithoutModifiedOrDescriptionStillDecodes() throws {
        let json = #"{"id":"x","title":"T","authors":[],"published":"2024-05-23","text":"abc"}"#
        let article = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(article.published == "2024-05-23")
        #expect(article.modified == nil)
        #expect(article.description == nil)
    }

    @Test func prettyOutputIsValidJSONWithEscapes() throws {
        var article = Self.sample()
        article.title = "Quote \" backslash \\ tab \t bell \u{7}"
        let decoded = try JSONDecoder().decode(Article.self, from: Data(article.jsonData(pretty: true)))
        #expect(decoded == article)
        #expect(String(decoding: article.jsonData(pretty: true), as: UTF8.self).contains("\n  \"url\": \"https://example.org/a\""))
    }

    @Test func lineSeparatorsAreEscapedSoJSONLinesStayOneLine() throws {
        var article = Self.sample()
        article.title = "a\u{2028}b\u{2029}c\u{85}d é"
        let json = String(decoding: article.jsonData(), as: UTF8.self)
        #expect(json.contains(#""title":"a\u2028b\u2029c\u0085d é""#))
        #expect(try JSONDecoder().decode(Article.self, from: Data(article.jsonData())).title == article.title)
    }

    @Test func outOfRangeOffsetsAreRejected() {
        let json = #"{"id":"x","text":"abc","paragraphs":[{"kind":"paragraph","start":0,"end":9}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Article.self, from: Data(json.utf8)) }
    }
}
