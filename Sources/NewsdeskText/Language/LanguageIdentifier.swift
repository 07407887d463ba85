import Foundation

/// Tells which language a text is written in: ISO 639-1 code and confidence, or `und`.
///
/// The script decides first where it belongs to one language (Hangul → ko, kana → ja, Greek →
/// el…). Among languages sharing a script, a naive-Bayes model scores each word twice over: as a
/// chain of character n-grams (orders 1–5, backing off to shorter contexts) and, where the
/// language has a frequency list, as a known word, mixing the two by the share of running text
/// the list covers. Word evidence is what makes two-word texts work; n-grams carry unknown words.
///
/// A value type holding a shared, immutable model: cheap to copy, safe across threads.
public struct LanguageIdentifier: Sendable {
    public let model: LanguageModel
    /// The languages a guess may name, or nil for all supported ones.
    public let allowedLanguages: Set<String>?
    /// Guesses below this confidence come back as `und`.
    public var minimumConfidence: Double

    /// Per script (by raw value): the model's language indices it may name.
    private let candidates: [[Int]]
    /// Per script: the language the script decides on its own, when that one is allowed.
    private let soleLanguage: [String?]
    /// Per model language: log of the share of running text *not* covered by its word list,
    /// or nil when it has no word list.
    private let unknownWordLog: [Double?]

    private static let letters = LetterTable()
    /// Penalty (log 0.4, "stupid backoff") for each order an n-gram had to drop to be found.
    private static let backoff = -0.9163
    /// Log-probability of a character no n-gram of a language knows.
    private static let unseen = -16.0
    static let maxOrder = 5

    /// The model shipped with Newsdesk, restricted to `languages` when given.
    public static func standard(only languages: Set<String>? = nil) throws(LanguageModelError) -> LanguageIdentifier {
        LanguageIdentifier(model: try LanguageModel.standard.get(), only: languages)
    }

    public init(model: LanguageModel, only languages: Set<String>? = nil, minimumConfidence: Double = 0) {
        self.model = model
        self.allowedLanguages = languages
        self.minimumConfidence = minimumConfidence
        var candidates = [[Int]](repeating: [], count: Script.allCases.count)
        var sole = [String?](repeating: nil, count: Script.allCases.count)
        for (index, code) in model.codes.enumerated() where languages?.contains(code) ?? true {
            let script = Script.of(language: code)
            if script.soleLanguage != nil { sole[script.rawValue] = code } else { candidates[script.rawValue].append(index) }
        }
        self.candidates = candidates
        self.soleLanguage = sole
        self.unknownWordLog = model.words.extras.map { $0 < 0 ? log1mexp(Double($0)) : nil }
    }

    /// Every language this identifier can name.
    public var supportedLanguages: [String] {
        model.codes.filter { allowedLanguages?.contains($0) ?? true }
    }

    public func identify(_ text: some StringProtocol) -> LanguageGuess {
        var text = String(text)
        return text.withUTF8 { identify(utf8: $0) }
    }

    /// Identifies UTF-8 bytes directly (invalid sequences count as separators): no String needed,
    /// for streaming many lines.
    public func identify(utf8 bytes: UnsafeBufferPointer<UInt8>) -> LanguageGuess {
        let tally = ScriptTally(bytes, letters: Self.letters)
        guard let script = tally.dominant else { return .undetermined }
        let guess: LanguageGuess
        if let code = sole(for: script, tally: tally) {
            guess = LanguageGuess(code: code, confidence: 1)
        } else {
            let indices = candidates[script.rawValue]
            switch indices.count {
            case 0: return .undetermined
            case 1: guess = LanguageGuess(code: model.codes[indices[0]], confidence: 1)
            default: guess = score(bytes, script: script, candidates: indices)
            }
        }
        return guess.confidence < minimumConfidence ? .undetermined : guess
    }

    private func sole(for script: Script, tally: ScriptTally) -> String? {
        switch script {
        case .han, .kana:
            // Japanese mixes kanji with kana; Chinese has no kana.
            let japanese = tally.count(.kana) > 0
            return japanese ? soleLanguage[Script.kana.rawValue] : soleLanguage[Script.han.rawValue]
        default:
            return soleLanguage[script.rawValue]
        }
    }

    /// The naive-Bayes decision among languages of one script.
    private func score(_ bytes: UnsafeBufferPointer<UInt8>, script: Script, candidates: [Int]) -> LanguageGuess {
        var scorer = WordScorer(model: model, candidates: candidates, unknownWordLog: unknownWordLog)
        var word = WordBuffer()
        var wordScript = Script.other
        var decoder = UTF8Scalars(bytes)
        while let value = decoder.next() {
            if let folded = Self.letters.fold(value) {
                if word.isEmpty { wordScript = Script(folded) }
                word.append(folded)
            } else if !word.isEmpty {
                if wordScript == script { scorer.add(&word) }
                word.removeAll()
            }
        }
        if !word.isEmpty && wordScript == script { scorer.add(&word) }
        guard scorer.wordCount > 0 else { return .undetermined }
        return scorer.best()
    }

    fileprivate static func score(
        word: borrowing WordBuffer, model: LanguageModel, candidates: [Int], mask: UnsafeMutableBufferPointer<Bool>,
        stamps: UnsafeMutableBufferPointer<Int32>, stamp: inout Int32, into charScores: UnsafeMutableBufferPointer<Double>
    ) {
        let length = word.scalarCount
        word.keys.withUnsafeBufferPointer { keys in
            for position in 0..<length {
                let top = min(maxOrder, position + 1)
                stamp &+= 1
                var remaining = candidates.count
                var order = top
                while order >= 1 && remaining > 0 {
                    let key = keys[(position - order + 1) * maxOrder + order - 1]
                    let table = order <= 3 ? model.lowOrders : model.highOrders
                    let penalty = backoff * Double(top - order)
                    table.postings.withUnsafeBufferPointer { postings in
                        for posting in postings[table.lookup(key)] {
                            let language = Int(posting >> 8)
                            guard mask[language], stamps[language] != stamp else { continue }
                            stamps[language] = stamp
                            charScores[language] += penalty - Double(posting & 0xFF) / Double(NGramTable.stepsPerNat)
                            remaining -= 1
                        }
                    }
                    order -= 1
                }
                if remaining > 0 {
                    let penalty = unseen + backoff * Double(top - 1)
                    for language in candidates where stamps[language] != stamp { charScores[language] += penalty }
                }
            }
        }
    }
}

/// Accumulates per-language log-likelihoods over the words of one text.
private struct WordScorer {
    let model: LanguageModel
    let candidates: [Int]
    let unknownWordLog: [Double?]
    var totals: [Double]
    var charScores: [Double]
    var mask: [Bool]
    var stamps: [Int32]
    var stamp: Int32 = 0
    var wordFrequencies: [Double]
    private(set) var wordCount = 0

    init(model: LanguageModel, candidates: [Int], unknownWordLog: [Double?]) {
        self.model = model
        self.candidates = candidates
        self.unknownWordLog = unknownWordLog
        let count = model.codes.count
        totals = [Double](repeating: 0, count: count)
        charScores = totals
        wordFrequencies = totals
        mask = [Bool](repeating: false, count: count)
        for index in candidates { mask[index] = true }
        stamps = [Int32](repeating: 0, count: count)
    }

    mutating func add(_ word: inout WordBuffer) {
        word.computeKeys(maxOrder: LanguageIdentifier.maxOrder)
        wordCount += 1
        for language in candidates {
            charScores[language] = 0
            wordFrequencies[language] = .nan
        }
        let (model, candidates) = (self.model, self.candidates)
        charScores.withUnsafeMutableBufferPointer { charScores in
            mask.withUnsafeMutableBufferPointer { mask in
                stamps.withUnsafeMutableBufferPointer { stamps in
                    LanguageIdentifier.score(
                        word: word, model: model, candidates: candidates, mask: mask, stamps: stamps,
                        stamp: &stamp, into: charScores)
                }
            }
        }
        let words = model.words
        for posting in words.postings[words.lookup(word.key)] {
            wordFrequencies[Int(posting >> 8)] = -Double(posting & 0xFF) / Double(NGramTable.stepsPerNat)
        }
        for language in candidates {
            let chars = charScores[language]
            guard let unknown = unknownWordLog[language] else {
                totals[language] += chars
                continue
            }
            let frequency = wordFrequencies[language]
            totals[language] += frequency.isNaN ? unknown + chars : logAddExp(frequency, unknown + chars)
        }
    }

    /// The best language and its posterior probability among the candidates.
    func best() -> LanguageGuess {
        var bestIndex = candidates[0]
        for language in candidates where totals[language] > totals[bestIndex] { bestIndex = language }
        let top = totals[bestIndex]
        var sum = 0.0
        for language in candidates { sum += exp(totals[language] - top) }
        return LanguageGuess(code: model.codes[bestIndex], confidence: 1 / sum)
    }
}

@inline(__always)
private func logAddExp(_ a: Double, _ b: Double) -> Double {
    a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b))
}

/// log(1 - e^x) for x < 0.
private func log1mexp(_ x: Double) -> Double {
    x > -0.693 ? log(-expm1(x)) : log1p(-exp(x))
}
