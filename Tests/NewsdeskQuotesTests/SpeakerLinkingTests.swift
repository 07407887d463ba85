import Foundation
import NewsdeskCore
import NewsdeskEntities
import Testing

@testable import NewsdeskQuotes

/// Speakers linked to the entity layer: names by the mention that covers them, pronouns by the
/// entity they can stand for, named as that entity.
@Suite struct SpeakerLinkingTests {
    static let text = "Maria Olvera met the Harbor Authority on Monday. It said the port would close, and she said it would not."

    /// The span of `words` where they first follow `context` in the text.
    static func span(_ words: String, after context: String = "") -> TextSpan {
        guard let found = text.range(of: context + words) else { return TextSpan(start: 0, end: 0) }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound) + context.utf8.count
        return TextSpan(start: start, end: start + words.utf8.count)
    }

    static func mention(_ words: String, _ type: NameType, _ entity: String) -> Mention {
        Mention(span: span(words), text: words, type: type, kind: .name, entity: entity)
    }

    static let layer = EntityLayer(
        mentions: [mention("Maria Olvera", .person, "nd:person:maria-olvera"), mention("Harbor Authority", .organization, "nd:organization:harbor-authority")],
        entities: [
            Entity(id: "nd:person:maria-olvera", type: .person, name: "Maria Olvera", wikidata: nil, geonames: nil),
            Entity(id: "nd:organization:harbor-authority", type: .organization, name: "Harbor Authority", wikidata: nil, geonames: nil),
        ])

    static func pronoun(_ word: String, after context: String) -> QuoteSpeaker {
        QuoteSpeaker(span: span(word, after: context), name: word, kind: .pronoun)
    }

    @Test func pronounsTakeTheEntityTheyCanStandForAndItsName() {
        let it = Self.pronoun("It", after: "Monday. ")
        let she = Self.pronoun("she", after: "close, and ")
        #expect(Self.text[utf8: it.span] == "It" && Self.text[utf8: she.span] == "she")
        var quotes = [
            Quote(span: TextSpan(start: 0, end: 1), text: "x", kind: .indirect, speaker: it),
            Quote(span: TextSpan(start: 0, end: 1), text: "x", kind: .indirect, speaker: she),
        ]
        SpeakerLinking(layer: Self.layer).link(&quotes, text: Self.text)
        #expect(quotes[0].speaker?.entity == "nd:organization:harbor-authority")
        #expect(quotes[0].speaker?.name == "Harbor Authority")
        #expect(quotes[1].speaker?.entity == "nd:person:maria-olvera")
        #expect(quotes[1].speaker?.name == "Maria Olvera")
        #expect(quotes[1].speaker?.span == she.span, "the span stays where the text names the speaker")
    }

    @Test func aNameTakesTheMentionThatCoversIt() {
        let name = QuoteSpeaker(span: Self.span("Maria Olvera"), name: "Maria Olvera", kind: .name)
        var quotes = [Quote(span: TextSpan(start: 0, end: 1), text: "x", kind: .indirect, speaker: name)]
        SpeakerLinking(layer: Self.layer).link(&quotes, text: Self.text)
        #expect(quotes[0].speaker?.entity == "nd:person:maria-olvera")
        #expect(quotes[0].speaker?.name == "Maria Olvera")
    }

    /// The quotes of `text` with people named as given (words, entity id), linked.
    static func quotes(_ text: String, people: [(String, String)], language: String = "en") throws -> [Quote] {
        var document = try QuoteFixtures.document([text], language: language)
        let mentions = try people.map { words, entity in
            let range = try #require(text.range(of: words))
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return Mention(span: TextSpan(start: start, end: start + words.utf8.count), text: words, type: .person, kind: .name, entity: entity)
        }
        let entities = people.map { Entity(id: $0.1, type: .person, name: $0.0, wikidata: nil, geonames: nil) }
        EntityLayer(mentions: mentions, entities: entities).attach(to: &document)
        return try QuoteStage().analyze(document).quotes
    }

    static func firstQuote(_ text: String, people: [(String, String)]) throws -> Quote {
        try #require(try quotes(text, people: people).first)
    }

    @Test func aHeadlineSourceMustNameSomeone() throws {
        // German capitalises every noun: a label before a colon names nobody.
        #expect(try Self.quotes("Hinweis: Die Decke ist aus Baumwolle und hält lange warm.", people: [], language: "de").isEmpty)
        let quotes = try Self.quotes("Merz: Die Lage ist ernst und wir handeln jetzt.", people: [("Merz", "nd:person:merz")], language: "de")
        #expect(quotes.map(\.speaker?.entity) == ["nd:person:merz"])
        // Elsewhere a name the entity stage missed still names a source; a common word does not.
        #expect(try Self.quotes("Poll: Voters are split on the new tax plan.", people: []).isEmpty)
        #expect(try Self.quotes("Caddell: Voters are worried about the new tax plan.", people: []).map(\.speaker?.name) == ["Caddell"])
    }

    @Test func aPronounPassesOverPeopleOfTheOtherGender() throws {
        // "Ms." makes Varga a woman; Tom Reyes, named last, is not known to be one.
        let quote = try Self.firstQuote(
            "Ms. Varga met Tom Reyes on Monday. She said the port would close.",
            people: [("Varga", "nd:person:varga"), ("Tom Reyes", "nd:person:tom-reyes")])
        #expect(quote.text == "the port would close")
        #expect(quote.speaker?.entity == "nd:person:varga")
        #expect(quote.speaker?.name == "Varga")
    }

    @Test func onlySubjectPronounsTellAGender() throws {
        // "him" says nothing of Jane Okoro; the "She" of the next sentence, which names nobody,
        // makes her a woman, and the last one named.
        let quote = try Self.firstQuote(
            "Ms. Varga met Tom Reyes on Monday. Later Jane Okoro scolded him. She said the port would close.",
            people: [("Varga", "nd:person:varga"), ("Tom Reyes", "nd:person:tom-reyes"), ("Jane Okoro", "nd:person:jane-okoro")])
        #expect(quote.speaker?.entity == "nd:person:jane-okoro", "\(String(describing: quote.speaker))")
    }
}
