import Foundation
import NewsdeskCore
import NewsdeskEntities
@testable import NewsdeskStories
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

    @Test func anEntityNamedInTheTitleLeadsTheActors() {
        // The title is not in the text the entity stage reads; an entity it names still weighs most.
        let text = "Elena Orlova visited the Dorval plant on Monday.\n\nVexoria said the plant would stay open."
        let story = article("Vexoria keeps its Dorval plant", text)
        func found(_ name: String, _ id: String, _ type: NameType) -> [Mention] {
            var mentions: [Mention] = []
            var searched = story.text.startIndex..<story.text.endIndex
            while let range = story.text.range(of: name, range: searched) {
                let start = story.text.utf8.distance(from: story.text.startIndex, to: range.lowerBound)
                mentions.append(Mention(span: TextSpan(start: start, end: start + name.utf8.count), text: name, type: type, kind: .name, entity: id))
                searched = range.upperBound..<story.text.endIndex
            }
            return mentions
        }
        let layer = EntityLayer(
            mentions: found("Elena Orlova", "nd:name:elena-orlova", .person) + found("Vexoria", "nd:name:vexoria", .organization),
            entities: [])
        let actors = builder.profile(of: story, entities: layer).actors
        let weights = Dictionary(uniqueKeysWithValues: zip(actors.features, actors.weights))
        let company = weights[StoryProfileBuilder.entityFeature("nd:name:vexoria")] ?? 0
        let person = weights[StoryProfileBuilder.entityFeature("nd:name:elena-orlova")] ?? 0
        #expect(company > person, "\(company) vs \(person)")
        #expect(StoryProfileBuilder.names("vexoria keeps its plant", "vexoria"))
        #expect(!StoryProfileBuilder.names("vexorian plans", "vexoria"))
    }

    @Test func theDaysAnArticleNamesTellTwoEventsOfOneKindApart() {
        let text = "An earthquake struck the island on Sunday, the agency said."
        let story = article("Quake strikes island", text, published: nil)
        func times(_ value: String) -> TimeLayer {
            TimeLayer(expressions: [TimeExpression(span: TextSpan(start: 36, end: 42), text: "Sunday", kind: .date, value: value)])
        }
        let sunday = builder.profile(of: story, entities: nil, times: times("XXXX-WXX-7"))
        let sundayAgain = builder.profile(of: story, entities: nil, times: times("XXXX-WXX-7"))
        let tuesday = builder.profile(of: story, entities: nil, times: times("XXXX-WXX-2"))
        #expect(sunday.terms.dot(sundayAgain.terms) > sunday.terms.dot(tuesday.terms) + 0.1)
        // A month or a duration is no day.
        #expect(StoryProfileBuilder.days(times("2008-09")) == nil)
        #expect(StoryProfileBuilder.days(times("2008-09-13")) != nil)
    }

    @Test func daysReadFromISODates() {
        #expect(StoryDay(iso: "1970-01-02")?.number == 1)
        #expect(StoryDay(iso: "2024-05-23T18:00:00+02:00")?.iso == "2024-05-23")
        #expect(StoryDay(iso: "2024-02-30") == nil)
        #expect(StoryDay(iso: "23/05/2024") == nil)
    }
}
