public import NewsdeskCore

/// Bytes in, decoded text out: what happens to an input before any stage sees it.
///
/// 1. gzip input is decompressed (capped at `Limits.maxInputBytes`);
/// 2. empty input and binary formats are rejected by their bytes, never by file name, and so
///    are text files that are not news (JSON, CSV, licence texts, logs, code) unless the limits keep them;
/// 3. the id is computed: the SHA-256 of the (decompressed) bytes, so the same page stored
///    gzipped or not is one document, and callers can skip documents they already have
///    before paying for decoding and extraction;
/// 4. the bytes are decoded (`TextDecoder`), the encoding recorded, and HTML told from text.
public struct InputPreparation: Sendable {
    public let limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Decompresses and checks the bytes and computes the id.
    public func prepare(_ document: RawDocument) -> Result<PreparedInput, Rejection> {
        var bytes = document.bytes
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: limits.maxInputBytes)
            } catch {
                switch error {
                case .tooLarge(let limit):
                    return .failure(Rejection(.tooLarge, "decompresses to more than the \(ByteCount(limit)) limit"))
                case .corrupt(let reason):
                    return .failure(Rejection(.unreadable, "corrupt gzip data (\(reason))"))
                }
            }
        }
        if bytes.count > limits.maxInputBytes {
            return .failure(Rejection(.tooLarge, "\(ByteCount(bytes.count)) is over the \(ByteCount(limits.maxInputBytes)) limit"))
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            return .failure(Rejection(.empty, bytes.isEmpty ? "empty file" : "only whitespace"))
        }
        if let format = DocumentSniffer.binaryFormat(of: bytes) {
            return .failure(Rejection(.notADocument, "not a document (\(format))"))
        }
        if limits.skipsNonArticles, let kind = NonArticleSniffer.kind(of: bytes) {
            return .failure(Rejection(.notADocument, "not an article: \(kind) (--keep-non-articles keeps it)"))
        }
        var prepared = document
        prepared.bytes = bytes
        return .success(PreparedInput(id: SHA256.hexDigest(bytes), document: prepared))
    }

    /// Decodes a prepared input and tells HTML from plain text.
    public func decode(_ prepared: PreparedInput) -> DecodedInput {
        let decoded = TextDecoder.decode(prepared.document.bytes)
        let isHTML = decoded.utf8.withUnsafeBufferPointer(DocumentSniffer.isHTML(bytes:))
        return DecodedInput(
            id: prepared.id, origin: prepared.document.origin, utf8: decoded.utf8, encoding: decoded.encoding, isHTML: isHTML,
            metadata: prepared.document.metadata)
    }

    /// `prepare`, then `decode`.
    public func read(_ document: RawDocument) -> Result<DecodedInput, Rejection> {
        prepare(document).map(decode)
    }
}

/// An input whose bytes passed the checks, with its id.
public struct PreparedInput: Sendable {
    /// Hex SHA-256 of the decompressed bytes.
    public let id: String
    /// The document, its bytes decompressed.
    public let document: RawDocument
}
