public import NewsdeskCore

extension LanguageIdentifier {
    /// The language of the article and of each paragraph, from their text. A paragraph too
    /// short or unsure to tell takes the article's language; an article too short to tell keeps
    /// the one its page declared.
    public func languages(of article: Article, cache: WordScoreCache? = nil) -> LanguageAnnotation {
        let found = identify(article: article, cache: cache)
        let language = found.language.articleLanguage ?? article.language
        return LanguageAnnotation(
            article: language,
            paragraphs: article.paragraphs.indices.map { index in
                index < found.paragraphs.count ? found.paragraphs[index].articleLanguage ?? language : language
            })
    }
}

/// The language stage's output: the article's language and each paragraph's, in order.
public struct LanguageAnnotation: StageOutput, Equatable {
    public var article: String?
    public var paragraphs: [String?]

    public init(article: String?, paragraphs: [String?]) {
        self.article = article
        self.paragraphs = paragraphs
    }

    /// What the text says wins over what the page declared (`<html lang>` is often a site-wide
    /// default); the declared language stays when the text is too short or too mixed to tell.
    public func attach(to document: inout Document) {
        document.article.language = article ?? document.article.language
        for index in document.article.paragraphs.indices where index < paragraphs.count {
            document.article.paragraphs[index].language = paragraphs[index] ?? document.article.language
        }
    }
}
