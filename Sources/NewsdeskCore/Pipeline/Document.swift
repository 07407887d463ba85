/// What flows through the pipeline: the input as read (when there is one) and the article the
/// stages build, with a record of which stages ran.
public struct Document: Sendable {
    /// The decoded input; nil when stages are re-run over a stored article.
    public var input: DecodedInput?
    /// The article: empty but for its id until extraction fills it.
    public var article: Article
    /// Which stages ran on this document, in order, with their versions.
    public var runs: [StageRun]
    /// The CPU seconds each stage took on this document, by stage id (when a pipeline ran it).
    public var cpuSeconds: [String: Double] = [:]
    /// The short lines of a plain-text document to count for its source (site-template learning).
    public var learnedLines: LearnedLines?
    /// What a source's pages are known to repeat (template line keys), by source name; given
    /// by ingest, which learns them, so extraction can clean plain text with them.
    public var sourceTemplates: (@Sendable (String) -> Set<String>)?

    public init(input: DecodedInput) {
        self.input = input
        self.article = Article(id: input.id, encoding: input.encoding)
        self.runs = []
    }

    /// A stored article, to run further stages over.
    public init(article: Article, runs: [StageRun] = [], input: DecodedInput? = nil) {
        self.input = input
        self.article = article
        self.runs = runs
    }
}

/// An input document whose bytes passed the checks and were decoded to text.
public struct DecodedInput: Sendable {
    /// Hex SHA-256 of the (decompressed) bytes: the article id.
    public var id: String
    /// Where the bytes came from (a path, or `-`), for messages.
    public var origin: String
    /// The text as valid UTF-8.
    public var utf8: [UInt8]
    /// The encoding the bytes were decoded with (`utf-8`, `windows-1252`, …).
    public var encoding: String
    public var isHTML: Bool
    /// What the caller knows about the document: its URL, its source, its date.
    public var metadata: InputMetadata
    /// Plain text is read as a string once; a page's HTML only on request.
    private let plainText: String?

    public init(id: String, origin: String, utf8: [UInt8], encoding: String, isHTML: Bool, metadata: InputMetadata = InputMetadata()) {
        self.id = id
        self.origin = origin
        self.utf8 = utf8
        self.encoding = encoding
        self.isHTML = isHTML
        self.metadata = metadata
        self.plainText = isHTML ? nil : String(decoding: utf8, as: UTF8.self)
    }

    /// The text as a string.
    public var text: String { plainText ?? String(decoding: utf8, as: UTF8.self) }
}

/// What the caller of the pipeline knows about an input beyond its bytes.
public struct InputMetadata: Sendable, Equatable {
    /// The page's URL (`--url`); an extractor may find a canonical one.
    public var url: String?
    /// The source's name (`--source`); it wins over what the page says.
    public var sourceName: String?
    /// The publication date to assume when the input carries none (`--date`, ISO 8601).
    public var date: String?
    /// The document's language when the caller knows it (ISO 639-1): not identified then.
    public var language: String?

    public init(url: String? = nil, sourceName: String? = nil, date: String? = nil, language: String? = nil) {
        self.url = url
        self.sourceName = sourceName
        self.date = date
        self.language = language
    }

    /// These values, with `other`'s where these have none.
    public func filling(from other: InputMetadata) -> InputMetadata {
        InputMetadata(
            url: url ?? other.url, sourceName: sourceName ?? other.sourceName, date: date ?? other.date,
            language: language ?? other.language)
    }
}

/// The candidate template lines of one plain-text document and the source they count for.
public struct LearnedLines: Sendable, Equatable {
    public var source: String
    public var keys: Set<String>

    public init(source: String, keys: Set<String>) {
        self.source = source
        self.keys = keys
    }
}
