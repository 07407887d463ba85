import CPrefetch
import Foundation

/// Accumulates per-language log-likelihoods over the words of one text. Works on raw buffers
/// that live for one call: this is the hot loop of `newsdesk language --lines`.
///
/// Two running totals: the text's (one paragraph, or a line), and the document's, which an
/// article's paragraphs feed as they are scanned, so that the words deciding the article's
/// language are scored once for both purposes. Each is the same sum, word by word in text order,
/// that scoring its words on their own would give.
struct WordScorer {
    /// Views of the n-gram tables, orders 1 to 5.
    let orders: (NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View, NGramTable.View)
    let words: WordTable.View
    let candidates: UnsafeBufferPointer<Int>
    /// Per language: log share of text its word list misses; NaN without a word list.
    let unknownWordLog: UnsafeBufferPointer<Double>
    /// Per language: the text's and the document's total log-likelihood.
    let totals: UnsafeMutableBufferPointer<Double>
    let documentTotals: UnsafeMutableBufferPointer<Double>
    /// Per language: the current word's character score (computed for every language, read
    /// for the candidates only), and its current character's.
    let charScores: UnsafeMutableBufferPointer<Double>
    let positionScores: UnsafeMutableBufferPointer<Double>
    let wordFrequencies: UnsafeMutableBufferPointer<Double>
    let cache: WordScoreCache?
    let languageCount: Int
    let script: Script
    private(set) var wordCount = 0
    private(set) var documentWordCount = 0
    /// Letters (scalars) in the scored words of the text and of the document.
    private var letterCount = 0
    private var documentLetterCount = 0
    private var word = WordBuffer()
    /// Slot entries of the word's n-grams (0: unknown), indexed like `WordBuffer.keys`.
    private var probes: [UInt64] = []
    /// The words of the text being scanned, in order (see `scan`).
    private var found: [FoundWord] = []

    /// A word of the scanned text: where its bytes are, its cache key, and its cached scores
    /// once looked up.
    private struct FoundWord {
        var bytes: Range<Int>
        var key: UInt64
        var letters: Int
        var scores: UnsafeBufferPointer<Double>?
    }

    /// Which totals a scan adds its words to.
    struct Targets: OptionSet {
        let rawValue: UInt8
        static let text = Targets(rawValue: 1)
        static let document = Targets(rawValue: 2)
    }

    init(
        orders: [NGramTable.View], words: WordTable.View, candidates: UnsafeBufferPointer<Int>, script: Script,
        unknownWordLog: UnsafeBufferPointer<Double>, languageCount: Int, cache: WordScoreCache?
    ) {
        self.cache = cache
        self.languageCount = languageCount
        self.orders = (orders[0], orders[1], orders[2], orders[3], orders[4])
        self.words = words
        self.candidates = candidates
        self.script = script
        self.unknownWordLog = unknownWordLog
        totals = .allocate(capacity: languageCount)
        totals.initialize(repeating: 0)
        documentTotals = .allocate(capacity: languageCount)
        documentTotals.initialize(repeating: 0)
        charScores = .allocate(capacity: languageCount)
        charScores.initialize(repeating: 0)
        positionScores = .allocate(capacity: languageCount)
        positionScores.initialize(repeating: 0)
        wordFrequencies = .allocate(capacity: languageCount)
        wordFrequencies.initialize(repeating: 0)
    }

    func deallocate() {
        word.deallocate()
        totals.deallocate()
        documentTotals.deallocate()
        charScores.deallocate()
        positionScores.deallocate()
        wordFrequencies.deallocate()
    }

    /// Starts the text's totals over, for the next paragraph.
    mutating func startText() {
        totals.update(repeating: 0)
        wordCount = 0
        letterCount = 0
    }

    /// Scores every word of the scorer's script in `bytes`, adding them to `targets`.
    ///
    /// In three passes over the text's words, so that the cache's misses overlap instead of
    /// following one another (a lookup is a load from a table of a megabyte and a row from
    /// several, most of a found word's cost): the words and their cache keys, with a prefetch
    /// of each key's slot; the lookups, with a prefetch of each row found; then the scores,
    /// added word by word in text order as before.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into targets: Targets) {
        findWords(in: bytes)
        if let cache {
            for found in found { cache.prefetchSlot(of: found.key) }
            for index in found.indices {
                found[index].scores = cache.scores(of: found[index].key)
                if let scores = found[index].scores { cache.prefetchRow(scores) }
            }
        }
        for found in found {
            if targets.contains(.text) {
                wordCount += 1
                letterCount += found.letters
            }
            if targets.contains(.document) {
                documentWordCount += 1
                documentLetterCount += found.letters
            }
            // A word met earlier in this text was cached after the lookups.
            if let scores = found.scores ?? cache?.scores(of: found.key) {
                // Every language at once (a non-candidate's total is never read): a plain loop
                // over adjacent numbers, cheaper than picking the candidates out.
                if targets.contains(.text) { Self.add(scores, to: totals) }
                if targets.contains(.document) { Self.add(scores, to: documentTotals) }
            } else {
                fill(from: UnsafeBufferPointer(rebasing: bytes[found.bytes]))
                scoreWord(key: found.key, into: targets)
            }
        }
    }

    /// Lists the words of the scorer's script in `bytes` with their cache keys (the key a
    /// `WordBuffer` of the word gives).
    private mutating func findWords(in bytes: UnsafeBufferPointer<UInt8>) {
        found.removeAll(keepingCapacity: true)
        let letters = LanguageIdentifier.letters
        let script = self.script
        var decoder = UTF8Scalars(bytes)
        var start = 0
        var wordScript = Script.other
        var hasher = KeyHasher()
        var byteCount = 0
        var letterCount = 0
        func close(at end: Int) {
            if byteCount > 0 && wordScript == script {
                let key = WordScoreCache.key(word: hasher.key, byteCount: byteCount, script: script)
                found.append(FoundWord(bytes: start..<end, key: key, letters: letterCount))
            }
            hasher = KeyHasher()
            byteCount = 0
            letterCount = 0
        }
        while true {
            let position = decoder.position
            guard let value = decoder.next() else { break }
            guard let folded = letters.fold(value) else {
                close(at: position)
                continue
            }
            if byteCount == 0 {
                start = position
                wordScript = Script(folded)
            }
            byteCount += WordBuffer.hash(folded, into: &hasher)
            letterCount += 1
        }
        close(at: bytes.count)
    }

    /// Puts the word in `bytes` (one word's letters, as `findWords` delimits them) in `word`.
    private mutating func fill(from bytes: UnsafeBufferPointer<UInt8>) {
        word.removeAll()
        let letters = LanguageIdentifier.letters
        var decoder = UTF8Scalars(bytes)
        while let value = decoder.next() {
            if let folded = letters.fold(value) { word.append(folded) }
        }
    }

    /// Scores the word in `word`, a word not in the cache, adds it to `targets` and caches it.
    private mutating func scoreWord(key cacheKey: UInt64, into targets: Targets) {
        let maxOrder = LanguageIdentifier.maxOrder
        word.computeKeys(maxOrder: maxOrder)
        charScores.update(repeating: 0)
        for language in candidates { wordFrequencies[language] = .nan }
        let length = word.scalarCount
        // All probes first, then the prefetches of their postings, then the scoring: the probes
        // are independent loads, so the processor overlaps their cache misses instead of waiting
        // for each in turn, and the postings' misses overlap in the same way.
        let probeCount = length * maxOrder
        if probes.count < probeCount { probes = [UInt64](repeating: 0, count: probeCount * 2) }
        let orders = self.orders
        /// Each n-gram of the word: its order and its index in `keys` and `probes`.
        func forEachNGram(_ body: (_ order: Int, _ index: Int) -> Void) {
            for start in 0..<length {
                for order in 1...min(maxOrder, length - start) { body(order, start * maxOrder + order - 1) }
            }
        }
        word.keys.withUnsafeBufferPointer { keys in
            probes.withUnsafeMutableBufferPointer { probes in
                forEachNGram { order, index in probes[index] = Self.table(order, of: orders).entry(keys[index]) }
                forEachNGram { order, index in Self.table(order, of: orders).prefetchPostings(of: probes[index]) }
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
        }
        if targets.contains(.text) { Self.add(UnsafeBufferPointer(charScores), to: totals) }
        if targets.contains(.document) { Self.add(UnsafeBufferPointer(charScores), to: documentTotals) }
        cache?.insert(cacheKey, scores: UnsafeBufferPointer(charScores))
    }

    @inline(__always)
    private static func add(_ scores: UnsafeBufferPointer<Double>, to totals: UnsafeMutableBufferPointer<Double>) {
        for language in 0..<min(scores.count, totals.count) { totals[language] += scores[language] }
    }

    /// Adds log P(character at `position` | up to four before it) for every language, taking
    /// for each the longest n-gram it knows and a backoff penalty per order dropped.
    ///
    /// Orders go up, each known n-gram overwriting its languages' shorter ones: a few plain
    /// stores per posting, where going down and skipping languages already scored tested and
    /// updated a set on every posting. (A key has at most one posting per language.)
    @inline(__always)
    private func scorePosition(_ position: Int, probes: UnsafeBufferPointer<UInt64>) {
        let maxOrder = LanguageIdentifier.maxOrder
        let backoff = LanguageIdentifier.backoff
        let step = 1 / Double(NGramTable.stepsPerNat)
        let top = min(maxOrder, position + 1)
        positionScores.update(repeating: LanguageIdentifier.unseen + backoff * Double(top - 1))
        for order in 1...top {
            let entry = probes[(position - order + 1) * maxOrder + order - 1]
            guard entry != 0 else { continue }
            let penalty = backoff * Double(top - order)
            Self.table(order, of: orders).forEachPosting(of: entry) { posting in
                positionScores[Int(posting >> 8)] = penalty - Double(posting & 0xFF) * step
            }
        }
        for language in 0..<languageCount { charScores[language] += positionScores[language] }
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

    /// The best language for the text, its posterior probability among the candidates, and the
    /// text's log-likelihood per letter under that language (see `LanguageIdentifier.isPlausible`).
    func best() -> Best { best(totals, words: wordCount, letters: letterCount) }

    /// The same for the document.
    func bestForDocument() -> Best { best(documentTotals, words: documentWordCount, letters: documentLetterCount) }

    struct Best {
        var language: Int
        var confidence: Double
        var script: Script
        var logLikelihoodPerLetter: Double
    }

    private func best(_ totals: UnsafeMutableBufferPointer<Double>, words: Int, letters: Int) -> Best {
        // Languages without a word list start behind (see LanguageIdentifier.unlistedPrior).
        let unlisted = LanguageIdentifier.unlistedPrior(words: words)
        func score(_ language: Int) -> Double { totals[language] + (unknownWordLog[language].isNaN ? unlisted : 0) }
        var bestIndex = candidates[0]
        for language in candidates where score(language) > score(bestIndex) { bestIndex = language }
        let top = score(bestIndex)
        var sum = 0.0
        for language in candidates { sum += exp(score(language) - top) }
        return Best(
            language: bestIndex, confidence: 1 / sum, script: script, logLikelihoodPerLetter: totals[bestIndex] / Double(max(letters, 1)))
    }
}
