public import NewsdeskCore
public import NewsdeskExtract

/// One input through the pipeline: read, checked, identified, decoded, then every stage.
/// Shared by every command that reads documents (`ingest`, `extract`, `analyze`) and by the
/// server to come.
public struct DocumentProcessor: Sendable {
    public let pipeline: Pipeline
    private let reader: InputReader
    private let preparation: InputPreparation
    private let metadata: InputMetadata
    private let isKnown: @Sendable (String) -> Bool
    private let sourceTemplates: (@Sendable (String) -> Set<String>)?

    /// `isKnown` lets a caller with a store skip documents it already has before paying for
    /// decoding and the stages; `sourceTemplates` lets plain text be cleaned with what its
    /// source is known to repeat (and learn it).
    public init(
        pipeline: Pipeline, metadata: InputMetadata = InputMetadata(),
        isKnown: @escaping @Sendable (String) -> Bool = { _ in false },
        sourceTemplates: (@Sendable (String) -> Set<String>)? = nil
    ) {
        self.pipeline = pipeline
        self.reader = InputReader(maxBytes: pipeline.configuration.limits.maxInputBytes)
        self.preparation = InputPreparation(limits: pipeline.configuration.limits)
        self.metadata = metadata
        self.isKnown = isKnown
        self.sourceTemplates = sourceTemplates
    }

    /// The outcome of one input; `shouldStop` ends a wait on a named pipe (an interrupted run).
    public func process(_ item: InputItem, shouldStop: () -> Bool = { false }) -> DocumentOutcome {
        let origin = item.path
        let bytes: [UInt8]
        switch reader.read(item, shouldStop: shouldStop) {
        case .success(let read): bytes = read
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
        var metadata = self.metadata
        if case .record(_, _, let given) = item { metadata = given.filling(from: metadata) }
        let prepared: PreparedInput
        switch preparation.prepare(RawDocument(bytes: bytes, origin: origin, metadata: metadata)) {
        case .success(let ready): prepared = ready
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
        if isKnown(prepared.id) { return .known(id: prepared.id, origin: origin) }
        var document = Document(input: preparation.decode(prepared))
        document.sourceTemplates = sourceTemplates
        do {
            try pipeline.run(&document)
        } catch {
            return .rejected(error, origin: origin)
        }
        return .processed(document, origin: origin)
    }
}

/// What became of one input.
public enum DocumentOutcome: Sendable {
    case processed(Document, origin: String)
    /// Already stored: recognised by its id before extraction.
    case known(id: String, origin: String)
    case rejected(Rejection, origin: String)
}
