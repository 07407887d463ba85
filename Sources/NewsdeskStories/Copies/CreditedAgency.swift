public import NewsdeskCore
import NewsdeskText

/// The news agency an article credits: from its credits (extraction reads "Avec l'AFP",
/// "CITY (AP) —", "By Jane Doe, Reuters"), else from the credit lines extraction removed
/// ("Reporting by … for Reuters", "© AFP"), else from a short first or last paragraph that names
/// one (a credit line kept in the text).
public enum CreditedAgency {
    /// The reasons for which extraction removes a line that credits the article.
    public static let creditReasons: Set<Removal.Reason> = [.byline, .credit, .copyright]

    /// Paragraphs longer than this are article text, which may name an agency without being credited to it.
    static let creditLineLength = 120

    public static func of(_ article: Article) -> String? {
        if let agency = article.credits.lazy.compactMap(\.agency).first { return agency }
        for line in article.removed where creditReasons.contains(line.reason) {
            if let agency = NewsAgencies.first(in: line.text) { return agency }
        }
        let edges = [article.paragraphs.first, article.paragraphs.last].compactMap(\.self)
        for paragraph in edges where paragraph.span.end - paragraph.span.start <= creditLineLength {
            if let agency = NewsAgencies.first(in: String(article.text[utf8: paragraph.span])) { return agency }
        }
        return nil
    }
}
