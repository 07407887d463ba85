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

    public func process(_ document: RawDocument) -> Result<Article, Rejection> {
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
        let decoded = TextDecoder.decode(bytes)
        let context = DocumentContext(
            id: SHA256.hexDigest(bytes), encoding: decoded.encoding, url: document.url, sourceName: document.sourceName
        )
        let extractor: any ArticleExtractor = DocumentSniffer.isHTML(decoded.text) ? html : plainText
        return extractor.extract(decoded.text, context: context)
    }
}

/// A byte count for messages: "52.4 MB".
public struct ByteCount: CustomStringConvertible, Sendable {
    public let bytes: Int
    public init(_ bytes: Int) { self.bytes = bytes }

    public var description: String {
        switch bytes {
        case ..<1_000: "\(bytes) bytes"
        case ..<1_000_000: "\(tenths(bytes, 1_000)) kB"
        default: "\(tenths(bytes, 1_000_000)) MB"
        }
    }

    private func tenths(_ value: Int, _ unit: Int) -> String {
        let scaled = (value * 10 + unit / 2) / unit
        return scaled % 10 == 0 ? "\(scaled / 10)" : "\(scaled / 10).\(scaled % 10)"
    }
}
