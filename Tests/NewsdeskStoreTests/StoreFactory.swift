import Foundation
import NewsdeskStore
import Testing

/// Makes an empty store for one test. The conformance suite runs each of its tests once per
/// factory in `all`; a new store implementation joins by adding its factory there.
struct StoreFactory: Sendable, CustomTestStringConvertible {
    let name: String
    /// Makes a new, empty store; `directory` is the test's own scratch directory.
    let make: @Sendable (_ directory: URL) throws -> any NewsdeskStore

    var testDescription: String { name }

    static let all: [StoreFactory] = [.sqlite]

    static let sqlite = StoreFactory(name: "SQLite") { directory in
        try SQLiteStore(path: directory.appendingPathComponent("\(UUID().uuidString).sqlite").path)
    }
}

/// A directory of its own for one test, removed with the test's suite instance.
final class ScratchDirectory: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-store-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The directory, created on first use.
    func directory() throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A database path that does not exist yet.
    func newPath() throws -> String {
        try directory().appendingPathComponent("\(UUID().uuidString).sqlite").path
    }
}
