public import NewsdeskCore

/// Time expressions ("ce lundi (19)", "mi-octobre", "jeudi soir", "deux jours") with their
/// TIMEX3 type and value, resolved against the article's publication date (or `--date`).
/// Languages with a time lexicon (`TimeLexicon.languages`) get the whole grammar; others get
/// the numeric dates every language writes ("2024-05-23", "23/05/2024").
public struct TimeStage: Stage {
    public static let id = "times"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text, .language, .sentences]
    public static let provides: Set<AnnotationKind> = [.times]

    public struct Settings: StageSettings {
        public init() {}
    }

    public let settings: Settings

    public init(settings: Settings = Settings(), configuration: Configuration = Configuration()) throws(StageError) {
        self.settings = settings
    }

    public var warnings: [String] { TimeLexicon.loadProblem.map { [$0] } ?? [] }

    public func analyze(_ document: Document) -> TimeLayer {
        let article = document.article
        let known = TimeLexicon.forLanguage(article.language)
        let language = known == nil ? "und" : article.language ?? "und"
        let lexicon = known ?? TimeLexicon()
        let sentences = article.layers[SentenceLayer.self]?.spans ?? []
        let parser = TimeParser(
            text: article.text, sentences: sentences, lexicon: lexicon, language: language,
            anchor: article.published.flatMap { CalendarDay(iso: $0) })
        let expressions = parser.expressions().map { find in
            let span = TextSpan(start: parser.tokens[find.start].start, end: parser.tokens[find.end - 1].end)
            return TimeExpression(
                span: span, text: String(article.text[utf8: span]),
                kind: find.kind, value: find.value, modifier: find.modifier)
        }
        return TimeLayer(expressions: expressions)
    }
}

extension AnnotationKind {
    /// Time expressions with their TIMEX3 values.
    public static let times = AnnotationKind(rawValue: "times")
}
