public import NewsdeskStore
import NewsdeskCore
public import NewsdeskStories

/// Groups every stored article into stories and storylines again, from nothing: after the
/// grouping settings change, or for an archive ingested before stories existed. Articles are
/// taken by publication day (undated last), as ingest in date order would have taken them;
/// profiles are built again from the stored text and entities. Ingest never needs this.
public struct Restory {
    public let store: any NewsdeskStore
    public var settings: StorySettings
    /// Articles grouped per transaction.
    public var batchSize = 64

    public init(store: any NewsdeskStore, settings: StorySettings = StorySettings()) {
        self.store = store
        self.settings = settings
    }

    public struct Summary: Sendable, Equatable, Encodable {
        public var articles = 0
        public var stories = 0
        public var storylines = 0
    }

    public func run() throws(StoreError) -> Summary {
        try store.clearStories()
        var linker = StoryLinker(store: store, settings: settings)
        let profiler = StoryProfileStage()
        var summary = Summary()
        var stories = Set<String>()
        var storylines = Set<String>()
        let ids = try store.articleIDsByDate()
        for start in stride(from: 0, to: ids.count, by: batchSize) {
            var documents: [Document] = []
            for id in ids[start..<min(start + batchSize, ids.count)] {
                var document = Document.reading(try store.article(idPrefix: id)).document
                profiler.analyze(document).attach(to: &document)
                documents.append(document)
            }
            try linker.link(&documents)
            let changes = linker.takeChanges()
            try store.assignStories(
                documents.map { StoryAssignment(article: $0.article.id, story: $0.article.story, storyline: $0.article.storyline) },
                changes: changes)
            summary.articles += documents.count
            stories.formUnion(changes.stories.map(\.id))
            stories.subtract(changes.merges.map(\.story))
            storylines.formUnion(changes.storylines.map(\.id))
        }
        summary.stories = stories.count
        summary.storylines = storylines.count
        return summary
    }
}
