public import NewsdeskCore
import Foundation

/// The article's sentences: `"sentences": [{"start": 0, "end": 97}, …]` in the JSON contract.
public struct SentenceLayer: AnnotationLayer {
    public static let kind = AnnotationKind.sentences

    /// UTF-8 spans into the article text, in order.
    public var spans: [TextSpan]

    public init(spans: [TextSpan]) {
        self.spans = spans
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {
        writer.key("sentences")
        writer.beginArray()
        for span in spans {
            writer.beginObject()
            writer.spanFields(span, offsets: offsets)
            writer.endObject()
        }
        writer.endArray()
    }

    private struct Fields: Decodable {
        struct Record: Decodable {
            var start: Int
            var end: Int
        }
        var sentences: [Record]
    }

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) throws {
        let fields = try JSONDecoder().decode(Fields.self, from: Data(json))
        spans = try fields.sentences.map { record in
            try offsets.utf8Span(start: record.start, end: record.end, in: Self.kind, of: "sentence")
        }
    }
}
