import NewsdeskCore
import NewsdeskExtract

/// What became of one input.
enum DocumentResult: Sendable {
    case article(Article, origin: String)
    /// Already stored: found by id before extraction.
    case known(id: String, origin: String)
    case rejected(Rejection, origin: String)
}

/// Reads, checks and extracts one input. Shared by `ingest` and `extract`; `isKnown` lets
/// ingest skip documents the store already has before paying for extraction.
struct DocumentJob: Sendable {
    let pipeline: DocumentPipeline
    let reader: InputReader
    let url: String?
    let sourceName: String?
    let isKnown: @Sendable (String) -> Bool

    init(settings: ExtractionSettings, url: String?, sourceName: String?, isKnown: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.pipeline = DocumentPipeline(settings: settings)
        self.reader = InputReader(maxBytes: settings.maxInputBytes)
        self.url = url
        self.sourceName = sourceName
        self.isKnown = isKnown
    }

    func run(_ item: InputItem) -> DocumentResult {
        let origin = item.path
        let bytes: [UInt8]
        switch reader.read(item) {
        case .success(let read): bytes = read
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
        let raw = RawDocument(bytes: bytes, origin: origin, url: url, sourceName: sourceName)
        switch pipeline.prepare(raw) {
        case .failure(let rejection):
            return .rejected(rejection, origin: origin)
        case .success(let prepared):
            if isKnown(prepared.id) { return .known(id: prepared.id, origin: origin) }
            switch pipeline.extract(prepared) {
            case .success(let article): return .article(article, origin: origin)
            case .failure(let rejection): return .rejected(rejection, origin: origin)
            }
        }
    }
}
