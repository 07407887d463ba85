import Foundation

/// Accumulates per-language log-likelihoods over the words of one text. Works on raw buffers
/// that live for one call: this is the hot loop of `newsdesk language --lines`.
struct WordScorer {
    /// Views of the n-gram tables, orders 1 to 5.
    let orders: (NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View)
    let words: NGramTable.View
    let candidates: UnsafeBufferPointer<Int>
    /// Per language: log share of text its word list misses; NaN without a word list.
    let unknownWordLog: UnsafeBufferPointer<Double>
    let totals: UnsafeMutableBufferPointer<Double>
    let charScores: UnsafeMutableBufferPointer<Double>
    let wordFrequencies: UnsafeMutableBufferPointer<Double>
    let candidateSet: LanguageSet
    let cache: WordScoreCache?
    let languageCount: Int
    private var script = Script.other
    private(set) var wordCount = 0
    private var word = WordBuffer()
    /// Slot entries of the word's n-grams (0: unknown), indexed like `WordBuffer.keys`.
    private var probes: [UInt64] = []

    init(
        orders: [NGramTable.View], words: NGramTable.View, candidates: UnsafeBufferPointer<Int>,
        unknownWordLog: UnsafeBufferPointer<Double>, languageCount: Int, cache: WordScoreCache?
    ) {
        self.cache = cache
        self.languageCount = languageCount
        self.orders = (orders[0], orders[1], orders[2], orders[3], orders[4])
        self.words = words
        self.candidates = candidates
        self.unknownWordLog = unknownWordLog
        totals = .allocate(capacity: languageCount)
        totals.initialize(repeating: 0)
        charScores = .allocate(capacity: languageCount)
        charScores.initialize(repeating: 0)
        wordFrequencies = .allocate(capacity: languageCount)
        wordFrequencies.initialize(repeating: 0)
        var set = LanguageSet()
        for index in candidates { set.insert(index) }
        candidateSet = set
    }

    func deallocate() {
        totals.deallocate()
        charScores.deallocate()
        wordFrequencies.deallocate()
    }

    /// Scores every word of `script` in the text.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, script: Script) {
        self.script = script
        let letters = LanguageIdentifier.letters
        var wordScript = Script.other
        var decoder = UTF8Scalars(bytes)
        while let value = decoder.next() {
            if let folded = letters.fold(value) {
                if word.isEmpty { wordScript = Script(folded) }
                word.append(folded)
            } else if !word.isEmpty {
                if wordScript == script { addWord() }
                word.removeAll()
            }
        }
        if !word.isEmpty && wordScript == script { addWord() }
    }

    private mutating func addWord() {
        wordCount += 1
        let cacheKey = UInt64(word.key) << 32 | UInt64(min(word.bytes.count, 0xFF_FFFF)) << 8 | UInt64(script.rawValue)
        if let cache, let offset = cache.index[cacheKey] {
            cache.values.withUnsafeBufferPointer { values in
                for language in candidates { totals[language] += values[offset + language] }
            }
            return
        }
        let maxOrder = LanguageIdentifier.maxOrder
        word.computeKeys(maxOrder: maxOrder)
        for language in candidates {
            charScores[language] = 0
            wordFrequencies[language] = .nan
        }
        let length = word.scalarCount
        // All probes first, then the scoring: the probes are independent loads, so the processor
        // overlaps their cache misses instead of waiting for each in turn.
        let probeCount = length * maxOrder
        if probes.count < probeCount { probes = [UInt64](repeating: 0, count: probeCount * 2) }
        let orders = self.orders
        word.keys.withUnsafeBufferPointer { keys in
            probes.withUnsafeMutableBufferPointer { probes in
                for start in 0..<length {
                    for order in 1...min(maxOrder, length - start) {
                        let index = start * maxOrder + order - 1
                        probes[index] = Self.table(order, of: orders).entry(keys[index])
                    }
                }
            }
        }
        probes.withUnsafeBufferPointer { probes in
            for position in 0..<length { scorePosition(position, probes: probes) }
        }
        let step = 1 / Double(NGramTable.stepsPerNat)
        for posting in words.lookup(word.key) {
            wordFrequencies[Int(posting >> 8)] = -Double(posting & 0xFF) * step
        }
        // The word's score per language, kept in charScores.
        for language in candidates {
            let chars = charScores[language]
            let unknown = unknownWordLog[language]
            let frequency = wordFrequencies[language]
            let score = unknown.isNaN ? chars : frequency.isNaN ? unknown + chars : logAddExp(frequency, unknown + chars)
            charScores[language] = score
            totals[language] += score
        }
        if let cache {
            if cache.index.count >= cache.capacity { cache.removeAll() }
            cache.index[cacheKey] = cache.values.count
            cache.values.append(contentsOf: charScores)
        }
    }

    /// Adds log P(character at `position` | up to four before it) for every candidate, taking
    /// for each language the longest n-gram it knows and a backoff penalty per order dropped.
    @inline(__always)
    private func scorePosition(_ position: Int, probes: UnsafeBufferPointer<UInt64>) {
        let maxOrder = LanguageIdentifier.maxOrder
        let backoff = LanguageIdentifier.backoff
        let step = 1 / Double(NGramTable.stepsPerNat)
        let top = min(maxOrder, position + 1)
        var unscored = candidateSet
        var remaining = candidates.count
        var order = top
        while order >= 1 && remaining > 0 {
            defer { order -= 1 }
            let entry = probes[(position - order + 1) * maxOrder + order - 1]
            guard entry != 0 else { continue }
            let penalty = backoff * Double(top - order)
            for posting in Self.table(order, of: orders).postings(of: entry) {
                let language = Int(posting >> 8)
                guard unscored.contains(language) else { continue }
                charScores[language] += penalty - Double(posting & 0xFF) * step
                unscored.remove(language)
                remaining -= 1
                // Every candidate has its score: the rest of the list cannot change anything.
                if remaining == 0 { break }
            }
        }
        if remaining > 0 {
            let penalty = LanguageIdentifier.unseen + backoff * Double(top - 1)
            for language in unscored { charScores[language] += penalty }
        }
    }

    @inline(__always)
    private static func table(
        _ order: Int, of orders: (NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View)
    ) -> NGramTable.View {
        switch order {
        case 1: orders.0
        case 2: orders.1
        case 3: orders.2
        case 4: orders.3
        default: orders.4
        }
    }

    /// The best language and its posterior probability among the candidates.
    func best() -> (Int, Double) {
        // Languages without a word list start behind (see LanguageIdentifier.unlistedPrior).
        let unlisted = LanguageIdentifier.unlistedPrior(words: wordCount)
        func score(_ language: Int) -> Double { totals[language] + (unknownWordLog[language].isNaN ? unlisted : 0) }
        var bestIndex = candidates[0]
        for language in candidates where score(language) > score(bestIndex) { bestIndex = language }
        let top = score(bestIndex)
        var sum = 0.0
        for language in candidates { sum += exp(score(language) - top) }
        return (bestIndex, 1 / sum)
    }
}
