public import NewsdeskCore
import NewsdeskText

/// Turns scraped plain text, still full of page leftovers, into an article.
///
/// Each line is classified from general evidence: cue phrases for page furniture (in several
/// languages), credit and byline patterns, glued menu words, whether it reads as prose
/// (length, final punctuation) and where it sits (a short line between two body paragraphs is
/// an inter-title; a run of short lines after the body is page furniture). With `lineModel`,
/// the learned line model and line trees (`LearnedLineClassifier`, trained on
/// whole-page dumps) then decide each line from the page around it, the rules' labels among
/// their evidence. Every line that does not reach the body is
/// listed in `removed` with its reason, so nothing vanishes silently.
public struct PlainTextExtractor: ArticleExtractor {
    /// Most headlines that a "Lire aussi" / "Read more" cue can introduce.
    static let maxRelatedHeadlines = 6
    /// Lines of the top of a document searched for the title.
    static let titleSearchLines = 8

    /// Whether the learned line model and trees decide over the rules.
    public let lineModel: Bool

    public init(lineModel: Bool = false) {
        self.lineModel = lineModel
    }

    public func extract(_ text: String, context: DocumentContext) -> Result<Article, Rejection> {
        let lines = TextLine.lines(of: text)
        let labels = lineModel
            ? LearnedLineClassifier.classify(lines, template: context.template)
            : LineClassifier.classify(lines, template: context.template)
        var article = Article(id: context.id, url: context.url, source: Source(name: context.sourceName, domain: context.url.flatMap(URLParts.domain)), encoding: context.encoding)

        if let titleIndex = labels.firstIndex(where: { if case .title = $0 { true } else { false } }) {
            article.title = lines[titleIndex].text
        }
        let lastBody = labels.lastIndex { if case .body = $0 { true } else { false } } ?? lines.count
        var builder = ArticleTextBuilder()
        var seen = Set<String>()
        if let title = article.title { seen.insert(title) }
        for (index, line) in lines.enumerated() {
            switch labels[index] {
            case .title:
                continue
            case .body(let kind):
                if index > 0, seen.contains(line.text) {
                    article.removed.append(Removal(text: line.text, reason: .duplicateLine))
                    continue
                }
                seen.insert(line.text)
                if builder.isEmpty, let credit = CreditLineParser.dateline(line.text) {
                    article.credits.append(credit)
                }
                builder.append(line.text, kind: kind)
            case .copyright(let owner) where index > lastBody:
                // A notice under the article is the publisher's.
                if article.source.name == nil { article.source.name = owner }
                article.removed.append(Removal(text: line.text, reason: .copyright))
            case .copyright(let owner):
                // Above or inside the body it credits a picture.
                article.credits.append(Credit(role: .image, name: owner, text: line.text))
                article.removed.append(Removal(text: line.text, reason: .credit))
            case .credit(let credit):
                article.credits.append(credit)
                if credit.role == .byline, let name = credit.name {
                    // "Par Julie Martin avec AP" names an author; "Par euronews avec AP" the source.
                    if PersonName.isName(name) {
                        article.authors.append(name)
                    } else if article.source.name == nil, !PersonName.isNewsroom(name) {
                        article.source.name = name
                    }
                }
                article.removed.append(Removal(text: line.text, reason: credit.role == .byline ? .byline : .credit))
            case .outletByline(let outlet, let credit):
                if article.source.name == nil { article.source.name = outlet }
                article.credits.append(credit)
                article.removed.append(Removal(text: line.text, reason: .byline))
            case .caption(let credit):
                article.credits.append(credit)
                article.removed.append(Removal(text: line.text, reason: .caption))
            case .removed(let reason):
                if reason == .date {
                    let dates = UpdateLabel.dates(inDateLine: line.text)
                    if article.published == nil { article.published = dates.published }
                    if article.modified == nil { article.modified = dates.modified }
                }
                article.removed.append(Removal(text: line.text, reason: reason))
            }
        }
        guard !builder.isEmpty else {
            return .failure(Rejection(.noArticle, lines.isEmpty ? "no text" : "no line reads as article text"))
        }
        article.text = builder.text
        article.paragraphs = builder.paragraphs
        return .success(article)
    }
}
