public import NewsdeskCore
import NewsdeskText

/// Names of people, organisations, places and other things, each resolved to an entity that
/// is the same across articles and languages (a Wikidata id where the gazetteer knows one).
/// The names come from an averaged-perceptron tagger (`Resources/entities/names.bin`, trained
/// by `scripts/build-entity-model.sh`) that reads the gazetteer's evidence as features.
public struct EntityStage: Stage {
    public static let id = "entities"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.text, .language, .sentences]
    public static let provides: Set<AnnotationKind> = [.entities]

    public struct Settings: StageSettings {
        public init() {}
    }

    public let settings: Settings

    public init(settings: Settings = Settings(), configuration: Configuration = Configuration()) throws(StageError) {
        self.settings = settings
    }

    public var warnings: [String] {
        [EntityResources.standard().problem].compactMap { $0 }
    }

    public func analyze(_ document: Document) -> EntityLayer {
        let resources = EntityResources.standard()
        guard let tagger = resources.tagger else { return EntityLayer(mentions: [], entities: []) }
        let article = document.article
        let text = article.text
        let (tokens, words) = LineBreakHyphens.joined(NameTokenizer.tokens(in: text), in: text)
        var nameTokens = words.map(NameToken.init)
        let sentences = Self.tokenRanges(of: article.layers[SentenceLayer.self]?.spans ?? [], tokens: tokens)
        NameToken.markHeadlines(&nameTokens, sentences: sentences)
        let matches = resources.gazetteer.map { NameEvidenceMarker(gazetteer: $0).matches(in: nameTokens, language: article.language) } ?? []
        if let gazetteer = resources.gazetteer { NameEvidenceMarker(gazetteer: gazetteer).mark(&nameTokens, with: matches) }
        if let language = article.language, case .success(let frequencies) = WordFrequencies.standard {
            NameToken.markCommonness(&nameTokens, language: language, frequencies: frequencies)
        }
        let tags = tagger.tags(for: nameTokens, sentences: sentences, language: article.language)
        var names = NameTagger.names(in: tags).compactMap { name -> EntityLinker.Name? in
            // A name has a capital or a digit somewhere ("Poutine", "iPhone", "A380"): a run
            // of lower-case words or of punctuation is a tagging slip.
            guard name.tokens.contains(where: { nameTokens[$0].hasCapitalOrDigit }) else { return nil }
            return EntityLinker.Name(tokens: name.tokens, type: name.type)
        }
        func gap(after index: Int) -> NameRepairs.Gap {
            guard index + 1 < tokens.count else { return .lineBreak }
            let between = TextSpan(start: tokens[index].span.end, end: tokens[index + 1].span.start)
            if between.start == between.end { return .none }
            return text[utf8: between].contains(where: \.isNewline) ? .lineBreak : .space
        }
        names = AdjacentPersons.joined(names, tokens: nameTokens, gap: gap(after:))
        names = NameRepairs.repaired(names, tokens: nameTokens, language: article.language, gap: gap(after:))
        names = OrganizationNouns.typed(names, tokens: nameTokens)
        names = RegionDesignators.joined(names, tokens: nameTokens)
        if let gazetteer = resources.gazetteer {
            names = JoinedNames(gazetteer: gazetteer).joined(names, matches: matches)
            names = OrganizationBeforePerson(gazetteer: gazetteer).split(names, matches: matches, tokens: nameTokens)
            names += MissedNames(gazetteer: gazetteer).names(
                from: matches, besides: names, tokens: nameTokens, sentenceStarts: Self.firstWords(of: sentences, tokens: nameTokens))
        }
        names = ProductNames(gazetteer: resources.gazetteer).adding(
            to: names, matches: matches, tokens: nameTokens, language: article.language, gap: gap(after:))
        names = DescribedNames.trimmed(names, tokens: nameTokens)
        names += RecurringNames.names(besides: names, tokens: nameTokens)
        names.removeAll { NameRepairs.isDate($0, tokens: nameTokens, language: article.language) }
        let linker = EntityLinker(gazetteer: resources.gazetteer, language: article.language ?? "und")
        let linked = linker.link(names: names, matches: matches, tokens: tokens, nameTokens: nameTokens, text: text)
        let mentions = TitledNames(language: article.language ?? "und")
            .including(titles: matches, in: CurrencyPrefixes.removing(from: linked.mentions, text: text), tokens: tokens, nameTokens: nameTokens, text: text)
        let named = Set(mentions.compactMap(\.entity))
        return EntityLayer(mentions: mentions, entities: linked.entities.filter { named.contains($0.id) })
    }

    /// The first word of each sentence, after any quotation marks, dashes or brackets that open
    /// it (`"Roughly 80% …`): where a capital proves nothing.
    static func firstWords(of sentences: [Range<Int>], tokens: [NameToken]) -> Set<Int> {
        Set(sentences.map { sentence in sentence.first { tokens[$0].hasCapitalOrDigit || tokens[$0].text.first?.isLetter == true } ?? sentence.lowerBound })
    }

    /// Sentences as token ranges: each token belongs to the sentence whose span holds its start;
    /// tokens between sentences (none, normally) form their own.
    static func tokenRanges(of spans: [TextSpan], tokens: [Token]) -> [Range<Int>] {
        guard !spans.isEmpty else { return tokens.isEmpty ? [] : [0..<tokens.count] }
        var ranges: [Range<Int>] = []
        var start = 0
        var sentence = 0
        for (index, token) in tokens.enumerated() {
            while sentence < spans.count && token.span.start >= spans[sentence].end {
                if index > start { ranges.append(start..<index) }
                start = index
                sentence += 1
            }
        }
        if tokens.count > start { ranges.append(start..<tokens.count) }
        return ranges
    }
}
