public import NewsdeskCore
import Foundation
import Synchronization

/// The language of the article and of each paragraph, from their text (see
/// `LanguageIdentifier.languages(of:)`). The model is memory-mapped once per process and shared.
public struct LanguageStage: Stage {
    public static let id = "language"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text]
    public static let provides: Set<AnnotationKind> = [.language]

    public struct Settings: StageSettings, Encodable {
        /// The language every article and paragraph is given without looking (`--language`);
        /// nil to identify it.
        public var language: String?
        /// Only these languages are candidates; nil for all the model knows.
        public var only: [String]?

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            language = try container.decodeIfPresent(String.self, forKey: .language)
            only = try container.decodeIfPresent([String].self, forKey: .only)
        }
    }

    public let settings: Settings
    /// nil when the language is given rather than identified.
    private let identifier: LazyIdentifier?

    public init(settings: Settings, configuration: Configuration) throws(StageError) {
        self.settings = settings
        guard settings.language == nil else {
            identifier = nil
            return
        }
        do {
            // Found through ResourceLocator, which the configuration's `resources` leads. The
            // model is mapped when an article first needs it: a call that gives every
            // document's language (`--language`, records with theirs) never pays for it.
            _ = try LanguageModel.locateDirectory()
            if let only = settings.only {
                let model = try LanguageModel.standard.get()
                let unknown = only.filter { !model.codes.contains($0) }
                guard !only.isEmpty, unknown.isEmpty else {
                    throw StageError(stage: Self.id, reason: "'only' must list languages the model knows (unknown: \(unknown.joined(separator: ", ")))")
                }
            }
        } catch let error as StageError {
            throw error
        } catch {
            throw StageError(stage: Self.id, reason: "languages cannot be identified: \(error)")
        }
        identifier = LazyIdentifier(only: settings.only.map(Set.init))
    }

    public func analyze(_ document: Document) -> LanguageAnnotation {
        let article = document.article
        // A language the caller gives for this document wins; else the one of the settings;
        // else it is identified (the identifier exists whenever the settings give none).
        let given = document.input?.metadata.language ?? settings.language
        if given == nil, let identifier = identifier?.get() {
            return identifier.languages(of: article, cache: Self.threadWordCache())
        }
        return LanguageAnnotation(article: given, paragraphs: article.paragraphs.map { _ in given })
    }

    /// The identifier, built on first use and shared by the threads of the run. nil when the
    /// model, found at start, cannot be read (the article's language is then unknown).
    final class LazyIdentifier: Sendable {
        let only: Set<String>?
        private let built = Mutex<LanguageIdentifier?>(nil)

        init(only: Set<String>?) {
            self.only = only
        }

        func get() -> LanguageIdentifier? {
            built.withLock { built in
                if built == nil, case .success(let model) = LanguageModel.standard { built = LanguageIdentifier(model: model, only: only) }
                return built
            }
        }
    }

    /// One word-score cache per worker thread: common words are scored once per thread rather
    /// than once per paragraph (the cache is not thread-safe, so it is never shared). 50,000
    /// words (at most 30 MB) hold the vocabulary of about a thousand articles.
    private static func threadWordCache() -> WordScoreCache {
        let key = "newsdesk.wordScoreCache"
        if let cache = Thread.current.threadDictionary[key] as? WordScoreCache { return cache }
        let cache = WordScoreCache(capacity: 50_000)
        Thread.current.threadDictionary[key] = cache
        return cache
    }
}
