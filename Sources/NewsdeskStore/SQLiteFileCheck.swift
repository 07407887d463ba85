import Foundation

/// Checks a database path before SQLite touches it, so that a file that is not a database is
/// never overwritten and a missing directory or database gets a clear message.
enum SQLiteFileCheck {
    static let header = Array("SQLite format 3\0".utf8)

    static func check(path: String, create: Bool) throws(StoreError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw StoreError(.cannotOpen, "\(path) is a directory, not a database file")
        }
        if !exists {
            guard create else {
                throw StoreError(.missing, "no database at \(path); run `newsdesk ingest` first or give --db")
            }
            let directory = (path as NSString).deletingLastPathComponent
            let parent = directory.isEmpty ? "." : directory
            guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StoreError(.cannotOpen, "cannot create \(path): directory \(parent) does not exist")
            }
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.cannotOpen, "cannot read \(path): permission denied")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        if !start.isEmpty && !start.elementsEqual(header) {
            throw StoreError(.notNewsdesk, "\(path) is not a SQLite database (corrupt, or another kind of file); Newsdesk leaves it untouched")
        }
    }
}
