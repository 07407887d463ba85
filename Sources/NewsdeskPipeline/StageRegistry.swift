public import NewsdeskCore
import NewsdeskEntities
import NewsdeskExtract
import NewsdeskQuotes
import NewsdeskStories
import NewsdeskText

/// Every stage Newsdesk has. Adding an analysis stage is its folder or target, one line in
/// `analysisStages`, and its tests.
public enum StageRegistry {
    /// The stages that turn an input into an article; a pipeline starts with one of them.
    public static let inputStages: [any Stage.Type] = [
        ExtractionStage.self,
        VerbatimStage.self,
    ]

    /// The stages that analyse an article, in the order they run.
    public static let analysisStages: [any Stage.Type] = [
        LanguageStage.self,
        SentenceStage.self,
        TimeStage.self,
        EntityStage.self,
        QuoteStage.self,
        FingerprintStage.self,
        StoryProfileStage.self,
    ]

    public static let stages = inputStages + analysisStages

    /// What `ingest`, `extract` and `analyze` run: extraction, then every analysis stage.
    public static let defaultPipeline = [ExtractionStage.id] + analysisStages.map { $0.id }
    /// What `analyze --verbatim` runs: the input is the text; then every analysis stage.
    public static let verbatimPipeline = [VerbatimStage.id] + analysisStages.map { $0.id }

    public static func stage(id: String) -> (any Stage.Type)? {
        stages.first { $0.id == id }
    }

    /// The layer type each stage leaves, by kind: how stored layers are read back.
    public static let layerTypes: [AnnotationKind: any AnnotationLayer.Type] = Dictionary(
        stages.compactMap { stage in stage.layerType.map { ($0.kind, $0) } }, uniquingKeysWith: { first, _ in first })
}

extension Stage {
    /// The layer type of this stage's output, when its output is a layer.
    static var layerType: (any AnnotationLayer.Type)? { Output.self as? any AnnotationLayer.Type }

    /// The stage built with its settings from the configuration.
    static func make(configuration: Configuration) throws(StageError) -> any Stage {
        try Self(settings: configuration.settings(Settings.self, forStage: id), configuration: configuration)
    }
}
