import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, full-text search with FTS5. Each concern's
/// protocol is implemented in its own `SQLiteStore+Concern.swift` file.
///
/// Opening never damages a file: a file that is not SQLite, or a SQLite database that belongs
/// to another program, is refused before anything is written to it.
public final class SQLiteStore: Sendable {
    public let path: String
    /// A pool in WAL mode; a read-only queue for a database opened with `openForReading` where
    /// it cannot be written.
    let pool: any DatabaseWriter

    /// Opens (and with `create`, creates) the database at `path`, migrating it to the current
    /// schema. `upgrading` is told, before it starts, of an upgrade of a database that already
    /// holds a schema (some rebuild the search index: minutes on a large archive).
    public init(path: String, create: Bool = true, upgrading: (String) -> Void = { _ in }) throws(StoreError) {
        self.path = path
        try SQLiteFileCheck.check(path: path, create: create)
        // An existing file is looked at read-only first: opening the pool switches it to WAL,
        // which must not happen to another program's database or one from a newer Newsdesk.
        if FileManager.default.fileExists(atPath: path) { try Self.checkOwnership(path: path) }
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration(readonly: false))
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: true)
        }
        try migrate(upgrading: upgrading)
    }

    /// Opens an existing database for the reading commands: as `init` does where it can be
    /// written, else read-only, so an archive on read-only media or in a read-only directory can
    /// still be searched, listed, shown and exported. Read-only, the file is read as a snapshot
    /// (SQLite's `immutable`: a WAL database in a read-only directory cannot be opened otherwise),
    /// and it must not need a schema upgrade.
    public static func openForReading(path: String, upgrading: (String) -> Void = { _ in }) throws(StoreError) -> SQLiteStore {
        do {
            return try SQLiteStore(path: path, create: false, upgrading: upgrading)
        } catch where error.code == .cannotOpen {
            return try SQLiteStore(readOnlyAt: path)
        }
    }

    private init(readOnlyAt path: String) throws(StoreError) {
        self.path = path
        try SQLiteFileCheck.check(path: path, create: false)
        // A URI filename; SQLite's URI encoding escapes what would end the path.
        let encoded = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        do {
            pool = try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: Self.configuration(readonly: true))
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: true)
        }
        try run {
            try pool.read { db in
                try Self.checkOwnership(db, path: path)
                guard try SQLiteSchema.migrator.hasCompletedMigrations(db) else {
                    throw StoreError(.cannotOpen, "\(path) needs a schema upgrade, which cannot be written: the database or its directory is read-only")
                }
            }
        }
    }

    /// Every connection of the store: the index's SQL function registered (its triggers and
    /// content view call it).
    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(10)
        configuration.label = "newsdesk"
        configuration.prepareDatabase { db in db.add(function: SQLiteSchema.pairsFunction) }
        return configuration
    }

    private func migrate(upgrading: (String) -> Void) throws(StoreError) {
        try run {
            let pending = try pool.read { db in
                try Self.checkOwnership(db, path: path)
                let applied = try SQLiteSchema.migrator.appliedIdentifiers(db)
                return applied.isEmpty ? [] : SQLiteSchema.migrator.migrations.filter { !applied.contains($0) }
            }
            if !pending.isEmpty {
                upgrading("upgrading \(path) to the current schema (\(pending.joined(separator: ", "))); this is done once")
            }
            try SQLiteSchema.migrator.migrate(pool)
        }
    }

    /// Refuses, through a read-only connection that writes nothing, a database that another
    /// program made or a newer Newsdesk wrote.
    private static func checkOwnership(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in try checkOwnership(db, path: path) }
            try queue.close()
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: true)
        }
    }

    private static func checkOwnership(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if applicationID != SQLiteSchema.applicationID && tableCount > 0 {
            throw StoreError(.notNewsdesk, "\(path) is a SQLite database of another program; Newsdesk leaves it untouched")
        }
        if try SQLiteSchema.migrator.hasBeenSuperseded(db) {
            throw StoreError(.newerSchema, "\(path) was written by a newer Newsdesk; upgrade Newsdesk to use it")
        }
    }

    /// Runs database work, turning every failure into a `StoreError` that names the file.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw SQLiteErrors.map(error, path: path, opening: false)
        }
    }
}
