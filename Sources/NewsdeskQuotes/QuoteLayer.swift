public import NewsdeskCore
import Foundation

/// The article's quotes: `"quotes": [{"start", "end", "text", "kind", "cue", "speaker",
/// "continues"}]` in the JSON contract (DESIGN.md). Indexed by speaker name, so that the store
/// can list what one person said.
public struct QuoteLayer: AnnotationLayer {
    public static let kind = AnnotationKind.quotes

    public var quotes: [Quote]

    public init(quotes: [Quote]) {
        self.quotes = quotes
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {
        writer.key("quotes")
        writer.beginArray()
        for quote in quotes {
            writer.beginObject()
            writer.spanFields(quote.span, offsets: offsets)
            writer.field("text", quote.text)
            writer.field("kind", quote.kind.rawValue)
            writer.key("cue")
            if let cue = quote.cue {
                writer.beginObject()
                writer.spanFields(cue.span, offsets: offsets)
                writer.field("text", cue.text)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("speaker")
            if let speaker = quote.speaker {
                writer.beginObject()
                writer.field("entity", speaker.entity)
                writer.field("name", speaker.name)
                writer.spanFields(speaker.span, offsets: offsets)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("continues")
            if let continues = quote.continues { writer.value(continues) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
    }

    /// Speakers by the name the text gives them, lower case: what `newsdesk quotes --speaker`
    /// will look up until speakers carry entity ids.
    public var indexKeys: [IndexKey] {
        quotes.compactMap { quote in
            guard let speaker = quote.speaker else { return nil }
            // The speaker's entity id where the entity stage resolved it, else a name as written.
            if let entity = speaker.entity { return IndexKey(key: entity, span: speaker.span) }
            return speaker.kind == .name ? IndexKey(key: speaker.name.lowercased(), span: speaker.span) : nil
        }
    }

    private struct Fields: Decodable {
        struct Span: Decodable {
            var start: Int
            var end: Int
            var text: String
        }
        struct Speaker: Decodable {
            var entity: String?
            var name: String
            var start: Int
            var end: Int
        }
        struct Record: Decodable {
            var start: Int
            var end: Int
            var text: String
            var kind: String
            var cue: Span?
            var speaker: Speaker?
            var continues: Int?
        }
        var quotes: [Record]
    }

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) throws {
        let fields = try JSONDecoder().decode(Fields.self, from: Data(json))
        func span(_ start: Int, _ end: Int) throws -> TextSpan {
            try offsets.utf8Span(start: start, end: end, in: Self.kind, of: "span")
        }
        quotes = try fields.quotes.map { record in
            guard let kind = Quote.Kind(rawValue: record.kind) else {
                throw LayerDecodingError(kind: Self.kind, reason: "unknown quote kind '\(record.kind)'")
            }
            let cue = try record.cue.map { QuoteCue(span: try span($0.start, $0.end), text: $0.text) }
            let speaker = try record.speaker.map {
                QuoteSpeaker(
                    span: try span($0.start, $0.end), name: $0.name,
                    kind: SpeakerKind(guessingFrom: $0.name), entity: $0.entity)
            }
            return Quote(
                span: try span(record.start, record.end), text: record.text, kind: kind, cue: cue, speaker: speaker,
                continues: record.continues)
        }
    }
}

extension AnnotationKind {
    /// Direct and reported quotes with their cue and speaker.
    public static let quotes = AnnotationKind(rawValue: "quotes")
}
