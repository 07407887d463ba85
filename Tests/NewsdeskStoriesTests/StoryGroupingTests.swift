import NewsdeskCore
import NewsdeskStories
import Testing

/// Grouping on hand-made profiles: each feature a word, so that what joins and what splits
/// follows from the overlaps written here.
@Suite struct StoryGroupingTests {
    private func profile(_ words: [UInt64: Float], actors: [UInt64: Float] = [:], day: Int? = nil) -> StoryProfile {
        StoryProfile(terms: FeatureVector(words).normalized(), actors: FeatureVector(actors).normalized(), day: day)
    }

    /// Words 1–3 are the subject (a ferry accident); twelve words each of the 100s, 200s and
    /// 300s tell three events apart (two events: cosine 3 / 15 = 0.2).
    private let subject: [UInt64: Float] = [1: 1, 2: 1, 3: 1]

    private func event(_ base: UInt64, _ extra: [UInt64] = [], day: Int? = nil) -> StoryProfile {
        var words = subject
        for offset in 0..<12 { words[base + UInt64(offset)] = 1 }
        for word in extra { words[word] = 1 }
        return profile(words, actors: [base: 1], day: day)
    }

    @Test func reportsOfOneEventJoinOneStory() {
        var grouping = StoryGrouping()
        let first = grouping.assign(articleID: "a1", title: "first", profile: event(100, [7]))
        let second = grouping.assign(articleID: "a2", title: "second", profile: event(100, [8]))
        #expect(first.story == "s-a1")
        #expect(second.story == first.story)
        #expect(second.storyline == first.storyline)
    }

    @Test func twoEventsOfOneKindAreTwoStories() {
        var grouping = StoryGrouping()
        let lampedusa = grouping.assign(articleID: "a1", title: nil, profile: event(100))
        _ = grouping.assign(articleID: "a2", title: nil, profile: event(100, [7]))
        let corfu = grouping.assign(articleID: "a3", title: nil, profile: event(200))
        #expect(corfu.story != lampedusa.story)
    }

    @Test func aStoryOfCloseReportsTurnsAwayAnArticleThatOnlySharesItsSubject() {
        var settings = StorySettings()
        settings.threshold = 0.2
        var grouping = StoryGrouping(settings: settings)
        // Three near-identical reports make a tight story (they joined at similarity ≈ 0.9)...
        for id in ["a1", "a2", "a3"] { _ = grouping.assign(articleID: id, title: nil, profile: event(100)) }
        // ...which an article sharing the subject and a third of the details (similarity ≈ 0.47)
        // would pass on the threshold alone, but not against how closely the others joined.
        var halfway = subject
        for word: UInt64 in [100, 101, 102, 103, 900, 901, 902, 903, 904, 905, 906, 907] { halfway[word] = 1 }
        let other = grouping.assign(articleID: "b1", title: nil, profile: profile(halfway))
        #expect(other.story == "s-b1")
    }

    @Test func daysApartDecaySimilarity() {
        var grouping = StoryGrouping()
        let march = grouping.assign(articleID: "a1", title: nil, profile: event(100, day: 20_000))
        let nextDay = grouping.assign(articleID: "a2", title: nil, profile: event(100, day: 20_001))
        let monthsLater = grouping.assign(articleID: "a3", title: nil, profile: event(100, day: 20_150))
        #expect(nextDay.story == march.story)
        #expect(monthsLater.story != march.story, "the same words months later are another story")
        #expect(monthsLater.storyline == march.storyline, "with the same actors: the same storyline")
        let undated = grouping.assign(articleID: "a4", title: nil, profile: event(100))
        #expect([march.story, monthsLater.story].contains(undated.story), "an undated report is not held to a date")
    }

    @Test func storiesWithOtherActorsStartOtherStorylines() {
        var grouping = StoryGrouping()
        let one = grouping.assign(articleID: "a1", title: nil, profile: event(100, day: 20_000))
        let other = grouping.assign(articleID: "a2", title: nil, profile: event(300, day: 20_200))
        #expect(one.storyline != other.storyline)
        let none = grouping.assign(articleID: "a3", title: nil, profile: profile([5000: 1, 5001: 1]))
        #expect(none.storyline == nil, "no actors, no storyline")
    }

    @Test func aStorylineFollowsItsMainActor() {
        var grouping = StoryGrouping()
        // Two companies of one industry named together, months apart: the first story is led
        // by actor 7, the second by actor 8 with 7 far behind (actor cosine 0.37: enough to
        // join on similarity alone); a third is led by 7 again.
        let first = grouping.assign(articleID: "a1", title: nil, profile: profile([10: 1], actors: [7: 3, 8: 1, 9: 1], day: 20_000))
        let second = grouping.assign(articleID: "a2", title: nil, profile: profile([20: 1], actors: [8: 3, 10: 2, 7: 0.5], day: 20_100))
        let third = grouping.assign(articleID: "a3", title: nil, profile: profile([30: 1], actors: [7: 3, 9: 1], day: 20_200))
        #expect(second.storyline != first.storyline, "led by another actor")
        #expect(third.storyline == first.storyline)
    }

    @Test func aStorylineTakesTheSameActorsUnderAnotherMainID() {
        var grouping = StoryGrouping()
        // The company is spelled two ways (two ids, 7 and 17); everyone around it is the same.
        let first = grouping.assign(articleID: "a1", title: nil, profile: profile([10: 1], actors: [7: 3, 8: 2, 9: 2], day: 20_000))
        let second = grouping.assign(articleID: "a2", title: nil, profile: profile([20: 1], actors: [17: 3, 8: 2.5, 9: 2.5], day: 20_200))
        #expect(second.storyline == first.storyline)
    }

    @Test func anArticleThatBridgesTwoLikeStoriesMergesThem() {
        var settings = StorySettings()
        settings.threshold = 0.4
        settings.mergeThreshold = 0.5
        var grouping = StoryGrouping(settings: settings)
        // Two stories that share a third of their words (too little to join), and an article
        // that fits both (two thirds of each).
        let left = grouping.assign(articleID: "a1", title: nil, profile: profile([1: 1, 2: 1, 10: 1, 11: 1, 12: 1, 13: 1]))
        let right = grouping.assign(articleID: "b1", title: nil, profile: profile([1: 1, 2: 1, 20: 1, 21: 1, 22: 1, 23: 1]))
        #expect(left.story != right.story)
        let bridge = grouping.assign(articleID: "c1", title: nil, profile: profile([1: 1, 2: 1, 10: 1, 11: 1, 20: 1, 21: 1]))
        #expect([left.story, right.story].contains(bridge.story))
        #expect(grouping.resolve(story: left.story) == grouping.resolve(story: right.story))
        let changes = grouping.takeChanges()
        #expect(changes.merges.count == 1)
        #expect(changes.stories.map(\.id) == [bridge.story])
        #expect(changes.stories.first?.articles == 3)
    }

    @Test func changesAreTakenOnceAndTheLeastRecentStoriesForgotten() {
        var settings = StorySettings()
        settings.capacity = 2
        var grouping = StoryGrouping(settings: settings)
        for (index, base) in [UInt64(100), 200, 300].enumerated() {
            _ = grouping.assign(articleID: "a\(index)", title: nil, profile: event(base))
        }
        let changes = grouping.takeChanges()
        #expect(changes.stories.count == 3)
        #expect(grouping.takeChanges().stories.isEmpty)
        #expect(!grouping.contains(story: "s-a0"))
        #expect(grouping.contains(story: "s-a2"))
        #expect(grouping.hasForgotten)
        // A forgotten story given back by the store is found again.
        grouping.remember(changes.stories[0])
        #expect(grouping.assign(articleID: "z", title: nil, profile: event(100)).story == "s-a0")
    }
}
