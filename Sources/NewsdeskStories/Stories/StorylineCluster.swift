public import NewsdeskCore

/// A storyline while stories are grouped: its record and the unit vector of its heaviest actor
/// features that a new story is compared with.
public struct StorylineCluster: Sendable {
    public private(set) var record: StorylineRecord
    private(set) var centroid: FeatureVector
    /// Its heaviest actor: who the storyline follows.
    private(set) var mainActor: UInt64?
    /// `record.indexKeys`, kept: the grouping's index reads them at every change.
    private(set) var indexKeys: [UInt64]

    /// Actor features a storyline is compared by.
    static let centroidFeatures = 50

    public init(record: StorylineRecord) {
        self.record = record
        centroid = record.actors.heaviest(Self.centroidFeatures).normalized()
        indexKeys = record.indexKeys
        mainActor = indexKeys.first
    }

    /// Cosine of a story's actors with the storyline's.
    func similarity(to actors: FeatureVector) -> Double { actors.dot(centroid) }

    /// Counts a story that starts in this storyline.
    mutating func addStory() {
        record.stories += 1
    }

    /// Adds an article of one of its stories.
    mutating func addArticle(_ profile: StoryProfile, settings: StorySettings) {
        record.articles += 1
        if let day = profile.day {
            record.firstDay = min(record.firstDay ?? day, day)
            record.lastDay = max(record.lastDay ?? day, day)
        }
        record.actors = record.actors.adding(profile.actors).heaviest(settings.keptFeatures)
        centroid = record.actors.heaviest(Self.centroidFeatures).normalized()
        indexKeys = record.indexKeys
        mainActor = indexKeys.first
    }

    /// Lets go of a story merged into one of another storyline.
    mutating func removeStory(articles: Int) {
        record.stories = max(0, record.stories - 1)
        record.articles = max(0, record.articles - articles)
    }

    /// Takes over the articles of a story merged into one of its stories.
    mutating func receive(articles: Int) {
        record.articles += articles
    }
}
