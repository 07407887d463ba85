public import NewsdeskCore
public import NewsdeskStore

/// Between the pipeline's documents and the store's rows: each stage run becomes a stored
/// layer (its version, and its layer's JSON and index keys when it left one), and stored
/// layers are read back by the registered layer types.
extension StoredArticle {
    public init(document: Document, origin: String?) {
        let article = document.article
        let offsets = ScalarOffsetMap(article.text)
        let layers = document.runs.map { run -> StoredLayer in
            guard let kind = run.layer, let layer = article.layers[kind] else {
                return StoredLayer(stage: run.stage, version: run.version)
            }
            return StoredLayer(
                stage: run.stage, version: run.version, kind: kind.rawValue,
                json: String(decoding: layer.fieldsJSON(offsets: offsets), as: UTF8.self),
                keys: layer.indexKeys.map {
                    LayerKey(key: $0.key, start: offsets.scalarOffset(ofUTF8: $0.span.start), end: offsets.scalarOffset(ofUTF8: $0.span.end))
                })
        }
        // Plain text keeps its decoded input, so it can be cleaned again once more is known.
        let original = document.input.flatMap { $0.isHTML ? nil : $0.text }
        self.init(article: article, origin: origin, learnedLines: document.learnedLines, original: original, layers: layers)
    }
}

extension Document {
    /// A stored article with its layers read back, and its stage runs, to run stages over. A
    /// layer whose kind no registered stage leaves (written by a newer Newsdesk) is kept as a
    /// run without its layer. A layer that cannot be read (a damaged database) is left out with
    /// its run, so its stage counts as not run and a re-run writes it again; `unreadable` says
    /// which.
    public static func reading(_ stored: StoredArticle) -> (document: Document, unreadable: [LayerDecodingError]) {
        var article = stored.article
        let offsets = ScalarOffsetMap(article.text)
        var runs: [StageRun] = []
        var unreadable: [LayerDecodingError] = []
        for layer in stored.layers {
            let kind = layer.kind.map(AnnotationKind.init(rawValue:))
            if let kind, let json = layer.json, let type = StageRegistry.layerTypes[kind] {
                do {
                    article.layers.set(try type.init(fields: Array(json.utf8), offsets: offsets))
                } catch let error as LayerDecodingError {
                    unreadable.append(error)
                    continue
                } catch {
                    unreadable.append(LayerDecodingError(kind: kind, reason: "cannot be read: \(error)"))
                    continue
                }
            }
            runs.append(StageRun(stage: layer.stage, version: layer.version, layer: kind))
        }
        return (Document(article: article, runs: runs), unreadable)
    }
}
