public import Foundation

/// The article's JSON contract (DESIGN.md, v1): keys in contract order, paragraph offsets in
/// Unicode scalars.
extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case id, url, source, title, authors, published, language, text, paragraphs, credits,
            removed, encoding
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        try container.encode(published, forKey: .published)
        try container.encode(language, forKey: .language)
        try container.encode(text, forKey: .text)
        try container.encode(ParagraphRecord.records(for: paragraphs, in: text), forKey: .paragraphs)
        try container.encode(credits, forKey: .credits)
        try container.encode(removed, forKey: .removed)
        try container.encode(encoding, forKey: .encoding)
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
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            published: try container.decodeIfPresent(String.self, forKey: .published),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            text: text,
            paragraphs: try ParagraphRecord.paragraphs(from: records, in: text, codingPath: container.codingPath),
            credits: try container.decodeIfPresent([Credit].self, forKey: .credits) ?? [],
            removed: try container.decodeIfPresent([Removal].self, forKey: .removed) ?? [],
            encoding: try container.decodeIfPresent(String.self, forKey: .encoding) ?? "utf-8"
        )
    }
}

/// A paragraph as the JSON contract spells it.
public struct ParagraphRecord: Codable, Sendable, Equatable {
    public var kind: Paragraph.Kind
    public var start: Int
    public var end: Int

    /// Contract records (scalar offsets) for paragraphs with UTF-8 spans into `text`.
    public static func records(for paragraphs: [Paragraph], in text: String) -> [ParagraphRecord] {
        let map = ScalarOffsetMap(text)
        return paragraphs.map {
            ParagraphRecord(
                kind: $0.kind,
                start: map.scalarOffset(ofUTF8: $0.span.start),
                end: map.scalarOffset(ofUTF8: $0.span.end)
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
            return Paragraph(kind: record.kind, span: TextSpan(start: start, end: end))
        }
    }
}

extension Article {
    /// The contract JSON of this article; `pretty` indents it for people.
    public func jsonData(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
