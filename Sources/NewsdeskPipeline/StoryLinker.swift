public import NewsdeskCore
public import NewsdeskStore
public import NewsdeskStories

/// Sets `story` and `storyline` on articles as ingest stores them, in input order
/// (`StoryGrouping`), and keeps the stories in the store.
///
/// Work per article is bounded: the stories it is compared with are found through the index of
/// the stories in memory and, once the store may hold others, one store lookup per batch (its
/// heaviest words, each word's most recent stories). A batch costs at most four store reads;
/// its stories are written with its articles, in one transaction.
public struct StoryLinker {
    public let store: any StoryStoring & ArticleStoring
    private var grouping: StoryGrouping
    /// Whether the store may hold stories that are not in memory; nil until first asked.
    private var storeHasOthers: Bool?

    /// The heaviest words an article looks stored stories up by, the stories (and storylines)
    /// per key a lookup considers, and the most kept per article: fewer than the stories in
    /// memory are compared with, since each one read costs its decoding.
    static let lookupFeatures = 16
    static let perKey = 4
    static let fromStore = 12

    public init(store: any StoryStoring & ArticleStoring, settings: StorySettings = StorySettings()) {
        self.store = store
        grouping = StoryGrouping(settings: settings)
    }

    /// Sets each document's story and storyline, in order (articles without a story profile
    /// are left without). Articles of the batch meet each other as well as the stored ones.
    public mutating func link(_ documents: inout [Document]) throws(StoreError) {
        let profiles = documents.map { $0.article.layers[StoryProfileLayer.self]?.profile }
        try rememberStored(for: profiles.compactMap { $0 })
        for index in documents.indices {
            guard let profile = profiles[index], !profile.isEmpty else { continue }
            let article = documents[index].article
            documents[index].article.story = grouping.assign(articleID: article.id, title: article.title, profile: profile).story
        }
        // Stories merged later in the batch: their articles follow.
        for index in documents.indices {
            guard let story = documents[index].article.story else { continue }
            documents[index].article.story = grouping.resolve(story: story)
            documents[index].article.storyline = grouping.storyline(ofStory: story)
        }
    }

    /// What the batches linked since the last call changed, for the store to write with their
    /// articles.
    public mutating func takeChanges() -> StoryChanges {
        grouping.takeChanges()
    }

    /// Reads into memory the stored stories and storylines these profiles may belong to.
    private mutating func rememberStored(for profiles: [StoryProfile]) throws(StoreError) {
        if storeHasOthers == nil { storeHasOthers = try !store.list(limit: 1, offset: 0).isEmpty }
        guard storeHasOthers == true || grouping.hasForgotten, !profiles.isEmpty else { return }
        let storyKeys = profiles.map { $0.terms.heaviestFeatures(Self.lookupFeatures) }
        let storyIDs = Set(try store.storiesSharing(keySets: storyKeys, perKey: Self.perKey, limit: Self.fromStore).joined())
        for story in try store.stories(ids: storyIDs.filter { !grouping.contains(story: $0) }.sorted()) { grouping.remember(story) }
        let lineKeys = profiles.map { $0.actors.heaviestFeatures(StorylineRecord.indexedFeatures) }
        let lineIDs = Set(try store.storylinesSharing(keySets: lineKeys, perKey: Self.perKey, limit: Self.fromStore).joined())
        for line in try store.storylines(ids: lineIDs.filter { !grouping.contains(storyline: $0) }.sorted()) { grouping.remember(line) }
    }
}
