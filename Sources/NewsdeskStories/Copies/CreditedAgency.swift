public import NewsdeskCore
import NewsdeskText

/// The news agency an article credits: from its credits (extraction reads "Avec l'AFP",
/// "CITY (AP) —", "© Reuters"), else from a short first or last paragraph that names one (a
/// byline or tail line kept in the text: "By Jane Doe, Reuters", "Reporting by … for AFP").
public enum CreditedAgency {
    /// Paragraphs longer than this are article text, which may name an agency without being credited to it.
    static let creditLineLength = 120

    public static func of(_ article: Article) -> String? {
        if let agency = article.credits.lazy.compactMap(\.agency).first { return agency }
        let edges = [article.paragraphs.first, article.paragraphs.last].compactMap(\.self)
        for paragraph in edges where paragraph.span.end - paragraph.span.start <= creditLineLength {
            if let agency = NewsAgencies.first(in: String(article.text[utf8: paragraph.span])) { return agency }
        }
        return nil
    }
}
