import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskStore
import NewsdeskText

/// What became of one input.
enum DocumentResult: Sendable {
    /// `original` is the decoded text of a plain-text document.
    case article(Article, origin: String, learned: LearnedLines?, original: String?)
    /// Already stored: found by id before extraction.
    case known(id: String, origin: String)
    case rejected(Rejection, origin: String)
}

/// Reads, checks and extracts one input. Shared by `ingest` and `extract`; ingest passes
/// `isKnown` to skip documents the store already has before paying for extraction, and
/// `templates` so plain text is cleaned with what its source is known to repeat.
struct DocumentJob: Sendable {
    let pipeline: DocumentPipeline
    let reader: InputReader
    let url: String?
    let sourceName: String?
    let isKnown: @Sendable (String) -> Bool
    let templates: SourceTemplateCache?
    /// Sets the article's and each paragraph's language; nil when the model cannot be loaded
    /// (then articles keep the language their page declares, and a warning says why).
    let languages: LanguageIdentifier?

    init(
        settings: ExtractionSettings, url: String?, sourceName: String?,
        isKnown: @escaping @Sendable (String) -> Bool = { _ in false }, templates: SourceTemplateCache? = nil
    ) {
        self.pipeline = DocumentPipeline(settings: settings)
        self.reader = InputReader(maxBytes: settings.maxInputBytes)
        self.url = url
        self.sourceName = sourceName
        self.isKnown = isKnown
        self.templates = templates
        do {
            self.languages = try LanguageIdentifier.standard()
        } catch {
            Output.error("newsdesk: warning: languages will not be identified: \(error)")
            self.languages = nil
        }
    }

    func run(_ item: InputItem) -> DocumentResult {
        let origin = item.path
        let bytes: [UInt8]
        switch reader.read(item) {
        case .success(let read): bytes = read
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
        let raw = RawDocument(bytes: bytes, origin: origin, url: url, sourceName: sourceName)
        let prepared: PreparedDocument
        switch pipeline.prepare(raw) {
        case .success(let ready): prepared = ready
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
        if isKnown(prepared.id) { return .known(id: prepared.id, origin: origin) }
        let decoded = pipeline.decode(prepared)
        var result = pipeline.extract(decoded)
        var learned: LearnedLines?
        // Plain text learns its source's template: the source is the one given, else the one
        // the text names; once known, the text is cleaned again with that source's template.
        if let templates, !decoded.isHTML, case .success(let article) = result,
            let source = sourceName ?? article.source.name ?? article.source.domain
        {
            learned = LearnedLines(source: source, keys: SourceTemplate.candidateKeys(in: decoded.text))
            let template = templates.template(for: source)
            if !template.isEmpty { result = pipeline.extract(decoded, template: template) }
        }
        switch result {
        case .success(let article):
            let annotated = languages?.annotate(article, cache: Self.threadWordCache()) ?? article
            return .article(annotated, origin: origin, learned: learned, original: decoded.isHTML ? nil : decoded.text)
        case .failure(let rejection): return .rejected(rejection, origin: origin)
        }
    }

    /// One word-score cache per worker thread: common words are scored once per thread
    /// rather than once per paragraph (the cache is not thread-safe, so it is never shared).
    /// 50,000 words (at most 30 MB) hold the vocabulary of about a thousand articles, so the
    /// cache rarely starts over in a run.
    private static func threadWordCache() -> WordScoreCache {
        let key = "newsdesk.wordScoreCache"
        if let cache = Thread.current.threadDictionary[key] as? WordScoreCache { return cache }
        let cache = WordScoreCache(capacity: 50_000)
        Thread.current.threadDictionary[key] = cache
        return cache
    }
}
