import Foundation
import NewsdeskExtract
import NewsdeskStore

/// What scripts/fuzz.sh fuzzes: each target takes any bytes, and must neither crash nor hang.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// HTML → article (the parser, tree building and content selection).
    case html
    /// Plain text → article (the line cleaner).
    case text
    /// Bytes → text (encoding detection and decoding).
    case decoder
    /// A search query → FTS5 over a small store: a query is answered or refused as a bad query;
    /// any other failure means the translator wrote an expression FTS5 cannot read.
    case query

    private static let context = DocumentContext(id: "fuzz", encoding: "utf-8")

    /// The store the query target searches: one article, in a temporary directory.
    private static let store: SQLiteStore? = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-fuzz-\(getpid()).sqlite").path
        return try? SQLiteStore(path: path)
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .html:
            _ = HTMLExtractor().extract(utf8: bytes, context: Self.context)
        case .text:
            _ = PlainTextExtractor().extract(String(decoding: bytes, as: UTF8.self), context: Self.context)
        case .decoder:
            _ = TextDecoder.decode(bytes)
        case .query:
            guard let store = Self.store else { fatalError("the fuzz store cannot be created") }
            do {
                _ = try store.search(SearchQuery(String(decoding: bytes, as: UTF8.self), limit: 5))
            } catch where error.code != .badQuery {
                fatalError("query \(Array(bytes)) failed: \(error)")
            } catch {}
        }
    }
}
