import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStore
import Testing

/// The grouping reached on the development sets of `../shared/bench/stories` (BENCHMARKS.md,
/// "Stories"), ingested as `bench/stories.sh` does: in date order, one ingest per date, undated
/// documents last. Pinned a little below, so that a change cannot lose it silently.
@Suite final class StoryAccuracyFloorTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-story-floors-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: scratch) }

    struct Gold: Decodable {
        var id: String
        var date: String?
        var title: String?
        var text: String
        var story: String
        var storyline: String?
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/bench/stories")

    /// Each document's predicted story and storyline (a document not stored is alone).
    func group(_ set: String) throws -> (docs: [Gold], story: [String: String], storyline: [String: String]) {
        let lines = try String(contentsOf: Self.folder.appendingPathComponent("\(set).jsonl"), encoding: .utf8).split(separator: "\n")
        var docs = try lines.map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        for index in docs.indices {
            // One date in timeline.jsonl is written MM-DD-YYYY.
            if let date = docs[index].date, date.count == 10, date.dropFirst(6).allSatisfy(\.isNumber) {
                docs[index].date = "\(date.suffix(4))-\(date.prefix(5))"
            }
        }
        let dated = docs.filter { $0.date != nil }.enumerated().sorted { ($0.element.date!, $0.offset) < ($1.element.date!, $1.offset) }
        docs = dated.map(\.element) + docs.filter { $0.date == nil }
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent(set), withIntermediateDirectories: true)
        let store = try SQLiteStore(path: scratch.appendingPathComponent("\(set).sqlite").path)
        let pipeline = try Pipeline(stages: StageRegistry.defaultPipeline, configuration: Configuration())
        var start = 0
        while start < docs.count {
            var end = start
            var items: [InputItem] = []
            while end < docs.count && docs[end].date == docs[start].date {
                let file = scratch.appendingPathComponent(set).appendingPathComponent("\(end).txt")
                try Data(((docs[end].title.map { $0 + "\n\n" } ?? "") + docs[end].text + "\n").utf8).write(to: file)
                items.append(.file(path: file.path))
                end += 1
            }
            _ = try IngestRun(store: store, pipeline: pipeline, metadata: InputMetadata(date: docs[start].date), jobs: 2).run(items)
            start = end
        }
        var byOrigin: [String: (story: String?, storyline: String?)] = [:]
        try store.forEachArticle { byOrigin[$0.origin ?? ""] = ($0.article.story, $0.article.storyline) }
        var story: [String: String] = [:]
        var storyline: [String: String] = [:]
        for (index, doc) in docs.enumerated() {
            let found = byOrigin[scratch.appendingPathComponent(set).appendingPathComponent("\(index).txt").path]
            story[doc.id] = found?.story ?? "alone:" + doc.id
            storyline[doc.id] = found?.storyline ?? "alone:" + doc.id
        }
        return (docs, story, storyline)
    }

    /// B-cubed F1 of a clustering against the gold, averaged over documents.
    static func bCubedF1(gold: [String: String], predicted: [String: String]) -> Double {
        var goldMembers: [String: Set<String>] = [:]
        var predictedMembers: [String: Set<String>] = [:]
        for (doc, cluster) in gold { goldMembers[cluster, default: []].insert(doc) }
        for (doc, cluster) in predicted { predictedMembers[cluster, default: []].insert(doc) }
        var precision = 0.0
        var recall = 0.0
        for (doc, cluster) in gold {
            let mine = predictedMembers[predicted[doc] ?? doc] ?? [doc]
            let shared = Double(goldMembers[cluster, default: []].intersection(mine).count)
            precision += shared / Double(mine.count)
            recall += shared / Double(goldMembers[cluster, default: []].count)
        }
        precision /= Double(gold.count)
        recall /= Double(gold.count)
        return 2 * precision * recall / (precision + recall)
    }

    @Test func storiesOfTheECBPlusTopics() throws {
        let (docs, story, _) = try group("ecbplus")
        let gold = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.story) })
        // 0.891 measured (0.879 without the days the articles name); the README's TF-IDF
        // single pass reaches 0.860.
        #expect(Self.bCubedF1(gold: gold, predicted: story) >= 0.885)
    }

    @Test func timelineArticlesStayApartAndFollowTheirStorylines() throws {
        let (docs, story, storyline) = try group("timeline")
        let stories = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.story) })
        let lines = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.storyline ?? $0.id) })
        // Every gold story is one article: 0.947 measured (TF-IDF: 0.857).
        #expect(Self.bCubedF1(gold: stories, predicted: story) >= 0.93)
        // 0.628 measured (TF-IDF: 0.633); one storyline per article scores 0.442. It was 0.661
        // before the entity stage found names wherever they recur (0.600 then): the articles
        // about Opel and Saturn now name them as often as they write them, and leave General
        // Motors' storyline; an entity named in the title weighing in the actors brought 0.628.
        #expect(Self.bCubedF1(gold: lines, predicted: storyline) >= 0.615)
    }
}
