public import NewsdeskCore
import Foundation

/// The article's time expressions: `"times": [{"start", "end", "text", "type", "value", "mod"}]`
/// in the JSON contract. Indexed by the calendar values they resolve to, so that the store can
/// find articles by the dates they talk about.
public struct TimeLayer: AnnotationLayer {
    public static let kind = AnnotationKind.times

    public var expressions: [TimeExpression]

    public init(expressions: [TimeExpression]) {
        self.expressions = expressions
    }

    public func writeFields(to writer: inout JSONWriter, offsets: ScalarOffsetMap) {
        writer.key("times")
        writer.beginArray()
        for expression in expressions {
            writer.beginObject()
            writer.spanFields(expression.span, offsets: offsets)
            writer.field("text", expression.text)
            writer.field("type", expression.kind.rawValue)
            writer.field("value", expression.value)
            writer.field("mod", expression.modifier?.rawValue)
            writer.endObject()
        }
        writer.endArray()
    }

    /// Dates the article talks about, as sortable keys: a day ("2024-05-23"), a month ("2024-05")
    /// or a year ("2024"); durations, sets and vague references are not indexed.
    public var indexKeys: [IndexKey] {
        expressions.compactMap { expression in
            guard expression.kind == .date || expression.kind == .time, let key = Self.calendarKey(expression.value) else { return nil }
            return IndexKey(key: key, span: expression.span)
        }
    }

    /// The year, month or day a TIMEX3 value names ("2024", "2024-05", "2024-05-23"; a time's
    /// day), or nil ("2024-W21", "PRESENT_REF", "XXXX-05"): the keys the store indexes.
    public static func calendarKey(_ value: some StringProtocol) -> String? {
        let date = value.prefix { $0 != "T" }
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.utf8.allSatisfy { $0 &- 0x30 < 10 } }),
            parts.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        return String(date)
    }

    private struct Fields: Decodable {
        struct Record: Decodable {
            var start: Int
            var end: Int
            var text: String
            var type: String
            var value: String
            var mod: String?
        }
        var times: [Record]
    }

    public init(fields json: [UInt8], offsets: ScalarOffsetMap) throws {
        let fields = try JSONDecoder().decode(Fields.self, from: Data(json))
        expressions = try fields.times.map { record in
            let span = try offsets.utf8Span(start: record.start, end: record.end, in: Self.kind, of: "time")
            guard let kind = TimeExpression.Kind(rawValue: record.type) else {
                throw LayerDecodingError(kind: Self.kind, reason: "unknown time type '\(record.type)'")
            }
            return TimeExpression(
                span: span, text: record.text, kind: kind, value: record.value,
                modifier: record.mod.flatMap { TimeExpression.Modifier(rawValue: $0) })
        }
    }
}
