public import NewsdeskCore

/// Groups articles into stories and stories into storylines as they arrive, one at a time, with
/// bounded work per article: the stories it is compared with are those sharing its heaviest
/// words (an inverted index over each story's heaviest ones), at most `candidateStories`.
///
/// An article joins the most similar story that admits it (`StoryCluster.admits`), or starts a
/// story; a new story joins the storyline whose actors are most like its own if that is
/// similar enough and the storyline's main actor is one of the story's two leading ones, or
/// starts one. Two stories that the same article fits, and that resemble each other, are merged. Holds at most `settings.capacity` stories in memory: the caller
/// (ingest) gives it the stored stories an article may belong to (`remember`), and takes the
/// changes to store them (`takeChanges`).
public struct StoryGrouping: Sendable {
    public let settings: StorySettings
    private var stories: [String: StoryCluster] = [:]
    private var storylines: [String: StorylineCluster] = [:]
    private var storyPostings = Postings()
    private var storylinePostings = Postings()
    /// When each story and storyline was last used, for forgetting the least recent.
    private var lastUse: [String: Int] = [:]
    private var clock = 0
    private var changedStories: Set<String> = []
    private var changedStorylines: Set<String> = []
    private var merges: [StoryMerge] = []
    /// Stories merged into another, to the one that took them (for articles of this batch).
    private var mergedInto: [String: String] = [:]

    /// Stories an article is compared with.
    static let candidateStories = 32
    /// An article's heaviest words that stories are looked up by.
    public static let queryFeatures = 32

    public init(settings: StorySettings = StorySettings()) {
        self.settings = settings
    }

    /// Whether stories or storylines were let go for capacity (the store holds them).
    public private(set) var hasForgotten = false

    public func contains(story id: String) -> Bool { stories[id] != nil }
    public func contains(storyline id: String) -> Bool { storylines[id] != nil }

    /// Takes a stored story into memory (kept as it is if already there).
    public mutating func remember(_ record: StoryRecord) {
        guard stories[record.id] == nil else { return }
        put(StoryCluster(record: record, settings: settings))
    }

    public mutating func remember(_ record: StorylineRecord) {
        guard storylines[record.id] == nil else { return }
        putStoryline(StorylineCluster(record: record))
    }

    /// The story and storyline of an article with this id and profile, which it joins (or starts).
    public mutating func assign(articleID: String, title: String?, profile: StoryProfile) -> (story: String, storyline: String?) {
        clock += 1
        var scored: [(id: String, similarity: Double)] = []
        for id in candidates(for: profile.terms) {
            guard let story = stories[id] else { continue }
            let similarity = story.similarity(to: profile, settings: settings)
            if story.admits(similarity, settings: settings) { scored.append((id, similarity)) }
        }
        scored.sort { ($0.similarity, $1.id) > ($1.similarity, $0.id) }
        guard let best = scored.first, var story = stories[best.id] else {
            let id = "s-" + articleID.prefix(16)
            let storyline = storyline(forNewStory: profile, title: title, articleID: articleID)
            put(StoryCluster(id: id, title: title, profile: profile, storyline: storyline, settings: settings))
            changedStories.insert(id)
            if let storyline { addArticle(profile, toStoryline: storyline) }
            return (id, storyline)
        }
        unindex(story)
        story.add(profile, similarity: best.similarity, settings: settings)
        for other in scored.dropFirst() {
            guard let absorbed = stories[other.id], story.resemblance(to: absorbed) >= settings.mergeThreshold else { continue }
            story.absorb(absorbed.record, settings: settings)
            merge(absorbed, into: story.record)
        }
        put(story)
        changedStories.insert(story.record.id)
        if let storyline = story.record.storyline { addArticle(profile, toStoryline: storyline) }
        return (story.record.id, story.record.storyline)
    }

    /// The story an id now stands for (the one it was merged into, if it was).
    public func resolve(story id: String) -> String {
        var id = id
        while let next = mergedInto[id] { id = next }
        return id
    }

    public func storyline(ofStory id: String) -> String? { stories[resolve(story: id)]?.record.storyline }

    /// The stories and storylines changed since the last call, and the merges made, for the
    /// store; then forgets the least recently used past capacity.
    public mutating func takeChanges() -> StoryChanges {
        let changes = StoryChanges(
            stories: changedStories.sorted().compactMap { stories[$0]?.record },
            storylines: changedStorylines.sorted().compactMap { storylines[$0]?.record },
            merges: merges)
        changedStories.removeAll()
        changedStorylines.removeAll()
        merges.removeAll()
        mergedInto.removeAll()
        forgetLeastRecent()
        return changes
    }

    /// The ids of the stories sharing the most of these heaviest words.
    func candidates(for terms: FeatureVector) -> [String] {
        storyPostings.mostShared(terms.heaviestFeatures(Self.queryFeatures), limit: Self.candidateStories)
    }

    private mutating func storyline(forNewStory profile: StoryProfile, title: String?, articleID: String) -> String? {
        guard !profile.actors.isEmpty else { return nil }
        let keys = profile.actors.heaviestFeatures(StorylineRecord.indexedFeatures)
        // A storyline follows its main actor: a story joins one if that actor is among its own
        // two leading ones (two companies of one industry share many names, not the lead).
        let leading = Set(keys.prefix(2))
        var best: (id: String, similarity: Double)?
        for id in storylinePostings.mostShared(keys, limit: Self.candidateStories) {
            guard let line = storylines[id] else { continue }
            let similarity = line.similarity(to: profile.actors)
            // Unless the actors are alike on the whole (one company under two spellings).
            guard line.mainActor.map(leading.contains) == true || similarity >= settings.storylineAlike else { continue }
            if similarity >= settings.storylineThreshold, similarity > best?.similarity ?? -1 { best = (id, similarity) }
        }
        if let best, var line = storylines[best.id] {
            line.addStory()
            putStoryline(line)
            return best.id
        }
        let id = "l-" + articleID.prefix(16)
        putStoryline(StorylineCluster(record: StorylineRecord(id: id, title: title, stories: 1)))
        return id
    }

    /// Adds an article's actors to a storyline (whose heaviest features, its index keys, may change).
    private mutating func addArticle(_ profile: StoryProfile, toStoryline id: String) {
        guard var line = storylines[id] else { return }
        line.addArticle(profile, settings: settings)
        putStoryline(line)
        changedStorylines.insert(id)
    }

    private mutating func merge(_ cluster: StoryCluster, into story: StoryRecord) {
        unindex(cluster)
        let absorbed = cluster.record
        stories[absorbed.id] = nil
        lastUse[absorbed.id] = nil
        changedStories.remove(absorbed.id)
        mergedInto[absorbed.id] = story.id
        merges.append(StoryMerge(story: absorbed.id, into: story.id))
        guard absorbed.storyline != story.storyline else { return }
        if let old = absorbed.storyline, storylines[old] != nil {
            storylines[old]?.removeStory(articles: absorbed.articles)
            changedStorylines.insert(old)
        }
        if let new = story.storyline, storylines[new] != nil {
            storylines[new]?.receive(articles: absorbed.articles)
            changedStorylines.insert(new)
        }
    }

    private mutating func put(_ story: StoryCluster) {
        stories[story.record.id] = story
        storyPostings.add(story.record.id, keys: story.indexKeys)
        lastUse[story.record.id] = clock
    }

    private mutating func unindex(_ story: StoryCluster) {
        storyPostings.remove(story.record.id, keys: story.indexKeys)
    }

    private mutating func putStoryline(_ line: StorylineCluster) {
        if let old = storylines[line.record.id] { storylinePostings.remove(old.record.id, keys: old.indexKeys) }
        storylines[line.record.id] = line
        storylinePostings.add(line.record.id, keys: line.indexKeys)
        lastUse[line.record.id] = clock
    }

    private mutating func forgetLeastRecent() {
        for (excess, isStory) in [(stories.count - settings.capacity, true), (storylines.count - settings.capacity, false)] where excess > 0 {
            let ids = isStory ? Array(stories.keys) : Array(storylines.keys)
            for id in ids.sorted(by: { (lastUse[$0] ?? 0, $0) < (lastUse[$1] ?? 0, $1) }).prefix(excess) {
                if isStory, let story = stories.removeValue(forKey: id) {
                    unindex(story)
                } else if let line = storylines.removeValue(forKey: id) {
                    storylinePostings.remove(id, keys: line.indexKeys)
                }
                lastUse[id] = nil
                hasForgotten = true
            }
        }
    }
}

/// Ids by the features they are indexed by.
private struct Postings: Sendable {
    private var ids: [UInt64: [String]] = [:]

    mutating func add(_ id: String, keys: [UInt64]) {
        for key in keys { ids[key, default: []].append(id) }
    }

    mutating func remove(_ id: String, keys: [UInt64]) {
        for key in keys {
            ids[key]?.removeAll { $0 == id }
            if ids[key]?.isEmpty == true { ids[key] = nil }
        }
    }

    /// The ids indexed by the most of `keys` (ties: the smaller id), at most `limit`.
    func mostShared(_ keys: [UInt64], limit: Int) -> [String] {
        var shared: [String: Int] = [:]
        for key in keys {
            for id in ids[key] ?? [] { shared[id, default: 0] += 1 }
        }
        return shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key)
    }
}
