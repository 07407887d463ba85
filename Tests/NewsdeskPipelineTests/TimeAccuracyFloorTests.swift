import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskText
import Testing

/// The accuracy the time stage reached on the development sets of `../shared/bench/time`
/// (BENCHMARKS.md), pinned a little below, so that a change cannot lose it silently. Scored as
/// `bench/time.py` scores, through the pipeline `newsdesk analyze --verbatim` runs (TempEval-3: strict spans; relaxed one-to-one pairs, exact first, then
/// the largest overlap; value F1 = relaxed F1 × value accuracy).
@Suite struct TimeAccuracyFloorTests {
    struct Gold: Decodable {
        struct Time: Decodable {
            var start: Int
            var end: Int
            var value: String
        }
        var text: String
        var language: String
        var date: String
        var times: [Time]
    }

    struct Span: Hashable {
        var start: Int
        var end: Int
        var value: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/bench/time")

    /// (strict F1, value F1) of the stage on one set.
    static func score(_ set: String) throws -> (strict: Double, value: Double) {
        let lines = try String(contentsOf: folder.appendingPathComponent("\(set).jsonl"), encoding: .utf8).split(separator: "\n")
        var gold = 0, predicted = 0, strict = 0, paired = 0, valued = 0
        for line in lines {
            let document = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
            let found = try predictions(for: document)
            let expected = document.times.map { Span(start: $0.start, end: $0.end, value: $0.value) }
            gold += expected.count
            predicted += found.count
            strict += found.filter { one in expected.contains { $0.start == one.start && $0.end == one.end } }.count
            for (one, other) in pairs(found, expected) {
                paired += 1
                if one.value == other.value { valued += 1 }
            }
        }
        func f1(_ hits: Int) -> Double { predicted + gold == 0 ? 0 : 2 * Double(hits) / Double(predicted + gold) }
        let valueAccuracy = paired == 0 ? 0 : Double(valued) / Double(paired)
        return (f1(strict), f1(paired) * valueAccuracy)
    }

    static let processor: DocumentProcessor? = try? DocumentProcessor(
        pipeline: Pipeline(stages: StageRegistry.verbatimPipeline, configuration: Configuration()))

    static func predictions(for document: Gold) throws -> [Span] {
        let processor = try #require(processor)
        let item = InputItem.record(
            name: "gold", bytes: Array(document.text.utf8), metadata: InputMetadata(date: document.date, language: document.language))
        guard case .processed(let processed, _) = processor.process(item) else {
            Issue.record("the document was not processed")
            return []
        }
        let text = processed.article.text
        #expect(text == document.text)
        let offsets = ScalarOffsetMap(text)
        return (processed.article.layers[TimeLayer.self]?.expressions ?? []).map {
            Span(start: offsets.scalarOffset(ofUTF8: $0.span.start), end: offsets.scalarOffset(ofUTF8: $0.span.end), value: $0.value)
        }
    }

    /// Overlapping predicted and gold spans paired one to one: exact pairs first, then by overlap.
    static func pairs(_ found: [Span], _ expected: [Span]) -> [(Span, Span)] {
        GreedyPairing.pairs(found, expected) { one, other -> Int? in
            let overlap = min(one.end, other.end) - max(one.start, other.start)
            let exact = one.start == other.start && one.end == other.end
            // Exact pairs before any overlap: no span is a million characters long.
            return overlap > 0 ? overlap + (exact ? 1_000_000 : 0) : nil
        }
    }

    @Test(arguments: [
        ("frtimebank-1999", 0.915, 0.865), ("tempeval3-tbaq", 0.85, 0.78), ("meantime-en", 0.875, 0.85), ("meantime-es", 0.81, 0.785),
    ])
    func floorHolds(_ set: String, strictFloor: Double, valueFloor: Double) throws {
        let score = try Self.score(set)
        #expect(score.strict >= strictFloor, "\(set): strict F1 \(score.strict)")
        #expect(score.value >= valueFloor, "\(set): value F1 \(score.value)")
    }
}
