public import NewsdeskCore
public import NewsdeskExtract
public import NewsdeskStore
public import Foundation

/// Ingest: documents through the pipeline on worker threads, into the store through one writer,
/// in input order, committed in batches. Plain text learns its source's template as it goes;
/// each article is compared with the stored ones as it is written, and a copy records the
/// earliest stored copy as its `duplicateOf` (`CopyLinker`); then it joins a story and
/// storyline (`StoryLinker`).
/// What is extracted before a stop is requested is committed; running the same inputs again
/// finishes the rest (stored documents are recognised by their id before extraction).
public struct IngestRun {
    public let store: any NewsdeskStore
    public let pipeline: Pipeline
    public let metadata: InputMetadata
    public let jobs: Int
    /// Articles per transaction: large enough to amortise commits, small enough that an
    /// interruption loses little work.
    public var batchSize = 64

    public init(store: any NewsdeskStore, pipeline: Pipeline, metadata: InputMetadata = InputMetadata(), jobs: Int) {
        self.store = store
        self.pipeline = pipeline
        self.metadata = metadata
        self.jobs = max(1, jobs)
    }

    /// Ingests the inputs; `report` is called on the calling thread after each input with the
    /// counts so far and the problem that input had, if any.
    public func run(
        _ items: [InputItem], shouldStop: @escaping @Sendable () -> Bool = { false },
        report: (IngestTally, IngestTally.Problem?) -> Void = { _, _ in }
    ) throws(StoreError) -> IngestTally {
        let store = self.store
        let templates = SourceTemplateCache(store: store)
        let processor = DocumentProcessor(
            pipeline: pipeline, metadata: metadata,
            isKnown: { id in (try? store.contains(id: id)) ?? false },
            sourceTemplates: { source in templates.keys(for: source) })
        var tally = IngestTally(total: items.count)

        // The documents of the next transaction, with where each came from.
        var batch: [(document: Document, origin: String)] = []
        var linker = CopyLinker(store: store)
        var stories = StoryLinker(store: store)

        func commit() throws {
            var documents = batch.map(\.document)
            let start = ThreadCPUClock.now
            try linker.link(&documents)
            tally.cpuSeconds[IngestTally.linkingCopies, default: 0] += ThreadCPUClock.now - start
            tally.copies += documents.count { $0.article.duplicateOf != nil }
            let grouping = ThreadCPUClock.now
            try stories.link(&documents)
            tally.cpuSeconds[IngestTally.groupingStories, default: 0] += ThreadCPUClock.now - grouping
            let articles = zip(documents, batch).map { StoredArticle(document: $0, origin: $1.origin) }
            for outcome in try store.insert(articles, stories: stories.takeChanges()) {
                if outcome == .stored { tally.stored += 1 } else { tally.duplicates += 1 }
            }
            templates.invalidate(Set(articles.compactMap { $0.learnedLines?.source }))
            batch.removeAll(keepingCapacity: true)
        }

        let map = OrderedParallelMap(inputs: items, window: jobs * 16, transform: { processor.process($0, shouldStop: shouldStop) })
        do {
            try map.run(jobs: jobs, shouldStop: shouldStop) { _, outcome in
                var problem: IngestTally.Problem?
                switch outcome {
                case .processed(let document, let origin):
                    tally.cpuSeconds.merge(document.cpuSeconds, uniquingKeysWith: +)
                    batch.append((document, origin))
                    if batch.count >= batchSize { try commit() }
                case .known:
                    tally.duplicates += 1
                case .rejected(let rejection, let origin):
                    problem = tally.record(rejection, path: origin)
                }
                report(tally, problem)
            }
            try commit()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "\(error)")
        }
        return tally
    }
}

/// Counts of an ingest run and the inputs that did not make it, with their reasons.
public struct IngestTally: Sendable {
    public struct Problem: Sendable, Encodable {
        public var path: String
        /// `skipped` (not an article) or `failed` (could not be read).
        public var status: String
        public var code: String
        public var reason: String
    }

    public var total: Int
    public var stored = 0
    /// Inputs already stored (the same bytes), which are not stored again.
    public var duplicates = 0
    /// Articles found to copy an earlier one (their `duplicateOf` is set); stored like the others.
    public var copies = 0
    /// CPU seconds by stage id over the documents processed, and `linkingCopies` for comparing
    /// each article with the stored ones as it is written.
    public var cpuSeconds: [String: Double] = [:]
    public static let linkingCopies = "link-copies"
    /// CPU seconds of grouping articles into stories and storylines as they are written.
    public static let groupingStories = "group-stories"

    public var skipped = 0
    public var failed = 0
    public var problems: [Problem] = []
    public let started = Date()

    public init(total: Int) {
        self.total = total
    }

    public var done: Int { stored + duplicates + skipped + failed }
    public var isClean: Bool { skipped == 0 && failed == 0 }
    public var elapsed: Double { Date().timeIntervalSince(started) }

    mutating func record(_ rejection: Rejection, path: String) -> Problem {
        let status = rejection.isSkip ? "skipped" : "failed"
        if rejection.isSkip { skipped += 1 } else { failed += 1 }
        let problem = Problem(path: path, status: status, code: rejection.code.rawValue, reason: rejection.detail)
        problems.append(problem)
        return problem
    }
}
