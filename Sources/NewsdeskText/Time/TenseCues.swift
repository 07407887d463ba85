import NewsdeskCore

/// Whether an expression sits in a clause about the future: the nearest tense cue in its sentence
/// decides, a future word ("will", "va", "wird") or verb ending ("-ront", "-rá") against a past
/// auxiliary or verb ending ("was", "avait", "hatte", "-ed"). This is what makes a bare
/// "dimanche" or "March" the next one or the last one. A sentence is read only when one of its
/// expressions asks (most sentences hold none).
final class TenseCues {
    enum Cue: Sendable { case past, future }

    private let tokens: [TimeToken]
    private let phrases: [[TimeWordMatch]]
    private let lexicon: TimeLexicon
    private let text: String
    /// The sentence of each token, as a range of token indices.
    private let sentenceOfToken: [Range<Int>]
    /// The nearest cue for each token, filled in a sentence at a time.
    private var nearest: [Cue?]
    private var readSentences = Set<Int>()

    init(tokens: [TimeToken], phrases: [[TimeWordMatch]], sentences: [TextSpan], lexicon: TimeLexicon, text: String) {
        self.tokens = tokens
        self.phrases = phrases
        self.lexicon = lexicon
        self.text = text
        nearest = [Cue?](repeating: nil, count: tokens.count)
        var ranges = [Range<Int>](repeating: 0..<tokens.count, count: tokens.count)
        var first = 0
        for sentence in sentences {
            while first < tokens.count && tokens[first].start < sentence.start { first += 1 }
            var last = first
            while last < tokens.count && tokens[last].start < sentence.end { last += 1 }
            for index in first..<last { ranges[index] = first..<last }
            first = last
        }
        sentenceOfToken = ranges
    }

    /// The tense of the cue nearest token `index` in its sentence, or nil when it has none.
    func tense(at index: Int) -> Cue? {
        guard index < tokens.count else { return nil }
        let range = sentenceOfToken[index]
        if readSentences.insert(range.lowerBound).inserted { markNearest(in: range) }
        return nearest[index]
    }

    /// For each token of `range`, the nearest cue in its clause (between commas, semicolons,
    /// colons or brackets), else the nearest in the sentence, before or after it. A relative
    /// clause speaks of the noun before it: its cues do not count for what comes before it
    /// ("le recensement de mars-avril, qui devraient être affinés, …" is past).
    private func markNearest(in range: Range<Int>) {
        var clauses: [Range<Int>] = []
        var clauseStart = 0
        for offset in 0...range.count where offset == range.count || Self.breaksClause(tokens[range.lowerBound + offset]) {
            clauses.append(clauseStart..<offset)
            clauseStart = offset + 1
        }
        let cues = range.map(cue)
        let relatives = clauses.filter { isRelative($0, in: range) }
        let inSentence = Self.nearest(cues[...])
        for clause in clauses {
            let inClause = Self.nearest(cues[clause])
            var fallback = inSentence
            let later = relatives.filter { $0.lowerBound > clause.lowerBound }
            if !later.isEmpty {
                var earlierCues = cues
                for relative in later { for position in relative { earlierCues[position] = nil } }
                fallback = Self.nearest(earlierCues[...])
            }
            for position in clause {
                nearest[range.lowerBound + position] = inClause[position - clause.lowerBound] ?? fallback[position]
            }
        }
    }

    /// Whether the clause at `clause` (offsets in the sentence `range`) opens with a relative
    /// pronoun.
    private func isRelative(_ clause: Range<Int>, in range: Range<Int>) -> Bool {
        guard let first = clause.first else { return false }
        return phrases[range.lowerBound + first].contains { $0.word.kind == .relpronoun }
    }

    private static func breaksClause(_ token: TimeToken) -> Bool {
        token.kind == .symbol && [",", ";", ":", "(", ")"].contains(token.folded)
    }

    /// For each position of `cues`, the cue nearest it, before or after (before on a tie).
    private static func nearest(_ cues: ArraySlice<Cue?>) -> [Cue?] {
        var before: [(Cue, Int)?] = []
        before.reserveCapacity(cues.count)
        var latest: (Cue, Int)?
        for index in cues.indices {
            if let cue = cues[index] { latest = (cue, index) }
            before.append(latest)
        }
        var result = [Cue?](repeating: nil, count: cues.count)
        var following: (Cue, Int)?
        for index in cues.indices.reversed() {
            if let cue = cues[index] { following = (cue, index) }
            let position = index - cues.startIndex
            switch (before[position], following) {
            case let (previous?, next?): result[position] = index - previous.1 <= next.1 - index ? previous.0 : next.0
            case let (previous?, nil): result[position] = previous.0
            case let (nil, next?): result[position] = next.0
            case (nil, nil): result[position] = nil
            }
        }
        return result
    }

    /// The tense cue that token `index` is itself, if any ("a" in "a été", "will").
    func cue(at index: Int) -> Cue? {
        if let cue = wordCue(at: index) { return cue }
        // A verb ending counts on a lower-case word ("United", "Sahara" are names), not a word
        // listed as none ("succeed", "hundred"), and not after an auxiliary, whose tense the
        // participle takes ("will be acquired", "est attendu").
        let token = tokens[index]
        guard token.kind == .word, !isName(at: index), !followsAuxiliary(index) else { return nil }
        let word = lowercased(token)
        guard !lexicon.untensedWords.contains(word) else { return nil }
        let length = word.count
        for suffix in lexicon.futureSuffixes where length >= suffix.count + 2 && word.hasSuffix(suffix) {
            return .future
        }
        for suffix in lexicon.pastSuffixes where length >= suffix.count + 3 && word.hasSuffix(suffix) {
            return .past
        }
        return nil
    }

    /// Whether the word before token `index` is a cue or a tenseless auxiliary ("is"), or ends a
    /// cue phrase ("will be").
    private func followsAuxiliary(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if wordCue(at: index - 1) != nil || lexicon.untensedWords.contains(lowercased(tokens[index - 1])) { return true }
        return (max(0, index - lexicon.longestPhrase)..<index).contains { start in
            phrases[start].contains { [.future, .past].contains($0.word.kind) && $0.end == index }
        }
    }

    /// Whether token `index` is capitalised as a name is inside a sentence ("United"; not "FERA"
    /// in a headline, nor "Volverán" opening a sentence).
    private func isName(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.capitalized,
            Substring(text.utf8.dropFirst(token.start).prefix(token.end - token.start)).unicodeScalars.dropFirst().contains(where: { $0.properties.isLowercase })
        else { return false }
        return (sentenceOfToken[index].lowerBound..<index).contains { tokens[$0].kind != .symbol }
    }

    private func lowercased(_ token: TimeToken) -> String {
        String(Substring(text.utf8.dropFirst(token.start).prefix(token.end - token.start))).lowercased()
    }

    /// The tense of token `index` as a listed word or phrase ("will", "a", "va").
    private func wordCue(at index: Int) -> Cue? {
        if phrases[index].contains(where: { $0.word.kind == .future }) { return .future }
        if phrases[index].contains(where: { $0.word.kind == .past }) { return .past }
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let word = lowercased(token)
        if lexicon.futureWords.contains(word) { return .future }
        if lexicon.pastWords.contains(word) { return .past }
        return nil
    }
}
