/// Remembers each word's per-language score across calls, for streams of many short texts
/// (`newsdesk language --lines`), where the same common words come back line after line.
///
/// A word's score for a language does not depend on the other candidates, so the cache only
/// needs to know which languages it holds scores for; it clears itself when used with an
/// identifier restricted to other languages, and when it is full. Not thread-safe: give each
/// thread its own.
public final class WordScoreCache {
    let capacity: Int
    /// (word key, byte length, script) → offset of the word's scores in `values`.
    var index: [UInt64: Int] = [:]
    /// One score per model language per cached word.
    var values: [Double] = []
    private var owner: Set<String>?? = .none

    public init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// Makes sure the cached scores were computed for `languages`; clears them otherwise.
    func prepare(for languages: Set<String>?) {
        if case .some(let current) = owner, current == languages { return }
        owner = .some(languages)
        removeAll()
    }

    func removeAll() {
        index.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }
}
