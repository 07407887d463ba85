import Synchronization

/// The gazetteer's answers, remembered across the documents of a process (each answer is a
/// binary search and some decoding; a news text asks about the same words and names again
/// and again). Bounded: forgets everything past a size, then fills again.
final class GazetteerMemo: Sendable {
    private struct Tables {
        var entities: [String: EntityRecord?] = [:]
        var aliases: [String: [Gazetteer.Alias]] = [:]
        var lookaheads: [String: (known: Bool, longer: Bool)] = [:]
        var lowercaseStarts: [String: Bool] = [:]

        var count: Int { entities.count + aliases.count + lookaheads.count + lowercaseStarts.count }
    }

    static let capacity = 200_000
    private let tables = Mutex(Tables())

    private func remembered<Value: Sendable>(
        _ path: WritableKeyPath<Tables, [String: Value]>, _ key: String, _ compute: () -> Value
    ) -> Value {
        if let known = tables.withLock({ $0[keyPath: path][key] }) { return known }
        let value = compute()
        tables.withLock { tables in
            if tables.count >= Self.capacity { tables = Tables() }
            tables[keyPath: path][key] = value
        }
        return value
    }

    func entity(_ id: String, _ compute: () -> EntityRecord?) -> EntityRecord? {
        remembered(\.entities, id, compute)
    }

    func aliases(_ key: String, _ compute: () -> [Gazetteer.Alias]) -> [Gazetteer.Alias] {
        remembered(\.aliases, key, compute)
    }

    func lowercaseStart(_ key: String, _ compute: () -> Bool) -> Bool {
        remembered(\.lowercaseStarts, key, compute)
    }

    func lookahead(_ key: String, _ compute: () -> (known: Bool, longer: Bool)) -> (known: Bool, longer: Bool) {
        remembered(\.lookaheads, key, compute)
    }
}
