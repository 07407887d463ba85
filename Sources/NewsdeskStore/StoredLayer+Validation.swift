extension StoredLayer {
    /// Checks the layers given for one article against the rules every store keeps: a kind
    /// exactly when there is JSON, keys only with a kind, spans that are ranges, and no stage or
    /// kind twice.
    static func validate(_ layers: [StoredLayer], articleID: String) throws(StoreError) {
        var stages: Set<String> = []
        var kinds: Set<String> = []
        for layer in layers {
            func fail(_ reason: String) -> StoreError {
                StoreError(.invalidLayer, "article \(articleID.prefix(12)), stage '\(layer.stage)': \(reason)")
            }
            if layer.stage.isEmpty { throw fail("the stage id is empty") }
            if (layer.kind == nil) != (layer.json == nil) { throw fail("a layer has JSON exactly when it has a kind") }
            if layer.kind == nil && !layer.keys.isEmpty { throw fail("keys need a layer kind") }
            if let bad = layer.keys.first(where: { $0.start < 0 || $0.end < $0.start }) {
                throw fail("key '\(bad.key)' has the span \(bad.start)..<\(bad.end)")
            }
            if !stages.insert(layer.stage).inserted { throw fail("the stage is given twice") }
            if let kind = layer.kind, !kinds.insert(kind).inserted { throw fail("another stage also writes kind '\(kind)'") }
        }
    }
}
