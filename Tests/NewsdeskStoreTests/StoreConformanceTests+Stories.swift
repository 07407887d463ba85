import NewsdeskCore
import NewsdeskStore
import Testing

/// Conformance: stories and storylines written with the articles they group, found again by
/// their index keys, merged, listed, and forgotten for a regrouping.
extension StoreConformanceTests {
    private func story(_ id: String, storyline: String, day: Int, articles: Int, words: [UInt64: Float]) -> StoryRecord {
        StoryRecord(
            id: id, storyline: storyline, title: "Pont fermé", articles: articles, firstDay: day, lastDay: day,
            terms: FeatureVector(words), actors: FeatureVector([7: 1]))
    }

    private func grouped(_ prefix: String, story: String, storyline: String) -> StoredArticle {
        var stored = StoreFixtures.article(StoreFixtures.id(prefix), title: "Pont fermé", text: "Le pont du port fermera.", published: "2026-03-02")
        stored.article.story = story
        stored.article.storyline = storyline
        return stored
    }

    @Test(arguments: StoreFactory.all)
    func storiesAreStoredWithTheirArticlesAndFoundByTheirKeys(factory: StoreFactory) throws {
        let store = try emptyStore(factory)
        let line = StorylineRecord(id: "l-1", title: "Pont fermé", stories: 2, articles: 3, actors: FeatureVector([7: 1]))
        let bridge = story("s-1", storyline: "l-1", day: 20_500, articles: 2, words: [1: 3, 2: 2, 3: 1])
        let other = story("s-2", storyline: "l-1", day: 20_510, articles: 1, words: [3: 1, 9: 5])
        let outcomes = try store.insert(
            [grouped("c1", story: "s-1", storyline: "l-1"), grouped("c2", story: "s-1", storyline: "l-1"), grouped("c3", story: "s-2", storyline: "l-1")],
            stories: StoryChanges(stories: [bridge, other], storylines: [line]))
        #expect(outcomes == [.stored, .stored, .stored])
        #expect(try store.story(idPrefix: "s-1") == bridge)
        #expect(try store.storyline(idPrefix: "l-1") == line)
        #expect(try store.article(idPrefix: "c100").article.story == "s-1")
        #expect(try store.storiesSharing(keySets: [[1], [9, 3]], perKey: 4, limit: 8) == [["s-1"], ["s-2", "s-1"]])
        #expect(try store.storylinesSharing(keySets: [[7]], perKey: 4, limit: 8) == [["l-1"]])
        #expect(try store.storyList(sinceDay: 20_505, entity: nil, storyline: nil, limit: 10).map(\.id) == ["s-2"])
        #expect(try store.members(ofStory: "s-1").map(\.summary.id) == [StoreFixtures.id("c1"), StoreFixtures.id("c2")])

        // A merge moves the articles and removes the story and its keys.
        _ = try store.insert([], stories: StoryChanges(merges: [StoryMerge(story: "s-2", into: "s-1")]))
        #expect(try store.article(idPrefix: "c300").article.story == "s-1")
        #expect(try store.stories(ids: ["s-1", "s-2"]).map(\.id) == ["s-1"])
        #expect(try store.storiesSharing(keySets: [[9]], perKey: 4, limit: 8) == [[]])

        try store.clearStories()
        #expect(try store.storyList(sinceDay: nil, entity: nil, storyline: nil, limit: 10).isEmpty)
        #expect(try store.article(idPrefix: "c100").article.story == nil)
        #expect(try store.articleIDsByDate().count == 3)
    }
}
