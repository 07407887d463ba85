/// A story as Newsdesk keeps it: one event, the articles that report it. What the store holds
/// and the clustering updates; the articles name it by `id` (their `story`).
public struct StoryRecord: Sendable, Equatable {
    /// `s-` and the first 16 hex digits of the id of the article that started the story.
    public var id: String
    public var storyline: String?
    /// The title of the article that started it.
    public var title: String?
    public var articles: Int
    /// Days since 1970-01-01 of the earliest and latest dated articles; nil when none is dated.
    public var firstDay: Int?
    public var lastDay: Int?
    /// The similarities at which articles joined the story after its first, summed, and their
    /// number: how closely its articles resemble it, which a newcomer is held to.
    public var joinedSimilarity: Double
    public var joins: Int
    /// The sum of its articles' word profiles (unit vectors), bounded to the heaviest features.
    public var terms: FeatureVector
    /// The sum of its articles' actor profiles (who and where), bounded likewise.
    public var actors: FeatureVector

    public init(
        id: String, storyline: String? = nil, title: String? = nil, articles: Int = 0, firstDay: Int? = nil,
        lastDay: Int? = nil, joinedSimilarity: Double = 0, joins: Int = 0, terms: FeatureVector = FeatureVector(),
        actors: FeatureVector = FeatureVector()
    ) {
        self.id = id
        self.storyline = storyline
        self.title = title
        self.articles = articles
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.joinedSimilarity = joinedSimilarity
        self.joins = joins
        self.terms = terms
        self.actors = actors
    }

    /// How many of the heaviest word features the store indexes a story by.
    public static let indexedFeatures = 16

    /// The features the store finds the story by.
    public var indexKeys: [UInt64] { terms.heaviestFeatures(Self.indexedFeatures) }
}

/// A storyline: stories about the same actors, over months. Articles name it by `id` (their
/// `storyline`), through their story.
public struct StorylineRecord: Sendable, Equatable {
    /// `l-` and the first 16 hex digits of the id of the article that started it.
    public var id: String
    /// The title of the story that started it.
    public var title: String?
    public var stories: Int
    public var articles: Int
    public var firstDay: Int?
    public var lastDay: Int?
    /// The sum of its articles' actor profiles, bounded to the heaviest features.
    public var actors: FeatureVector

    public init(
        id: String, title: String? = nil, stories: Int = 0, articles: Int = 0, firstDay: Int? = nil, lastDay: Int? = nil,
        actors: FeatureVector = FeatureVector()
    ) {
        self.id = id
        self.title = title
        self.stories = stories
        self.articles = articles
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.actors = actors
    }

    /// How many of the heaviest actor features the store indexes a storyline by.
    public static let indexedFeatures = 8

    public var indexKeys: [UInt64] { actors.heaviestFeatures(Self.indexedFeatures) }
}

/// What grouping changed since it was last saved: the stories and storylines to write, and the
/// stories merged into others. Stored in the transaction that stores the articles grouped.
public struct StoryChanges: Sendable, Equatable {
    public var stories: [StoryRecord]
    public var storylines: [StorylineRecord]
    public var merges: [StoryMerge]

    public init(stories: [StoryRecord] = [], storylines: [StorylineRecord] = [], merges: [StoryMerge] = []) {
        self.stories = stories
        self.storylines = storylines
        self.merges = merges
    }

    public var isEmpty: Bool { stories.isEmpty && storylines.isEmpty && merges.isEmpty }
}

/// A story folded into another: its articles now belong to `into`.
public struct StoryMerge: Sendable, Equatable {
    public var story: String
    public var into: String

    public init(story: String, into: String) {
        self.story = story
        self.into = into
    }
}
