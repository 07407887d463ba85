import Foundation

/// A sentence of a training corpus: its tokens with their gold tags.
public struct TrainingSentence: Sendable {
    public var tokens: [NameToken]
    public var tags: [NameTag]
    /// Whether the corpus marks `other` names (MISC): where it does not, a name the model calls
    /// `other` may be right, so it is not corrected.
    public var annotatesOther: Bool
    /// How much a mistake here moves the weights (news-like corpora count more than tweets).
    public var weight: Float
    /// The corpus's language (ISO 639-1).
    public var language: String

    /// Reads a CoNLL file: one `TOKEN<TAB>TAG` per line, a blank line after each sentence.
    public static func readConll(path: String, language: String, annotatesOther: Bool, weight: Float) throws -> [TrainingSentence] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var sentences: [TrainingSentence] = []
        var words: [Substring] = []
        var tags: [NameTag] = []
        func flush() {
            if !words.isEmpty {
                var tokens = words.map { NameToken($0) }
                NameToken.markHeadlines(&tokens, sentences: [0..<tokens.count])
                sentences.append(TrainingSentence(tokens: tokens, tags: tags, annotatesOther: annotatesOther, weight: weight, language: language))
            }
            words.removeAll()
            tags.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else {
                flush()
                continue
            }
            words.append(fields[0])
            tags.append(NameTag(conll: fields[1]) ?? .outside)
        }
        flush()
        return sentences
    }
}
