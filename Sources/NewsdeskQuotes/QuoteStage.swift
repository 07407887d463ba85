public import NewsdeskCore
import NewsdeskEntities
import NewsdeskText

/// Direct and reported quotes with their cue and speaker (issue 16): quotation marks of every
/// kind, dash dialogue, incises, quotes over several paragraphs, partial quotes, reported speech
/// ("a déclaré que", "selon", "laut", "according to"). Languages with a quote lexicon
/// (`QuoteLexicon.languages`) get cues and speakers; others get their quotation marks alone.
/// Speakers take the entity of the mention that names them (`SpeakerLinking`).
public struct QuoteStage: Stage {
    public static let id = "quotes"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text, .language, .sentences, .entities]
    public static let provides: Set<AnnotationKind> = [.quotes]

    public struct Settings: StageSettings {
        public init() {}
    }

    public let settings: Settings

    public init(settings: Settings = Settings(), configuration: Configuration = Configuration()) throws(StageError) {
        self.settings = settings
    }

    public var warnings: [String] { QuoteLexicon.loadProblem.map { [$0] } ?? [] }

    public func analyze(_ document: Document) -> QuoteLayer {
        let article = document.article
        let lexicon = QuoteLexicon.forLanguage(article.language) ?? QuoteLexicon()
        let sentences = article.layers[SentenceLayer.self]?.spans ?? []
        let entities = article.layers[EntityLayer.self]
        let language = article.language ?? "und"
        let names = entities.map {
            HeadlineNames(mentions: $0.mentions.map(\.span), language: language, frequencies: try? WordFrequencies.standard.get())
        }
        let reader = QuoteReader(text: article.text, sentenceSpans: sentences, lexicon: lexicon, language: language, names: names)
        var quotes = QuoteFinder(reader: reader).quotes()
        if let entities {
            let genders = PersonGenders(reader: reader, mentions: entities.mentions)
            SpeakerLinking(layer: entities, genders: genders, lexicon: lexicon).link(&quotes, text: article.text)
        }
        return QuoteLayer(quotes: quotes)
    }
}
