import Foundation
import NewsdeskExtract
import NewsdeskStore

/// The learned templates of the sources an ingest run meets, read from the store once and
/// read again after the writer commits new documents of that source.
final class SourceTemplateCache: @unchecked Sendable {
    private let store: any SourceTemplateStoring
    // Guarded by `lock`.
    private let lock = NSLock()
    private var templates: [String: Set<String>] = [:]
    /// Bumped by every invalidation: keys read from the store before one are not cached after it.
    private var generation = 0

    init(store: any SourceTemplateStoring) {
        self.store = store
    }

    /// The template line keys of a source (empty while too little is known).
    func keys(for source: String) -> Set<String> {
        lock.lock()
        if let cached = templates[source] {
            lock.unlock()
            return cached
        }
        let readAt = generation
        lock.unlock()
        let keys = (try? store.templateKeys(
            source: source, minimumDocuments: SourceTemplate.minimumDocuments, minimumShare: SourceTemplate.minimumShare)) ?? []
        lock.lock()
        if generation == readAt { templates[source] = keys }
        lock.unlock()
        return keys
    }

    /// Forgets what is cached for sources whose counts just changed.
    func invalidate(_ sources: some Sequence<String>) {
        lock.lock()
        for source in sources { templates.removeValue(forKey: source) }
        generation += 1
        lock.unlock()
    }
}
