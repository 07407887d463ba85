/// The bytes of one input document and what is known about where it came from.
public struct RawDocument: Sendable {
    /// The document's bytes as read; gzip input is decompressed by the pipeline.
    public var bytes: [UInt8]
    /// Where the bytes came from: a file path, or `-` for standard input. Used in messages.
    public var origin: String
    /// What the caller knows: URL (`--url`), source (`--source`), date (`--date`).
    public var metadata: InputMetadata

    public init(bytes: [UInt8], origin: String, metadata: InputMetadata = InputMetadata()) {
        self.bytes = bytes
        self.origin = origin
        self.metadata = metadata
    }
}
