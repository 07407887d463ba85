public import NewsdeskCore

/// Bytes in, article out: the extraction cascade for one document.
///
/// 1. gzip input is decompressed (capped at `maxInputBytes`);
/// 2. empty input and binary formats are rejected by their bytes, never by file name;
/// 3. the bytes are decoded (`TextDecoder`) and the encoding recorded;
/// 4. HTML goes to `HTMLExtractor`, anything else to `PlainTextExtractor`.
///
/// The document id is the SHA-256 of the (decompressed) bytes, so the same page stored
/// gzipped or not is one document.
public struct DocumentPipeline: Sendable {
    public let settings: ExtractionSettings
    private let html: HTMLExtractor
    private let plainText: PlainTextExtractor

    public init(settings: ExtractionSettings = ExtractionSettings()) {
        self.settings = settings
        self.html = HTMLExtractor(settings: settings)
        self.plainText = PlainTextExtractor(settings: settings)
    }

    /// Decompresses and checks the bytes and computes the id, without extracting: callers
    /// can skip documents they already have before paying for extraction.
    public func prepare(_ document: RawDocument) -> Result<PreparedDocument, Rejection> {
        var bytes = document.bytes
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: settings.maxInputBytes)
            } catch {
                switch error {
                case .tooLarge(let limit):
                    return .failure(Rejection(.tooLarge, "decompresses to more than the \(ByteCount(limit)) limit"))
                case .corrupt(let reason):
                    return .failure(Rejection(.unreadable, "corrupt gzip data (\(reason))"))
                }
            }
        }
        if bytes.count > settings.maxInputBytes {
            return .failure(Rejection(.tooLarge, "\(ByteCount(bytes.count)) is over the \(ByteCount(settings.maxInputBytes)) limit"))
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            return .failure(Rejection(.empty, bytes.isEmpty ? "empty file" : "only whitespace"))
        }
        if let format = DocumentSniffer.binaryFormat(of: bytes) {
            return .failure(Rejection(.notADocument, "not a document (\(format))"))
        }
        var prepared = document
        prepared.bytes = bytes
        return .success(PreparedDocument(id: SHA256.hexDigest(bytes), document: prepared))
    }

    /// Decodes a prepared document and tells HTML from plain text.
    public func decode(_ prepared: PreparedDocument) -> DecodedDocument {
        let decoded = TextDecoder.decode(prepared.document.bytes)
        let isHTML = decoded.utf8.withUnsafeBufferPointer(DocumentSniffer.isHTML(bytes:))
        return DecodedDocument(prepared: prepared, utf8: decoded.utf8, encoding: decoded.encoding, isHTML: isHTML)
    }

    /// Extracts the article of a decoded document; `template` is what its source is known to repeat.
    public func extract(_ decoded: DecodedDocument, template: SourceTemplate = SourceTemplate()) -> Result<Article, Rejection> {
        let document = decoded.prepared.document
        let context = DocumentContext(
            id: decoded.prepared.id, encoding: decoded.encoding, url: document.url, sourceName: document.sourceName, template: template
        )
        return decoded.isHTML ? html.extract(utf8: decoded.utf8, context: context) : plainText.extract(decoded.text, context: context)
    }

    /// `prepare`, `decode`, then `extract`.
    public func process(_ document: RawDocument) -> Result<Article, Rejection> {
        prepare(document).flatMap { extract(decode($0)) }
    }
}

/// A document decoded to text.
public struct DecodedDocument: Sendable {
    public let prepared: PreparedDocument
    /// The text as valid UTF-8, which HTML is parsed from.
    public let utf8: [UInt8]
    /// The encoding the bytes were decoded with.
    public let encoding: String
    public let isHTML: Bool
    /// Plain text is read as a string, made once; a page's HTML only on request.
    private let plainText: String?

    init(prepared: PreparedDocument, utf8: [UInt8], encoding: String, isHTML: Bool) {
        self.prepared = prepared
        self.utf8 = utf8
        self.encoding = encoding
        self.isHTML = isHTML
        self.plainText = isHTML ? nil : String(decoding: utf8, as: UTF8.self)
    }

    /// The text as a string.
    public var text: String { plainText ?? String(decoding: utf8, as: UTF8.self) }
}

/// A document whose bytes passed the checks, with its id.
public struct PreparedDocument: Sendable {
    /// Hex SHA-256 of the decompressed bytes.
    public let id: String
    /// The document, its bytes decompressed.
    public let document: RawDocument
}
