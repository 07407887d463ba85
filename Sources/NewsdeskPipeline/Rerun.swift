import NewsdeskCore
public import NewsdeskStore
import NewsdeskExtract

/// Runs stages again over stored articles: the stages chosen, or else every stage whose stored
/// version is not the current one, plus extraction of plain text whose source has since been
/// found to repeat lines (site template). A stage that re-runs takes along every later stage
/// that reads what it provides, so no layer is left resting on text that changed.
///
/// Extraction re-runs only where the input was kept (plain text); an HTML page is not stored,
/// so its extraction stays as it was and the stages after it still re-run.
public struct Rerun {
    public let store: any NewsdeskStore
    /// The pipeline whose stages may run again (normally the default one).
    public let pipeline: Pipeline
    /// The stages to re-run; nil for what is out of date.
    public var chosen: [String]?
    /// Only the articles of this source.
    public var source: String?
    /// Count what would change without writing.
    public var dryRun = false
    /// Articles rewritten per transaction.
    public var batchSize = 64

    public init(store: any NewsdeskStore, pipeline: Pipeline, chosen: [String]? = nil, source: String? = nil, dryRun: Bool = false) {
        self.store = store
        self.pipeline = pipeline
        self.chosen = chosen
        self.source = source
        self.dryRun = dryRun
    }

    /// Per stage: how many articles it ran on.
    public struct StageTally: Sendable, Equatable, Encodable {
        public var stage: String
        public var articles = 0
    }

    public struct Summary: Sendable, Equatable, Encodable {
        public var articles = 0
        public var changed = 0
        public var templateLinesRemoved = 0
        /// Stored layers that could not be read (a damaged database); their stages ran again.
        public var unreadableLayers = 0
        public var stages: [StageTally]
    }

    public func run() throws(RerunError) -> Summary {
        if let chosen, let unknown = chosen.first(where: { !pipeline.ids.contains($0) }) {
            throw .pipeline(PipelineError("'\(unknown)' is not a stage of the pipeline (\(pipeline.ids.joined(separator: ", ")))"))
        }
        var summary = Summary(stages: pipeline.ids.map { StageTally(stage: $0) })
        var templates: [String: Set<String>] = [:]
        var batch: [StoredArticle] = []
        do {
            for id in try articleIDs() {
                let stored = try store.article(idPrefix: id)
                var (document, unreadable) = Document.reading(stored)
                summary.unreadableLayers += unreadable.count
                if let original = stored.original { document.input = Self.input(original, of: stored.article) }
                let articleSource = stored.article.source.name ?? stored.article.source.domain
                let template = try articleSource.map { try templateKeys($0, cache: &templates) } ?? []
                if !template.isEmpty { document.sourceTemplates = { @Sendable _ in template } }
                guard let (updated, ran) = rerun(document, hasTemplate: !template.isEmpty) else { continue }
                for index in ran { summary.stages[index].articles += 1 }
                summary.articles += 1
                // Only what ran is written: the layers of other stages stay as stored.
                let ranIDs = Set(ran.map { type(of: pipeline.stages[$0]).id })
                var rewritten = StoredArticle(document: updated, origin: stored.origin)
                rewritten.layers.removeAll { !ranIDs.contains($0.stage) }
                rewritten.learnedLines = nil  // counted when it was ingested
                guard Self.differs(rewritten, from: stored) || !unreadable.isEmpty else { continue }
                summary.changed += 1
                summary.templateLinesRemoved += Self.templateLines(updated.article) - Self.templateLines(document.article)
                if !dryRun {
                    batch.append(rewritten)
                    if batch.count >= batchSize {
                        try store.update(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
            try store.update(batch)
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(StoreError(.database, "\(error)"))
        }
        return summary
    }

    /// The document after the stages it needs ran, and their indices; nil when none is needed.
    /// A stage that rejects the document (plain text that no longer yields an article with its
    /// source's template) is left out with what depends on it, and the others run on the
    /// stored article.
    private func rerun(_ document: Document, hasTemplate: Bool) -> (Document, [Int])? {
        var excluded: Set<String> = []
        while true {
            let stages = selection(for: document, hasTemplate: hasTemplate, excluding: excluded)
            guard !stages.isEmpty else { return nil }
            var attempt = document
            var rejected: String?
            for index in stages {
                let stage = pipeline.stages[index]
                do {
                    try stage.run(on: &attempt)
                } catch {
                    rejected = type(of: stage).id
                    break
                }
            }
            guard let rejected else { return (attempt, stages) }
            excluded.insert(rejected)
        }
    }

    /// The articles to visit: of the source, or those a chosen or out-of-date stage concerns.
    private func articleIDs() throws(StoreError) -> [String] {
        var ids: [String] = []
        if let source {
            try store.forEachArticle(source: source) { ids.append($0.article.id) }
            guard !ids.isEmpty else { throw StoreError(.notFound, "no stored article has the source '\(source)'") }
            return ids
        }
        guard chosen == nil else {
            try store.forEachArticle { ids.append($0.article.id) }
            return ids
        }
        var seen = Set<String>()
        for stage in pipeline.stages {
            let stageType = type(of: stage)
            for id in try store.articleIDs(whereStage: stageType.id, isNot: stageType.version) where seen.insert(id).inserted {
                ids.append(id)
            }
        }
        for learned in try store.learnedSources() {
            try store.forEachArticle(source: learned.value) { stored in
                if stored.original != nil, seen.insert(stored.article.id).inserted { ids.append(stored.article.id) }
            }
        }
        return ids
    }

    /// Indices of the stages to run on this document, in pipeline order.
    private func selection(for document: Document, hasTemplate: Bool, excluding excluded: Set<String>) -> [Int] {
        let canExtract = document.input != nil
        var changed: Set<AnnotationKind> = []
        var selected: [Int] = []
        for (index, stage) in pipeline.stages.enumerated() {
            let stageType = type(of: stage)
            if excluded.contains(stageType.id) || (stageType.requires.contains(.input) && !canExtract) { continue }
            let wanted: Bool
            if let chosen {
                wanted = chosen.contains(stageType.id)
            } else {
                let ran = document.runs.first { $0.stage == stageType.id }
                wanted = ran?.version != stageType.version || (stageType.requires.contains(.input) && hasTemplate)
            }
            if wanted || !stageType.requires.isDisjoint(with: changed) {
                selected.append(index)
                changed.formUnion(stageType.provides)
            }
        }
        return selected
    }

    private func templateKeys(_ source: String, cache: inout [String: Set<String>]) throws(StoreError) -> Set<String> {
        if let keys = cache[source] { return keys }
        let keys = try store.templateKeys(
            source: source, minimumDocuments: SourceTemplate.minimumDocuments, minimumShare: SourceTemplate.minimumShare)
        cache[source] = keys
        return keys
    }

    /// The stored plain text as the input it was.
    private static func input(_ original: String, of article: Article) -> DecodedInput {
        DecodedInput(
            id: article.id, origin: article.id, utf8: Array(original.utf8), encoding: article.encoding, isHTML: false,
            metadata: InputMetadata(url: article.url, sourceName: article.source.name))
    }

    /// Whether writing `rewritten` would change the stored article: its fields, or a layer of a
    /// stage that ran (its version, JSON or keys; keys compared as the store keeps them, each
    /// once in text order). Compared in stored form, since a layer the article's JSON does not
    /// carry (a fingerprint) reads back from the store without its data.
    private static func differs(_ rewritten: StoredArticle, from stored: StoredArticle) -> Bool {
        var fields = rewritten.article
        fields.layers = AnnotationSet()
        guard fields == stored.article else { return true }
        func form(_ layer: StoredLayer) -> StoredLayer {
            var layer = layer
            layer.keys = Set(layer.keys).sorted { ($0.start, $0.end, $0.key) < ($1.start, $1.end, $1.key) }
            return layer
        }
        return rewritten.layers.contains { layer in
            stored.layers.first { $0.stage == layer.stage }.map(form) != form(layer)
        }
    }

    private static func templateLines(_ article: Article) -> Int {
        article.removed.count { $0.reason == .siteTemplate }
    }
}

public enum RerunError: Error, Sendable, CustomStringConvertible {
    case pipeline(PipelineError)
    case store(StoreError)

    public var description: String {
        switch self {
        case .pipeline(let error): error.description
        case .store(let error): error.description
        }
    }
}
