import GRDB

/// Maps SQLite failures to store errors with messages a user can act on.
enum SQLiteErrors {
    static func map(_ error: any Error, path: String, opening: Bool) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let databaseError = error as? DatabaseError else {
            return StoreError(.database, "\(path): \(error)")
        }
        switch databaseError.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(.corrupt, "\(path) is damaged or not a database (\(databaseError.message ?? "corrupt")); Newsdesk leaves it untouched")
        case .SQLITE_CANTOPEN:
            return StoreError(.cannotOpen, "cannot open \(path): the file or its directory is not writable, or the directory is missing")
        case .SQLITE_READONLY:
            return StoreError(.cannotOpen, "cannot write to \(path): the database or its directory is read-only")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(.cannotOpen, "cannot open \(path): permission denied")
        case .SQLITE_FULL:
            return StoreError(.database, "\(path): the disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.database, "\(path) is locked by another process; try again when it is done")
        case .SQLITE_ERROR where databaseError.message?.contains("fts5") == true:
            return StoreError(.badQuery, "cannot understand the search query (\(databaseError.message ?? ""))")
        default:
            let what = opening ? "cannot open" : "database error in"
            return StoreError(.database, "\(what) \(path): \(databaseError.message ?? "\(databaseError.resultCode)")")
        }
    }
}
