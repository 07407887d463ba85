public import NewsdeskCore

/// The stories and storylines that ingest groups articles into (`StoryRecord`,
/// `StorylineRecord`): looked up by their index keys while grouping, saved after each batch,
/// read by `stories`, `story` and `storyline`. Articles name theirs in `story` and `storyline`.
public protocol StoryStoring: Sendable {
    /// For each key set, the ids of the stored stories indexed by the most of its keys (each
    /// key's `perKey` most recently dated stories), at most `limit`, most keys shared first.
    func storiesSharing(keySets: [[UInt64]], perKey: Int, limit: Int) throws(StoreError) -> [[String]]
    /// The same for storylines.
    func storylinesSharing(keySets: [[UInt64]], perKey: Int, limit: Int) throws(StoreError) -> [[String]]
    /// The stored stories of `ids` (those not stored left out), in one read.
    func stories(ids: [String]) throws(StoreError) -> [StoryRecord]
    func storylines(ids: [String]) throws(StoreError) -> [StorylineRecord]
    /// Sets the story and storyline of stored articles (by id) and writes what grouping them
    /// changed (as `insert(_:stories:)` does), in one transaction.
    func assignStories(_ assignments: [StoryAssignment], changes: StoryChanges) throws(StoreError)
    /// The ids of every stored article by publication day (undated last), then in ingest order:
    /// the order `restory` groups them in.
    func articleIDsByDate() throws(StoreError) -> [String]
    /// Forgets every story and storyline and every article's, before grouping again.
    func clearStories() throws(StoreError)

    /// Stories by their latest date (undated last): those with an article dated on or after
    /// `sinceDay`, of `storyline`, and with an article naming `entity`, as given.
    func storyList(sinceDay: Int?, entity: String?, storyline: String?, limit: Int) throws(StoreError) -> [StoryRecord]
    /// The story with this id (or the only one whose id starts so).
    func story(idPrefix: String) throws(StoreError) -> StoryRecord
    func storyline(idPrefix: String) throws(StoreError) -> StorylineRecord
    /// The articles of a story, by publication date (undated last), then in ingest order.
    func members(ofStory id: String) throws(StoreError) -> [StoryMember]
}

/// An article's place in a story, as ingest or `restory` decided it.
public struct StoryAssignment: Sendable, Equatable {
    public var article: String
    public var story: String?
    public var storyline: String?

    public init(article: String, story: String?, storyline: String?) {
        self.article = article
        self.story = story
        self.storyline = storyline
    }
}

/// An article of a story: its summary line and the first copy it copies, if it is a copy.
public struct StoryMember: Sendable, Equatable {
    public var summary: ArticleSummary
    public var duplicateOf: String?

    public init(summary: ArticleSummary, duplicateOf: String?) {
        self.summary = summary
        self.duplicateOf = duplicateOf
    }
}
