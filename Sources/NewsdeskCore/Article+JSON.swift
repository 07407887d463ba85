import Foundation

/// The article's JSON contract (DESIGN.md, v1): keys in contract order, paragraph offsets in
/// Unicode scalars, then each annotation layer's fields. Written with `JSONWriter`; the base
/// fields are read with `JSONDecoder` (layers are read by their own types).
extension Article: Decodable {
    enum CodingKeys: String, CodingKey {
        case id, url, source, title, description, authors, published, modified, language, text, paragraphs,
            credits, removed, encoding, duplicateOf, story, storyline
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let records = try container.decodeIfPresent([ParagraphRecord].self, forKey: .paragraphs) ?? []
        self.init(
            id: try container.decode(String.self, forKey: .id),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            source: try container.decodeIfPresent(Source.self, forKey: .source) ?? Source(),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            published: try container.decodeIfPresent(String.self, forKey: .published),
            modified: try container.decodeIfPresent(String.self, forKey: .modified),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            text: text,
            paragraphs: try ParagraphRecord.paragraphs(from: records, in: text, codingPath: container.codingPath),
            credits: try container.decodeIfPresent([Credit].self, forKey: .credits) ?? [],
            removed: try container.decodeIfPresent([Removal].self, forKey: .removed) ?? [],
            encoding: try container.decodeIfPresent(String.self, forKey: .encoding) ?? "utf-8",
            duplicateOf: try container.decodeIfPresent(String.self, forKey: .duplicateOf),
            story: try container.decodeIfPresent(String.self, forKey: .story),
            storyline: try container.decodeIfPresent(String.self, forKey: .storyline)
        )
    }
}

/// A paragraph as the JSON contract spells it.
public struct ParagraphRecord: Codable, Sendable, Equatable {
    public var kind: Paragraph.Kind
    public var start: Int
    public var end: Int
    public var language: String?

    /// Contract records (scalar offsets) for paragraphs with UTF-8 spans into `text`.
    public static func records(for paragraphs: [Paragraph], in text: String) -> [ParagraphRecord] {
        let offsets = ScalarOffsetMap.scalarOffsets(ofUTF8: paragraphs.flatMap { [$0.span.start, $0.span.end] }, in: text)
        return paragraphs.indices.map { index in
            ParagraphRecord(
                kind: paragraphs[index].kind, start: offsets[2 * index], end: offsets[2 * index + 1], language: paragraphs[index].language
            )
        }
    }

    /// Paragraphs with UTF-8 spans from contract records; throws when an offset is out of range.
    public static func paragraphs(
        from records: [ParagraphRecord], in text: String, codingPath: [any CodingKey] = []
    ) throws -> [Paragraph] {
        let map = ScalarOffsetMap(text)
        return try records.map { record in
            guard record.start <= record.end,
                let start = map.utf8Offset(ofScalar: record.start),
                let end = map.utf8Offset(ofScalar: record.end)
            else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "paragraph offsets \(record.start)..<\(record.end) out of range")
                )
            }
            return Paragraph(kind: record.kind, span: TextSpan(start: start, end: end), language: record.language)
        }
    }
}

extension Article {
    /// The contract JSON of this article; `pretty` indents it for people.
    public func jsonData(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(indent: pretty ? 2 : 0)
        write(to: &writer)
        return writer.bytes
    }

    /// Writes the article object, for embedding it in a larger document.
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("url", url)
        writer.key("source")
        writer.beginObject()
        writer.field("name", source.name)
        writer.field("domain", source.domain)
        writer.endObject()
        writer.field("title", title)
        writer.field("description", description)
        writer.field("authors", authors)
        writer.field("published", published)
        writer.field("modified", modified)
        writer.field("language", language)
        writer.field("text", text)
        writer.key("paragraphs")
        writer.beginArray()
        for record in ParagraphRecord.records(for: paragraphs, in: text) {
            writer.beginObject()
            writer.field("kind", record.kind.rawValue)
            writer.field("start", record.start)
            writer.field("end", record.end)
            writer.field("language", record.language)
            writer.endObject()
        }
        writer.endArray()
        writer.key("credits")
        writer.beginArray()
        for credit in credits {
            writer.beginObject()
            writer.field("role", credit.role.rawValue)
            writer.field("agency", credit.agency)
            writer.field("name", credit.name)
            writer.field("text", credit.text)
            writer.endObject()
        }
        writer.endArray()
        writer.key("removed")
        writer.beginArray()
        for removal in removed {
            writer.beginObject()
            writer.field("text", removal.text)
            writer.field("reason", removal.reason.rawValue)
            writer.endObject()
        }
        writer.endArray()
        writer.field("encoding", encoding)
        if !layers.isEmpty {
            let offsets = ScalarOffsetMap(text)
            for layer in layers.layers { layer.writeFields(to: &writer, offsets: offsets) }
        }
        writer.field("duplicateOf", duplicateOf)
        writer.field("story", story)
        writer.field("storyline", storyline)
        writer.endObject()
    }
}
