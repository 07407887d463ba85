public import NewsdeskCore

/// The language of an article and of each of its paragraphs, for mixed-language articles
/// (a French report quoting an English statement).
public struct DocumentLanguage: Sendable, Hashable {
    /// The language of the whole text.
    public var language: LanguageGuess
    /// One guess per paragraph, in order. A paragraph too short or too unsure to stand on its own
    /// (see `LanguageIdentifier.paragraphMinimumConfidence`) takes the article's language.
    public var paragraphs: [LanguageGuess]

    public init(language: LanguageGuess, paragraphs: [LanguageGuess]) {
        self.language = language
        self.paragraphs = paragraphs
    }
}

extension LanguageIdentifier {
    /// Below this many letters a paragraph is not judged on its own.
    public static let paragraphMinimumLetters = 20
    /// Below this confidence a paragraph takes the article's language.
    public static let paragraphMinimumConfidence = 0.9
    /// How much of each paragraph is read to tell its language, in characters.
    public static let paragraphSampleCharacters = 160
    /// How much text (UTF-8 bytes, whole paragraphs' samples) decides the article's language.
    public static let sampleBytes = 1_500

    /// Identifies the whole text and each paragraph. Set `article.language` from
    /// `language.articleLanguage` and each paragraph's language from `paragraphs[i]`.
    /// A `cache` carried from call to call (one per thread) saves rescoring common words.
    public func identify(paragraphs: [some StringProtocol], cache: WordScoreCache? = nil) -> DocumentLanguage {
        var text: [UInt8] = []
        var spans: [Range<Int>] = []
        for paragraph in paragraphs {
            let start = text.count
            text.append(contentsOf: paragraph.utf8)
            spans.append(start..<text.count)
        }
        return text.withUnsafeBufferPointer { identify(text: $0, spans: spans, cache: cache) }
    }

    /// The same for an article: its text and paragraph spans (UTF-8 offsets).
    public func identify(article: Article, cache: WordScoreCache? = nil) -> DocumentLanguage {
        var text = article.text
        return text.withUTF8 { bytes in
            let spans = article.paragraphs.map { min($0.span.start, bytes.count)..<min($0.span.end, bytes.count) }
            return identify(text: bytes, spans: spans, cache: cache)
        }
    }

    /// Paragraphs as byte ranges of one UTF-8 text.
    private func identify(text: UnsafeBufferPointer<UInt8>, spans: [Range<Int>], cache: WordScoreCache?) -> DocumentLanguage {
        // Each paragraph's first characters, as UTF-8 byte ranges of `text`.
        let samples = spans.map { span -> Range<Int> in
            let bytes = UnsafeBufferPointer(rebasing: text[span])
            return span.lowerBound..<span.lowerBound + ParagraphSample.prefixLength(bytes, characters: Self.paragraphSampleCharacters)
        }
        // A few hundred characters settle a language: the article is judged on the samples of its
        // first paragraphs, as if joined by blank lines, up to `sampleBytes`.
        var sampled = 0
        var sampleLength = 0
        while sampled < samples.count && sampleLength < Self.sampleBytes {
            sampleLength += samples[sampled].count + 2
            sampled += 1
        }
        let tallies = samples.map { ScriptTally(UnsafeBufferPointer(rebasing: text[$0]), letters: Self.letters) }
        var wholeTally = ScriptTally()
        for tally in tallies[0..<sampled] { wholeTally.add(tally) }
        // Per paragraph: its own guess, or nil where it takes the article's.
        func own(_ found: LanguageGuess) -> LanguageGuess? {
            found.isUndetermined || found.confidence < Self.paragraphMinimumConfidence ? nil : found
        }
        func judged(_ index: Int) -> Bool {
            ParagraphSample.hasLetters(UnsafeBufferPointer(rebasing: text[spans[index]]), minimum: Self.paragraphMinimumLetters)
        }
        func sample(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text[samples[index]]) }

        let whole: LanguageGuess
        var each: [LanguageGuess?] = []
        each.reserveCapacity(samples.count)
        switch decision(for: wholeTally) {
        case .settled(let guess):
            whole = checked(guess)
            for index in samples.indices {
                each.append(judged(index) ? own(identify(utf8: sample(index), tally: tallies[index], cache: cache)) : nil)
            }
        case .scored(let script):
            // One pass over each paragraph's sample scores it and, for the first ones, the article.
            whole = withScorer(for: script, cache: cache) { scorer in
                for index in samples.indices {
                    let inWhole = index < sampled
                    guard judged(index) else {
                        if inWhole { scorer.scan(sample(index), into: .document) }
                        each.append(nil)
                        continue
                    }
                    guard case .scored(script) = decision(for: tallies[index]) else {
                        if inWhole { scorer.scan(sample(index), into: .document) }
                        each.append(own(identify(utf8: sample(index), tally: tallies[index], cache: cache)))
                        continue
                    }
                    scorer.startText()
                    scorer.scan(sample(index), into: inWhole ? [.text, .document] : .text)
                    each.append(own(scorer.wordCount > 0 ? checked(guess(scorer.best())) : .undetermined))
                }
                return scorer.documentWordCount > 0 ? checked(guess(scorer.bestForDocument())) : .undetermined
            }
        }
        return DocumentLanguage(language: whole, paragraphs: each.map { $0 ?? whole })
    }
}

extension TextSpan {
    /// The span in Unicode-scalar offsets, as the JSON contract counts them.
    public func scalarRange(in map: ScalarOffsetMap) -> Range<Int> {
        map.scalarOffset(ofUTF8: start)..<map.scalarOffset(ofUTF8: end)
    }
}
