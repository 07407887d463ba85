public import NewsdeskCore

extension AnnotationKind {
    /// The article's fingerprint: the word 3-grams that copies are found and confirmed by.
    public static let fingerprint = AnnotationKind(rawValue: "fingerprint")
}

/// The fingerprint as a layer: its sampled shingles are the index keys the store looks copies
/// up by (each with the span of its three words, so a match can be shown). It adds no field
/// to the article's JSON; what it means for the reader is `duplicateOf`.
///
/// Read back from the store the layer is empty: the store keeps the keys in its index, and the
/// full fingerprint is computed again from the text where a comparison needs it.
public struct FingerprintLayer: AnnotationLayer {
    public static let kind = AnnotationKind.fingerprint

    /// Empty when read back from the store.
    public var fingerprint: Fingerprint?

    public init(fingerprint: Fingerprint?) {
        self.fingerprint = fingerprint
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {}

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) {
        fingerprint = nil
    }

    public var indexKeys: [IndexKey] {
        (fingerprint?.keys ?? []).map { IndexKey(key: Fingerprint.key($0.hash), span: $0.span) }
    }
}
