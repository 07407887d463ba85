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
        // A few hundred characters settle a language; reading whole articles twice (once as a
        // whole, once by paragraph) only costs time.
        var sample: [UInt8] = []
        for range in samples where sample.count < Self.sampleBytes {
            sample.append(contentsOf: text[range])
            sample.append(contentsOf: [0x0A, 0x0A])
        }
        let whole = sample.withUnsafeBufferPointer { identify(utf8: $0, cache: cache) }
        let each = zip(spans, samples).map { span, range -> LanguageGuess in
            guard ParagraphSample.hasLetters(UnsafeBufferPointer(rebasing: text[span]), minimum: Self.paragraphMinimumLetters)
            else { return whole }
            let found = identify(utf8: UnsafeBufferPointer(rebasing: text[range]), cache: cache)
            return found.isUndetermined || found.confidence < Self.paragraphMinimumConfidence ? whole : found
        }
        return DocumentLanguage(language: whole, paragraphs: each)
    }
}

extension TextSpan {
    /// The span in Unicode-scalar offsets, as the JSON contract counts them.
    public func scalarRange(in map: ScalarOffsetMap) -> Range<Int> {
        map.scalarOffset(ofUTF8: start)..<map.scalarOffset(ofUTF8: end)
    }
}
