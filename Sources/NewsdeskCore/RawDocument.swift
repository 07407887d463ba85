/// The bytes of one input document and what is known about where it came from.
public struct RawDocument: Sendable {
    /// The document's bytes as read; gzip input is decompressed by the pipeline.
    public var bytes: [UInt8]
    /// Where the bytes came from: a file path, or `-` for standard input. Used in messages.
    public var origin: String
    /// The page's URL when the caller knows it (`--url`).
    public var url: String?
    /// The source's name when the caller knows it (`--source`).
    public var sourceName: String?

    public init(bytes: [UInt8], origin: String, url: String? = nil, sourceName: String? = nil) {
        self.bytes = bytes
        self.origin = origin
        self.url = url
        self.sourceName = sourceName
    }

}
