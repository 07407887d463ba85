/// Limits and switches for extraction. Every limit is named here with its default.
public struct ExtractionSettings: Sendable, Equatable {
    /// Largest input accepted, in bytes, checked before a file is read whole and again on the
    /// decompressed size of gzip input. Default 50 MB.
    public var maxInputBytes: Int = 50_000_000
    /// Deepest element nesting the HTML extractor walks; deeper content is treated as flat
    /// text of its ancestor at the limit, so hostile nesting costs no stack. Default 256.
    public var maxNestingDepth: Int = 256

    public init() {}
}
