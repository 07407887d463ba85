/// One stage's run on one article, as the store keeps it.
///
/// A store keeps at most one run per stage and article: writing a stage again replaces its
/// layer and keys. A layer's `kind` belongs to that one stage: two stages of the same article
/// never write the same kind (the article's JSON has one field per kind).
public struct StoredLayer: Sendable, Equatable {
    /// The stage's stable id: "extract", "language", "sentences", "entities"…
    public var stage: String
    /// The version of the stage that produced the layer.
    public var version: Int
    /// The layer's kind ("sentences", "mentions"…); nil when the stage's output lives in the
    /// article's own columns (extraction, language): then only the run and version are recorded.
    public var kind: String?
    /// The layer's fields as one JSON object in the article contract's form (offsets in Unicode
    /// scalars), e.g. `{"sentences":[{"start":0,"end":12}]}`; nil exactly when `kind` is nil.
    public var json: String?
    /// What to index for queries: the entity ids of mentions, the speaker ids of quotes, the
    /// TIMEX values of times. Empty when `kind` is nil. A store gives them back in text order
    /// (by start, end, then key), each (key, span) once.
    public var keys: [LayerKey]

    public init(stage: String, version: Int, kind: String? = nil, json: String? = nil, keys: [LayerKey] = []) {
        self.stage = stage
        self.version = version
        self.kind = kind
        self.json = json
        self.keys = keys
    }
}

/// A value a layer is queried by, with the span of the text it comes from.
public struct LayerKey: Sendable, Hashable {
    public var key: String
    /// Unicode-scalar offset of the span's start in the article's text.
    public var start: Int
    /// Unicode-scalar offset just past the span's end.
    public var end: Int

    public init(key: String, start: Int, end: Int) {
        self.key = key
        self.start = start
        self.end = end
    }
}
