public import NewsdeskCore

extension LanguageIdentifier {
    /// The article with its language and each paragraph's language set from its text.
    ///
    /// What the text says wins over what the page declared (`<html lang>` is often a site-wide
    /// default); the declared language stays when the text is too short or too mixed to tell.
    public func annotate(_ article: Article, cache: WordScoreCache? = nil) -> Article {
        var annotated = article
        let found = identify(article: article, cache: cache)
        annotated.language = found.language.articleLanguage ?? article.language
        for index in annotated.paragraphs.indices where index < found.paragraphs.count {
            annotated.paragraphs[index].language = found.paragraphs[index].articleLanguage ?? annotated.language
        }
        return annotated
    }
}
