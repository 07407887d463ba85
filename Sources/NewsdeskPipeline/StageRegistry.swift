public import NewsdeskCore
import NewsdeskExtract
import NewsdeskText

/// Every stage Newsdesk has. Adding a stage is its folder or target, one line here, and its tests.
public enum StageRegistry {
    /// The registered stages, in the order the default pipeline runs them.
    public static let stages: [any Stage.Type] = [
        ExtractionStage.self,
        VerbatimStage.self,
        LanguageStage.self,
        SentenceStage.self,
    ]

    /// What `ingest`, `extract` and `analyze` run: extraction, then every analysis stage.
    public static let defaultPipeline = stages.map { $0.id }.filter { $0 != VerbatimStage.id }
    /// What `analyze --verbatim` runs: the input is the text; then every analysis stage.
    public static let verbatimPipeline = stages.map { $0.id }.filter { $0 != ExtractionStage.id }

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
