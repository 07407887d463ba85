import Foundation
import NewsdeskExtract
import NewsdeskStore

/// The learned templates of the sources an ingest run meets, read from the store once and
/// read again after the writer commits new documents of that source.
final class SourceTemplateCache: @unchecked Sendable {
    private let store: any SourceTemplateStoring
    // Guarded by `lock`.
    private let lock = NSLock()
    private var templates: [String: SourceTemplate] = [:]

    init(store: any SourceTemplateStoring) {
        self.store = store
    }

    func template(for source: String) -> SourceTemplate {
        lock.lock()
        if let cached = templates[source] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let keys = (try? store.templateKeys(
            source: source, minimumDocuments: SourceTemplate.minimumDocuments, minimumShare: SourceTemplate.minimumShare)) ?? []
        let template = SourceTemplate(keys: keys)
        lock.lock()
        templates[source] = template
        lock.unlock()
        return template
    }

    /// Forgets what is cached for sources whose counts just changed.
    func invalidate(_ sources: some Sequence<String>) {
        lock.lock()
        for source in sources { templates.removeValue(forKey: source) }
        lock.unlock()
    }
}
