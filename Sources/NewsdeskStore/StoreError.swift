/// A store failure. Messages name the database and the reason, never article text.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The file exists but is not a SQLite database, or not a Newsdesk one; left untouched.
        public static let notNewsdesk = Code(rawValue: "not-newsdesk")
        /// The database is damaged.
        public static let corrupt = Code(rawValue: "corrupt")
        /// The database cannot be opened or created (permissions, read-only directory, …).
        public static let cannotOpen = Code(rawValue: "cannot-open")
        /// The database was written by a newer Newsdesk.
        public static let newerSchema = Code(rawValue: "newer-schema")
        /// No database exists where one was expected.
        public static let missing = Code(rawValue: "missing")
        /// No article matches an id prefix.
        public static let notFound = Code(rawValue: "not-found")
        /// Several articles match an id prefix.
        public static let ambiguous = Code(rawValue: "ambiguous")
        /// A search query that cannot be understood.
        public static let badQuery = Code(rawValue: "bad-query")
        /// Annotation layers that break the rules of `StoredLayer` (say, JSON without a kind, or
        /// two stages writing the same kind); nothing of the batch is written.
        public static let invalidLayer = Code(rawValue: "invalid-layer")
        /// Any other database failure.
        public static let database = Code(rawValue: "database")
    }
}
