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

    /// Identifies the whole text and each paragraph. Set `article.language` from
    /// `language.articleLanguage` and each paragraph's language from `paragraphs[i]`.
    public func identify(paragraphs: [some StringProtocol]) -> DocumentLanguage {
        let whole = identify(paragraphs.joined(separator: "\n\n"))
        let each = paragraphs.map { paragraph -> LanguageGuess in
            let letters = paragraph.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }.prefix(Self.paragraphMinimumLetters).count
            guard letters >= Self.paragraphMinimumLetters else { return whole }
            let guess = identify(paragraph)
            return guess.isUndetermined || guess.confidence < Self.paragraphMinimumConfidence ? whole : guess
        }
        return DocumentLanguage(language: whole, paragraphs: each)
    }

    /// The same for an article: its text and paragraph spans (UTF-8 offsets).
    public func identify(article: Article) -> DocumentLanguage {
        identify(paragraphs: article.paragraphs.map { article.text[utf8: $0.span] })
    }
}

extension TextSpan {
    /// The span in Unicode-scalar offsets, as the JSON contract counts them.
    public func scalarRange(in map: ScalarOffsetMap) -> Range<Int> {
        map.scalarOffset(ofUTF8: start)..<map.scalarOffset(ofUTF8: end)
    }
}
