import NewsdeskCore

/// Whether an expression sits in a clause about the future: the nearest tense cue in its sentence
/// decides, a future word ("will", "va", "wird") or verb ending ("-ront", "-rá") against a past
/// auxiliary or verb ending ("was", "avait", "hatte", "-ed"). This is what makes a bare
/// "dimanche" or "March" the next one or the last one.
enum TenseCues {
    enum Cue { case past, future }

    /// For each token, the nearest cue of its sentence, or nil when the sentence has none.
    static func tokenTenses(
        tokens: [TimeToken], phrases: [[TimeWordMatch]], sentences: [TextSpan], lexicon: TimeLexicon, text: String
    ) -> [Cue?] {
        let cues = tokens.indices.map { cue(at: $0, tokens: tokens, phrases: phrases, lexicon: lexicon, text: text) }
        var result = [Cue?](repeating: nil, count: tokens.count)
        let spans = sentences.isEmpty ? [TextSpan(start: 0, end: text.utf8.count)] : sentences
        var first = 0
        for sentence in spans {
            while first < tokens.count && tokens[first].start < sentence.start { first += 1 }
            var last = first
            while last < tokens.count && tokens[last].start < sentence.end { last += 1 }
            markNearest(cues: cues, in: first..<last, into: &result)
            first = last
        }
        return result
    }

    /// For each token of `range`, the nearest cue in the range, before or after it.
    private static func markNearest(cues: [Cue?], in range: Range<Int>, into result: inout [Cue?]) {
        guard !range.isEmpty else { return }
        var before: [(Cue, Int)?] = Array(repeating: nil, count: range.count)
        var latest: (Cue, Int)?
        for index in range {
            if let cue = cues[index] { latest = (cue, index) }
            before[index - range.lowerBound] = latest
        }
        var following: (Cue, Int)?
        for index in range.reversed() {
            if let cue = cues[index] { following = (cue, index) }
            let previous = before[index - range.lowerBound]
            let nearest: Cue?
            switch (previous, following) {
            case let (p?, f?): nearest = index - p.1 <= f.1 - index ? p.0 : f.0
            case let (p?, nil): nearest = p.0
            case let (nil, f?): nearest = f.0
            case (nil, nil): nearest = nil
            }
            result[index] = nearest
        }
    }

    private static func cue(at index: Int, tokens: [TimeToken], phrases: [[TimeWordMatch]], lexicon: TimeLexicon, text: String) -> Cue? {
        if phrases[index].contains(where: { $0.word.kind == .future }) { return .future }
        if phrases[index].contains(where: { $0.word.kind == .past }) { return .past }
        let token = tokens[index]
        guard token.kind == .word, !(lexicon.futureSuffixes.isEmpty && lexicon.pastSuffixes.isEmpty) else { return nil }
        let word = String(Substring(text.utf8.dropFirst(token.start).prefix(token.end - token.start))).lowercased()
        let length = word.count
        for suffix in lexicon.futureSuffixes where length >= suffix.count + 2 && word.hasSuffix(suffix) {
            return .future
        }
        for suffix in lexicon.pastSuffixes where length >= suffix.count + 3 && word.hasSuffix(suffix) {
            return .past
        }
        return nil
    }
}
