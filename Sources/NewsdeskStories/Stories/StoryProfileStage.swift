public import NewsdeskCore
import NewsdeskEntities
import NewsdeskText

/// Profiles the article for grouping into stories (`StoryProfileBuilder`): its words weighted
/// by rarity, the names it mentions and the entities they resolve to when the entity stage ran
/// before it, the days its time expressions name when the time stage did, and its publication
/// day. Grouping itself happens where articles meet each other
/// (ingest, or an `analyze` of several inputs).
public struct StoryProfileStage: Stage {
    public static let id = "story-profile"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text]
    public static let provides: Set<AnnotationKind> = [.storyProfile]

    public let settings: NoSettings

    public init(settings: NoSettings = NoSettings(), configuration: Configuration = Configuration()) {
        self.settings = settings
    }

    public func analyze(_ document: Document) -> StoryProfileLayer {
        // Without the word table every word weighs as a rare one: grouping still works, less well.
        let builder = StoryProfileBuilder(frequencies: try? WordFrequencies.standard.get())
        let layers = document.article.layers
        return StoryProfileLayer(profile: builder.profile(of: document.article, entities: layers[EntityLayer.self], times: layers[TimeLayer.self]))
    }
}
