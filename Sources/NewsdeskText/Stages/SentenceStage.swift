public import NewsdeskCore

/// Sentence spans over the article text, paragraph by paragraph (a sentence never crosses a
/// paragraph), from `Tokenizer` and `SentenceSegmenter`.
public struct SentenceStage: Stage {
    public static let id = "sentences"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text]
    public static let provides: Set<AnnotationKind> = [.sentences]

    public struct Settings: StageSettings, Encodable {
        /// How far (in tokens) the segmenter looks for the end of a quotation.
        public var quotationLookahead = SentenceSegmenter().quotationLookahead

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            quotationLookahead = try container.decodeIfPresent(Int.self, forKey: .quotationLookahead) ?? quotationLookahead
        }
    }

    public let settings: Settings
    private let segmenter: SentenceSegmenter

    public init(settings: Settings = Settings(), configuration: Configuration = Configuration()) throws(StageError) {
        guard settings.quotationLookahead > 0 else {
            throw StageError(stage: Self.id, reason: "quotationLookahead must be at least 1")
        }
        self.settings = settings
        var segmenter = SentenceSegmenter()
        segmenter.quotationLookahead = settings.quotationLookahead
        self.segmenter = segmenter
    }

    public func analyze(_ document: Document) -> SentenceLayer {
        let text = document.article.text
        var spans: [TextSpan] = []
        for paragraph in document.article.paragraphs {
            let content = String(text[utf8: paragraph.span])
            for sentence in segmenter.sentences(in: content) {
                spans.append(TextSpan(start: paragraph.span.start + sentence.span.start, end: paragraph.span.start + sentence.span.end))
            }
        }
        return SentenceLayer(spans: spans)
    }
}
