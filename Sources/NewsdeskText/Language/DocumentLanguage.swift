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
        // A few hundred characters settle a language; reading whole articles twice (once as a
        // whole, once by paragraph) only costs time.
        var sample = ""
        for paragraph in paragraphs where sample.utf8.count < Self.sampleBytes {
            sample += paragraph.prefix(Self.paragraphSampleCharacters) + "\n\n"
        }
        func guess(_ text: some StringProtocol) -> LanguageGuess {
            var text = String(text)
            return text.withUTF8 { identify(utf8: $0, cache: cache) }
        }
        let whole = guess(sample)
        let each = paragraphs.map { paragraph -> LanguageGuess in
            let letters = paragraph.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }.prefix(Self.paragraphMinimumLetters).count
            guard letters >= Self.paragraphMinimumLetters else { return whole }
            let found = guess(paragraph.prefix(Self.paragraphSampleCharacters))
            return found.isUndetermined || found.confidence < Self.paragraphMinimumConfidence ? whole : found
        }
        return DocumentLanguage(language: whole, paragraphs: each)
    }

    /// The same for an article: its text and paragraph spans (UTF-8 offsets).
    public func identify(article: Article, cache: WordScoreCache? = nil) -> DocumentLanguage {
        identify(paragraphs: article.paragraphs.map { article.text[utf8: $0.span] }, cache: cache)
    }
}

extension TextSpan {
    /// The span in Unicode-scalar offsets, as the JSON contract counts them.
    public func scalarRange(in map: ScalarOffsetMap) -> Range<Int> {
        map.scalarOffset(ofUTF8: start)..<map.scalarOffset(ofUTF8: end)
    }
}
