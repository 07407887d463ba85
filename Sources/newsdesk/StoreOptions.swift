import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskStore

/// Where the database lives: --db, else $NEWSDESK_DB, else ./newsdesk.sqlite.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file.", valueName: "file"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["NEWSDESK_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "newsdesk.sqlite"
    }

    /// Opens the store to write; a failure is reported and ends the command with status 1.
    func open(create: Bool) throws -> SQLiteStore {
        try reportingOpenErrors { () throws(StoreError) in try SQLiteStore(path: path, create: create, upgrading: Self.announce) }
    }

    /// Opens an existing store for a reading command, read-only where it cannot be written.
    func openForReading() throws -> SQLiteStore {
        try reportingOpenErrors { () throws(StoreError) in try SQLiteStore.openForReading(path: path, upgrading: Self.announce) }
    }

    /// Says on stderr that an archive is being upgraded, which may take minutes, before it starts.
    private static func announce(_ message: String) {
        Output.error("newsdesk: \(message)")
    }

    private func reportingOpenErrors(_ body: () throws(StoreError) -> SQLiteStore) throws -> SQLiteStore {
        do {
            return try body()
        } catch {
            Output.error("newsdesk: \(error.message)")
            throw ExitCode.failure
        }
    }
}

/// Runs a store call, reporting a failure with status 1 (3 for not found).
func reportingStoreErrors<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        Output.error("newsdesk: \(error.message)")
        switch error.code {
        case .notFound: throw ExitStatus.notFound
        case .ambiguous, .badQuery: throw ExitCode.validationFailure
        default: throw ExitCode.failure
        }
    }
}

/// A stored article with its annotation layers read back. A layer that cannot be read (a
/// damaged database) is left out with a warning naming the article; `reclean` writes it again.
func readingLayers(_ stored: StoredArticle) -> Article {
    let (document, unreadable) = Document.reading(stored)
    for problem in unreadable {
        Output.error("newsdesk: warning: article \(stored.article.id.prefix(12)): \(problem); newsdesk reclean writes it again")
    }
    return document.article
}
