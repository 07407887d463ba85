public import NewsdeskCore

/// The first stage: the decoded input becomes an article. HTML goes to `HTMLExtractor`,
/// anything else to `PlainTextExtractor`.
///
/// Plain text also learns its source's template: when the document carries a template lookup
/// (ingest gives one), its short lines are kept as `learnedLines` for the source it names, and
/// once that source's template is known the text is cleaned again with it.
public struct ExtractionStage: Stage {
    public static let id = "extract"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.input]
    public static let provides: Set<AnnotationKind> = [.text]

    public struct Settings: StageSettings {
        /// Clean plain text with the learned line model and line trees over the rules
        /// (`Resources/linemodel`), the default: on whole-page dumps they remove more page
        /// furniture, keep more of the body and find more headlines than the rules alone, for
        /// every dumper measured, at a little over half the rules' speed (BENCHMARKS.md, "Plain
        /// text, whole-page dumps"); a text the rules find clean is left to them. False: the
        /// rules alone.
        public var lineModel = true

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            lineModel = try container.decodeIfPresent(Bool.self, forKey: .lineModel) ?? true
        }

        enum CodingKeys: String, CodingKey {
            case lineModel
        }
    }

    public let settings: Settings
    private let html: HTMLExtractor
    private let plainText: PlainTextExtractor
    private let preparation: InputPreparation

    public init(settings: Settings = Settings(), configuration: Configuration) {
        self.init(limits: configuration.limits, settings: settings)
    }

    public init(limits: Limits = Limits(), settings: Settings = Settings()) {
        self.settings = settings
        self.html = HTMLExtractor(limits: limits)
        self.plainText = PlainTextExtractor(lineModel: settings.lineModel)
        self.preparation = InputPreparation(limits: limits)
    }

    public func analyze(_ document: Document) throws(Rejection) -> ExtractedArticle {
        guard let input = document.input else { throw Rejection(.noArticle, "no input to extract from") }
        var extracted = try input.isHTML
            ? ExtractedArticle(article: html.extract(utf8: input.utf8, context: context(input)).get(), learnedLines: nil)
            : extractPlainText(input, templates: document.sourceTemplates)
        extracted.article.published = extracted.article.published ?? input.metadata.date
        return extracted
    }

    /// Plain text, cleaned again with its source's template once that is known. The source is
    /// the one given, else the one the text names.
    private func extractPlainText(
        _ input: DecodedInput, templates: (@Sendable (String) -> Set<String>)?
    ) throws(Rejection) -> ExtractedArticle {
        let text = input.text
        var article = try plainText.extract(text, context: context(input)).get()
        guard let templates, let source = input.metadata.sourceName ?? article.source.name ?? article.source.domain else {
            return ExtractedArticle(article: article, learnedLines: nil)
        }
        let template = SourceTemplate(keys: templates(source))
        if !template.isEmpty { article = try plainText.extract(text, context: context(input, template: template)).get() }
        return ExtractedArticle(article: article, learnedLines: LearnedLines(source: source, keys: SourceTemplate.candidateKeys(in: text)))
    }

    /// Lexicons that could not be loaded: extraction goes on without them, but removes less.
    public var warnings: [String] { ExtractionLexicons.problems.map(\.description) }

    private func context(_ input: DecodedInput, template: SourceTemplate = SourceTemplate()) -> DocumentContext {
        DocumentContext(
            id: input.id, encoding: input.encoding, url: input.metadata.url, sourceName: input.metadata.sourceName, template: template)
    }

    /// Reads and extracts one raw document with this stage alone (no language or later
    /// stages): what the extraction tests and benchmarks of this module need.
    public func extract(_ raw: RawDocument) -> Result<Article, Rejection> {
        preparation.read(raw).flatMap { input in
            Result { () throws(Rejection) in try analyze(Document(input: input)).article }
        }
    }
}

/// The extraction stage's output: the article, and for plain text the lines to learn.
public struct ExtractedArticle: StageOutput {
    public var article: Article
    public var learnedLines: LearnedLines?

    public func attach(to document: inout Document) {
        var article = self.article
        // Set where articles meet each other (ingest), not by extraction: extracting a stored
        // article again keeps them.
        article.duplicateOf = document.article.duplicateOf
        article.story = document.article.story
        article.storyline = document.article.storyline
        document.article = article
        document.learnedLines = learnedLines
    }
}
