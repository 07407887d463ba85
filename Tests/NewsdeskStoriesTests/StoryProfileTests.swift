import Foundation
import NewsdeskCore
import NewsdeskEntities
import NewsdeskStories
import NewsdeskText
import Testing

@Suite struct StoryProfileTests {
    private let builder = StoryProfileBuilder(frequencies: try? WordFrequencies.standard.get())

    private func article(_ title: String, _ text: String, published: String? = "2026-03-02") -> Article {
        let paragraphs = text.components(separatedBy: "\n\n")
        var offset = 0
        var spans: [Paragraph] = []
        for paragraph in paragraphs {
            spans.append(Paragraph(kind: .paragraph, span: TextSpan(start: offset, end: offset + paragraph.utf8.count)))
            offset += paragraph.utf8.count + 2
        }
        return Article(id: "x", title: title, published: published, language: "en", text: text, paragraphs: spans)
    }

    @Test func rareWordsOutweighCommonOnes() {
        let profile = builder.profile(
            of: article("Ferry capsizes", "The ferry capsized off the island of Lampedusa on Monday and the coast guard said that the search went on."),
            entities: nil)
        let weights = Dictionary(uniqueKeysWithValues: zip(profile.terms.features, profile.terms.weights))
        func weight(_ word: String) -> Float { StoryProfileBuilder.feature(ofWord: word).flatMap { weights[$0] } ?? 0 }
        #expect(weight("Lampedusa") > weight("said"))
        #expect(weight("ferry") > weight("the"))
        #expect(weight("the") > 0)
        #expect(abs(profile.terms.length - 1) < 1e-5)
        #expect(profile.day == StoryDay(iso: "2026-03-02")?.number)
    }

    @Test func entityIdsLetTwoLanguagesMeet() {
        let english = article("Orlova meets Brandt", "Elena Orlova met Karl Brandt in Vienna on Monday.")
        let french = Article(
            id: "y", title: "Orlova rencontre Brandt", published: "2026-03-02", language: "fr",
            text: "Elena Orlova a rencontré Karl Brandt lundi à Vienne.",
            paragraphs: [Paragraph(kind: .paragraph, span: TextSpan(start: 0, end: 54))])
        func layer(_ text: String, _ names: [(String, NameType, String)]) -> EntityLayer {
            let mentions = names.compactMap { name, type, id -> Mention? in
                guard let range = text.range(of: name) else { return nil }
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                return Mention(span: TextSpan(start: start, end: start + name.utf8.count), text: name, type: type, kind: .name, entity: id)
            }
            return EntityLayer(mentions: mentions, entities: [])
        }
        let names: [(String, NameType, String)] = [("Elena Orlova", .person, "nd:person:elena-orlova"), ("Karl Brandt", .person, "nd:person:karl-brandt")]
        let withEntities = (
            builder.profile(of: english, entities: layer(english.text, names + [("Vienna", .place, "Q1741")])),
            builder.profile(of: french, entities: layer(french.text, names + [("Vienne", .place, "Q1741")])))
        let without = (builder.profile(of: english, entities: nil), builder.profile(of: french, entities: nil))
        #expect(withEntities.0.terms.dot(withEntities.1.terms) > without.0.terms.dot(without.1.terms))
        #expect(withEntities.0.actors.dot(withEntities.1.actors) > 0.99, "the same actors in both languages")
        #expect(without.0.actors.isEmpty)
    }

    @Test func daysReadFromISODates() {
        #expect(StoryDay(iso: "1970-01-02")?.number == 1)
        #expect(StoryDay(iso: "2024-05-23T18:00:00+02:00")?.iso == "2024-05-23")
        #expect(StoryDay(iso: "2024-02-30") == nil)
        #expect(StoryDay(iso: "23/05/2024") == nil)
    }
}
