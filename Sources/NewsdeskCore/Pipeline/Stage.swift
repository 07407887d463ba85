/// One step of the pipeline: it reads what earlier stages provided and adds to it.
///
/// A stage declares a stable `id` and `version` (stored with every run, so a stage whose version
/// changed can be re-run over stored articles), the annotation kinds it `requires` and
/// `provides` (checked when a `Pipeline` is built), and its own `Settings`, read from the
/// `Configuration` under its id. `analyze` is pure: it looks at one document and returns its
/// output, which the runner attaches; a unit test can call it on a hand-built document.
public protocol Stage: Sendable {
    associatedtype Settings: StageSettings
    associatedtype Output: StageOutput

    static var id: String { get }
    static var version: Int { get }
    static var requires: Set<AnnotationKind> { get }
    static var provides: Set<AnnotationKind> { get }

    var settings: Settings { get }

    /// Builds the stage from its settings and the configuration's shared values (resource root,
    /// limits). Resources are opened lazily or memory-mapped: building a stage must stay cheap.
    init(settings: Settings, configuration: Configuration) throws(StageError)

    /// The stage's output for one document; a rejection ends the document's way through the
    /// pipeline (only extraction rejects: an input that holds no article).
    func analyze(_ document: Document) throws(Rejection) -> Output

    /// What a tool should tell its user about this stage: it runs, but with less than it should
    /// have (a lexicon missing from the installation). Library code does not print.
    var warnings: [String] { get }
}

/// What a stage returns; `attach` puts it on the document (the runner calls it).
public protocol StageOutput: Sendable {
    func attach(to document: inout Document)

    /// The kind of layer this output is; nil when it is none (`AnnotationLayer` says its kind).
    /// Known statically: asking each output `as? any AnnotationLayer` scanned the process's
    /// conformance records once per stage, a few percent of a one-document run.
    static var layerKind: AnnotationKind? { get }
}

extension StageOutput {
    public static var layerKind: AnnotationKind? { nil }
}

/// A stage's settings: decoded from the configuration file's entry for the stage, every field
/// optional there, `init()` giving the defaults.
public protocol StageSettings: Sendable, Equatable, Decodable {
    init()
}

/// A stage without settings of its own.
public struct NoSettings: StageSettings {
    public init() {}
}

/// A stage that cannot be built: a resource it needs is missing or damaged, or its settings
/// are invalid. Names the stage and the reason.
public struct StageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var stage: String
    public var reason: String

    public init(stage: String, reason: String) {
        self.stage = stage
        self.reason = reason
    }

    public var description: String { "stage '\(stage)': \(reason)" }
}

extension Stage {
    public var warnings: [String] { [] }

    /// Runs the stage on a document and attaches its output, recording the run.
    public func run(on document: inout Document) throws(Rejection) {
        let output = try analyze(document)
        output.attach(to: &document)
        let run = StageRun(stage: Self.id, version: Self.version, layer: Output.layerKind)
        if let index = document.runs.firstIndex(where: { $0.stage == Self.id }) {
            document.runs[index] = run
        } else {
            document.runs.append(run)
        }
    }
}

/// That a stage ran on a document, with its version and the layer it left, if any.
public struct StageRun: Sendable, Equatable {
    public var stage: String
    public var version: Int
    /// The layer the run attached; nil when its output lives in the article's own fields
    /// (extraction, language).
    public var layer: AnnotationKind?

    public init(stage: String, version: Int, layer: AnnotationKind? = nil) {
        self.stage = stage
        self.version = version
        self.layer = layer
    }
}
