import GRDB
import GRDBSQLite

/// Stops a query that runs past its time: SQLite calls a progress handler every few thousand
/// virtual-machine steps, and the handler interrupts the statement once the deadline has passed.
/// What a query does between steps (expanding a prefix inside FTS5) is bounded by FTSQuery's
/// limits on breadth instead.
enum QueryDeadline {
    /// Steps between two looks at the clock: a look costs tens of nanoseconds, a thousand steps
    /// microseconds.
    private static let steps: Int32 = 1_000

    /// Runs `body` on `db`, interrupting its statements after `limit`; an interrupted query is a
    /// `.badQuery` error that says so.
    static func run<T>(_ db: Database, within limit: Duration, _ body: () throws -> T) throws -> T {
        let deadline = UnsafeMutablePointer<ContinuousClock.Instant>.allocate(capacity: 1)
        deadline.initialize(to: .now + limit)
        let connection = db.sqliteConnection
        sqlite3_progress_handler(connection, steps, { context in
            guard let context else { return 0 }
            return ContinuousClock.now > context.load(as: ContinuousClock.Instant.self) ? 1 : 0
        }, deadline)
        defer {
            sqlite3_progress_handler(connection, 0, nil, nil)
            deadline.deinitialize(count: 1)
            deadline.deallocate()
        }
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw StoreError(.badQuery, "the query is too broad: it ran past \(Int(limit / .milliseconds(1))) ms; use rarer words, a phrase or fewer prefixes")
        }
    }
}
