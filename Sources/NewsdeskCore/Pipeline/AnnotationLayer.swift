/// A stage's output that the article carries as its own layer (sentences, mentions, quotes,
/// times…): written into the article's JSON under the layer's own keys, stored apart with the
/// stage's version, read back by the layer type itself.
///
/// Inside Newsdesk spans are UTF-8 offsets into the article text; the JSON form counts Unicode
/// scalars, and `offsets` converts at that boundary.
public protocol AnnotationLayer: StageOutput, Equatable {
    static var kind: AnnotationKind { get }

    /// Writes the layer's fields (one or more keys of the article object), in contract order.
    func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap)

    /// The layer read back from a JSON object holding the fields `writeFields` wrote.
    init(fields json: [UInt8], offsets: ScalarOffsetMap) throws

    /// What the store indexes for queries across articles (the entity id of each mention, the
    /// value of each time expression), each with the span it comes from.
    var indexKeys: [IndexKey] { get }
}

extension AnnotationLayer {
    public func attach(to document: inout Document) {
        document.article.layers.set(self)
    }

    public static var layerKind: AnnotationKind? { kind }

    public var indexKeys: [IndexKey] { [] }

    /// The layer's fields as one JSON object, as the store keeps it.
    public func fieldsJSON(offsets: ScalarOffsetMap) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writeFields(to: &writer, offsets: offsets)
        writer.endObject()
        return writer.bytes
    }
}

/// A key a layer gives the store to index, with the UTF-8 span of the text it comes from.
public struct IndexKey: Sendable, Hashable {
    public var key: String
    public var span: TextSpan

    public init(key: String, span: TextSpan) {
        self.key = key
        self.span = span
    }
}

/// An article's layers, in the order they were attached (which is the pipeline's order, and
/// the order of their fields in the JSON). One layer per kind.
public struct AnnotationSet: Sendable, Equatable {
    public private(set) var layers: [any AnnotationLayer] = []

    public init() {}

    public var isEmpty: Bool { layers.isEmpty }
    public var kinds: [AnnotationKind] { layers.map { type(of: $0).kind } }

    /// The layer of this type, if the article has it.
    public subscript<Layer: AnnotationLayer>(_ type: Layer.Type) -> Layer? {
        layers.lazy.compactMap { $0 as? Layer }.first
    }

    /// The layer of this kind, whatever its type.
    public subscript(kind: AnnotationKind) -> (any AnnotationLayer)? {
        layers.first { type(of: $0).kind == kind }
    }

    /// Adds a layer, replacing the one of the same kind where it was.
    public mutating func set(_ layer: some AnnotationLayer) {
        if let index = layers.firstIndex(where: { type(of: $0).kind == type(of: layer).kind }) {
            layers[index] = layer
        } else {
            layers.append(layer)
        }
    }

    public static func == (lhs: AnnotationSet, rhs: AnnotationSet) -> Bool {
        lhs.layers.count == rhs.layers.count && zip(lhs.layers, rhs.layers).allSatisfy { $0.isEqual(to: $1) }
    }
}

extension AnnotationLayer {
    fileprivate func isEqual(to other: any AnnotationLayer) -> Bool {
        (other as? Self) == self
    }
}

/// A stored layer that cannot be read back: its JSON does not fit its type or the text.
public struct LayerDecodingError: Error, Sendable, CustomStringConvertible {
    public var kind: AnnotationKind
    public var reason: String

    public init(kind: AnnotationKind, reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "layer '\(kind)': \(reason)" }
}

extension ScalarOffsetMap {
    /// The UTF-8 span of a span a layer wrote in scalars (`"start"`, `"end"`), or an error
    /// naming the layer when it is reversed or lies outside the text.
    public func utf8Span(start: Int, end: Int, in kind: AnnotationKind, of what: String) throws(LayerDecodingError) -> TextSpan {
        guard start <= end, let from = utf8Offset(ofScalar: start), let to = utf8Offset(ofScalar: end) else {
            throw LayerDecodingError(kind: kind, reason: "\(what) \(start)..<\(end) is out of the text")
        }
        return TextSpan(start: from, end: to)
    }
}

extension JSONWriter {
    /// A span's `"start"` and `"end"` fields, counted in Unicode scalars as the contract says.
    public mutating func spanFields(_ span: TextSpan, offsets: ScalarOffsetMap) {
        field("start", offsets.scalarOffset(ofUTF8: span.start))
        field("end", offsets.scalarOffset(ofUTF8: span.end))
    }
}
