/// Exact typed span precision, recall and F1 of a tagger on gold sentences (names the corpus
/// does not mark, `other` where it marks none, are not counted against it).
public struct SpanScore: CustomStringConvertible {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public var precision: Double { Double(truePositives) / Double(max(predicted, 1)) }
    public var recall: Double { Double(truePositives) / Double(max(gold, 1)) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public var description: String {
        "P \(Self.format(precision)) R \(Self.format(recall)) F1 \(Self.format(f1)) (gold \(gold))"
    }

    private static func format(_ value: Double) -> String {
        String(Double(Int((value * 1000).rounded())) / 1000)
    }

    public static func evaluate(tagger: NameTagger, on sentences: [TrainingSentence]) -> SpanScore {
        var score = SpanScore()
        for sentence in sentences {
            let predictedTags = tagger.tags(for: sentence.tokens, sentences: [0..<sentence.tokens.count], language: sentence.language)
            let goldNames = NameTagger.names(in: sentence.tags)
            let predictedNames = NameTagger.names(in: predictedTags).filter { sentence.annotatesOther || $0.type != .other }
            score.gold += goldNames.count
            score.predicted += predictedNames.count
            let goldSet = Set(goldNames.map { "\($0.tokens.lowerBound) \($0.tokens.upperBound) \($0.type)" })
            score.truePositives += predictedNames.filter { goldSet.contains("\($0.tokens.lowerBound) \($0.tokens.upperBound) \($0.type)") }.count
        }
        return score
    }
}
