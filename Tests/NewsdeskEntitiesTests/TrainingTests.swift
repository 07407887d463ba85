import Foundation
import Testing

@testable import NewsdeskEntities

/// The trainer learns from gold sentences, and the model it writes, read back from its file,
/// tags new sentences as the training taught it.
@Suite struct TrainingTests {
    static func sentence(_ tagged: String, annotatesOther: Bool = true) -> TrainingSentence {
        let pairs = tagged.split(separator: " ").map { pair -> (Substring, NameTag) in
            let parts = pair.split(separator: "/")
            return (parts[0], NameTag(conll: parts[1]) ?? .outside)
        }
        return TrainingSentence(
            tokens: pairs.map { NameToken($0.0) }, tags: pairs.map(\.1), annotatesOther: annotatesOther, weight: 1, language: "en")
    }

    @Test func aTrainedModelTagsUnseenNames() throws {
        let people = ["Anna Berg", "Tomas Lind", "Maria Holt", "Jonas Ekman", "Petra Sand", "Karl Dahl"]
        let towns = ["Varberg", "Kalmar", "Lund", "Umea", "Falun", "Visby"]
        var sentences: [TrainingSentence] = []
        for (person, town) in zip(people, towns) {
            let name = person.split(separator: " ")
            sentences.append(Self.sentence("Mayor/O \(name[0])/B-PER \(name[1])/I-PER visited/O \(town)/B-LOC on/O Monday/O ./O"))
            sentences.append(Self.sentence("In/O \(town)/B-LOC ,/O \(name[0])/B-PER \(name[1])/I-PER spoke/O to/O reporters/O ./O"))
        }
        var trainer = PerceptronTrainer()
        trainer.minimumCount = 1
        trainer.epochs = 10
        var accuracies: [Double] = []
        let weights = trainer.train(sentences) { _, accuracy in accuracies.append(accuracy) }
        #expect(accuracies.last ?? 0 > accuracies.first ?? 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).bin").path
        try Data(NameModelWriter.bytes(weights: weights)).write(to: URL(fileURLWithPath: path))
        let tagger = NameTagger(model: try NameModel(path: path))
        let test = "Mayor Elsa Norn visited Vaxholm on Monday .".split(separator: " ").map { NameToken($0) }
        let names = NameTagger.names(in: tagger.tags(for: test, sentences: [0..<test.count], language: "en"))
        #expect(names.map(\.tokens) == [1..<3, 4..<5])
        #expect(names.map(\.type) == [.person, .place])
        let score = SpanScore.evaluate(tagger: tagger, on: sentences)
        #expect(score.f1 > 0.9, "\(score)")
    }

    @Test func aModelFileIsChecked() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).bin").path
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: NameModel.Corrupt.self) { _ = try NameModel(path: path) }
        var truncated = NameModelWriter.bytes(weights: [42: [1, 0, 0, 0, 0, 0, 0, 0, 0]])
        truncated.removeLast(3)
        try Data(truncated).write(to: URL(fileURLWithPath: path))
        #expect(throws: NameModel.Corrupt.self) { _ = try NameModel(path: path) }
    }
}
