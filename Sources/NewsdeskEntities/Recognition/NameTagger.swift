/// Tags tokens left to right with the averaged-perceptron model: each token takes the best
/// scoring tag that may follow the previous one (an inside tag only continues its own type).
public struct NameTagger: Sendable {
    let model: NameModel

    public init(model: NameModel) {
        self.model = model
    }

    /// One tag per token. `sentences` are ranges of token indices, in order, covering the tokens.
    public func tags(for tokens: [NameToken], sentences: [Range<Int>], language: String?) -> [NameTag] {
        let script = NameFeatures.CapitalisationScript(language: language)
        var tags = [NameTag](repeating: .outside, count: tokens.count)
        var features: [UInt32] = []
        var scores = [Int32](repeating: 0, count: NameTag.classCount)
        for sentence in sentences {
            var previous = NameTag.outside
            var beforePrevious = NameTag.outside
            for index in sentence {
                features.removeAll(keepingCapacity: true)
                NameFeatures.staticFeatures(of: tokens, at: index, sentence: sentence, script: script, into: &features)
                NameFeatures.tagFeatures(of: tokens[index], previous: previous, beforePrevious: beforePrevious, into: &features)
                for tag in 0..<scores.count { scores[tag] = 0 }
                model.accumulate(features, into: &scores)
                let tag = Self.best(scores, after: previous)
                tags[index] = tag
                beforePrevious = previous
                previous = tag
            }
        }
        return tags
    }

    /// The highest-scoring tag allowed after `previous` (outside on ties).
    static func best<Score: Comparable>(_ scores: [Score], after previous: NameTag) -> NameTag {
        var best = NameTag.outside
        for index in 1..<scores.count where scores[index] > scores[best.index] {
            let tag = NameTag(index: index)
            if tag.mayFollow(previous) { best = tag }
        }
        return best
    }

    /// The names a tag sequence marks: token ranges with their type.
    public static func names(in tags: [NameTag]) -> [(tokens: Range<Int>, type: NameType)] {
        var names: [(tokens: Range<Int>, type: NameType)] = []
        var start: Int?
        var current: NameType?
        for (index, tag) in tags.enumerated() {
            if let type = current, let first = start, !(tag.isInside && tag.type == type) {
                names.append((first..<index, type))
                start = nil
                current = nil
            }
            if tag.isBegin || (tag.isInside && current == nil) {
                start = index
                current = tag.type
            }
        }
        if let type = current, let first = start { names.append((first..<tags.count, type)) }
        return names
    }
}
