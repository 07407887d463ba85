/// Tells which language a text is written in: ISO 639-1 code and confidence, or `und`.
///
/// The script decides first where it belongs to one language (Hangul → ko, kana → ja, Greek →
/// el…). Among languages sharing a script, a naive-Bayes model scores each word twice over: as a
/// chain of character n-grams (orders 1–5, backing off to shorter contexts) and, where the
/// language has a frequency list, as a known word, mixing the two by the share of running text
/// the list covers. Word evidence is what makes two-word texts work; n-grams carry unknown words.
/// Languages without a word list start a short text behind (`unlistedPrior`). A text with too
/// little evidence for any language (too few letters, mostly symbols, letters in no language's
/// order) is `und` (see `LanguageEvidence.swift`).
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
    /// or NaN when it has no word list.
    private let unknownWordLog: [Double]

    static let letters = LetterTable()
    /// Penalty (log 0.4, "stupid backoff") for each order an n-gram had to drop to be found.
    static let backoff = -0.9163
    /// Log-probability of a character no n-gram of a language knows.
    static let unseen = -16.0
    /// Log prior of a language that has no word list, for a text of `words` words: -2 per word,
    /// for the first two words. A listed language pays the log share of text its list misses
    /// (-1.6 to -3.3) on every unknown word, so without this a list-less neighbour (Afrikaans
    /// for Dutch, Nynorsk for Danish, Latin, Esperanto) wins short texts on character n-grams
    /// alone; bounded, it leaves longer texts to their evidence. Set on the development set of
    /// scripts/build-langid-devset.py (scripts/langid-dev.sh): the most that keeps the list-less
    /// languages' own accuracy there within a point of what it was without it.
    static func unlistedPrior(words: Int) -> Double { -2.0 * Double(min(words, 2)) }
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
        self.unknownWordLog = model.words.extras.map { $0 < 0 ? log1mexp(Double($0)) : .nan }
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
    /// for streaming many lines. A `cache` carried from call to call saves rescoring common words.
    public func identify(utf8 bytes: UnsafeBufferPointer<UInt8>, cache: WordScoreCache? = nil) -> LanguageGuess {
        identify(utf8: bytes, tally: ScriptTally(bytes, letters: Self.letters), cache: cache)
    }

    /// The same, with the text's letters already counted.
    func identify(utf8 bytes: UnsafeBufferPointer<UInt8>, tally: ScriptTally, cache: WordScoreCache?) -> LanguageGuess {
        switch decision(for: tally) {
        case .settled(let guess):
            return checked(guess)
        case .scored(let script):
            return withScorer(for: script, cache: cache) { scorer in
                scorer.scan(bytes, into: .text)
                return scorer.wordCount > 0 ? checked(guess(scorer.best())) : .undetermined
            }
        }
    }

    /// What a text's letters leave to do.
    enum Decision {
        /// The script alone tells (or leaves no language to name).
        case settled(LanguageGuess)
        /// The naive-Bayes decision among the languages of this script.
        case scored(Script)
    }

    func decision(for tally: ScriptTally) -> Decision {
        guard let script = tally.dominant, Self.hasEnoughLetters(tally, script: script) else { return .settled(.undetermined) }
        if let code = sole(for: script, tally: tally) { return .settled(LanguageGuess(code: code, confidence: 1)) }
        let indices = candidates[script.rawValue]
        switch indices.count {
        case 0: return .settled(.undetermined)
        case 1: return .settled(LanguageGuess(code: model.codes[indices[0]], confidence: 1))
        default: return .scored(script)
        }
    }

    /// `guess`, or `und` below the minimum confidence.
    func checked(_ guess: LanguageGuess) -> LanguageGuess {
        guess.confidence < minimumConfidence ? .undetermined : guess
    }

    /// The scorer's best language, or `und` when the text does not read as language at all.
    func guess(_ best: WordScorer.Best) -> LanguageGuess {
        guard Self.isPlausible(logLikelihoodPerLetter: best.logLikelihoodPerLetter, script: best.script) else { return .undetermined }
        return LanguageGuess(code: model.codes[best.language], confidence: best.confidence)
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

    /// Runs `body` with a scorer for the languages of `script` (which must have several).
    func withScorer<Result>(
        for script: Script, cache: WordScoreCache?, _ body: (inout WordScorer) -> Result
    ) -> Result {
        cache?.prepare(for: allowedLanguages, languageCount: model.codes.count)
        return withExtendedLifetime(model) {
            unknownWordLog.withUnsafeBufferPointer { unknownWordLog in
                candidates[script.rawValue].withUnsafeBufferPointer { candidates in
                    var scorer = WordScorer(
                        orders: model.orders.map(\.view), words: model.words.view, candidates: candidates, script: script,
                        unknownWordLog: unknownWordLog, languageCount: model.codes.count, cache: cache)
                    defer { scorer.deallocate() }
                    return body(&scorer)
                }
            }
        }
    }
}
