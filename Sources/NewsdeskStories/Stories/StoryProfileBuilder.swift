import Foundation
public import NewsdeskCore
public import NewsdeskEntities
public import NewsdeskText

/// Builds an article's `StoryProfile` from its title, text, language and entities.
///
/// A word weighs (1 + ln count) × its rarity in the article's language (the negative log of its
/// share of running text, from the language model's word table; words outside the table, most
/// names among them, weigh as the rarest); the title counts twice and the first paragraph once
/// more. Numbers weigh as rare words: scores, tolls and sums tell two events of one kind apart.
/// The words of the names the entity stage found are added again as a second unit vector, and
/// the entity ids as a third at half weight, so that reports of one event in two languages meet,
/// and the days its time expressions name as a fourth at half weight (`days`).
public struct StoryProfileBuilder: Sendable {
    let frequencies: WordFrequencies?

    public init(frequencies: WordFrequencies?) {
        self.frequencies = frequencies
    }

    /// How many of the heaviest features a profile keeps.
    public static let features = 100
    /// The rarity of a word not in the table, and the most any word weighs.
    static let rarest: Float = 14
    /// The weight of a number.
    static let numberRarity: Float = 10
    static let nameWeight: Float = 1
    static let entityWeight: Float = 0.5
    static let dayWeight: Float = 0.5

    /// The days the article's time expressions name ("2008-09-13", "Saturday" → XXXX-WXX-6
    /// where the article has no date) as a unit vector: two events of one kind a few days apart
    /// (two earthquakes, two crashes) are told apart by the day they happened.
    static func days(_ times: TimeLayer?) -> FeatureVector? {
        var counts: [UInt64: Float] = [:]
        for expression in times?.expressions ?? [] where expression.kind == .date || expression.kind == .time {
            let day = expression.value.prefix(10)
            let isDay = day.count == 10 && (day.hasPrefix("XXXX-WXX-") || day.dropFirst(4).first == "-" && day.dropFirst(7).first == "-")
            guard isDay else { continue }
            counts[entityFeature("day:" + day), default: 0] += 1
        }
        return counts.isEmpty ? nil : FeatureVector(counts.mapValues { 1 + logf($0) }).normalized()
    }

    public func profile(of article: Article, entities: EntityLayer?, times: TimeLayer? = nil) -> StoryProfile {
        let language = article.language ?? ""
        var counts: [UInt64: Float] = [:]
        var spellings: [UInt64: WordSpelling] = [:]
        func count(_ text: String, weight: Float) {
            for word in WordShingles.words(of: text) {
                counts[word.hash, default: 0] += weight
                if spellings[word.hash] == nil { spellings[word.hash] = WordSpelling(text: text, start: word.start, end: word.end) }
            }
        }
        if let title = article.title { count(title, weight: 2) }
        if let lead = article.paragraphs.first { count(String(article.text[utf8: lead.span]), weight: 1) }
        count(article.text, weight: 1)
        var words = weigh(counts, spellings: spellings, language: language).normalized()

        var actors: [UInt64: Float] = [:]
        if let entities {
            var names: [UInt64: Float] = [:]
            var nameSpellings: [UInt64: WordSpelling] = [:]
            var ids: [UInt64: Float] = [:]
            let types = Dictionary(entities.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
            let leadEnd = article.paragraphs.first?.span.end ?? 0
            for mention in entities.mentions {
                if mention.kind == .name || mention.kind == .acronym {
                    for word in WordShingles.words(of: mention.text) {
                        names[word.hash, default: 0] += 1
                        if nameSpellings[word.hash] == nil {
                            nameSpellings[word.hash] = WordSpelling(text: mention.text, start: word.start, end: word.end)
                        }
                    }
                }
                guard let id = mention.entity else { continue }
                let feature = Self.entityFeature(id)
                ids[feature, default: 0] += 1
                let inLead: Float = mention.span.start < leadEnd ? 3 : 0
                let place: Float = (mention.type == .place || types[id] == .place) ? 0.3 : 1
                actors[feature, default: 0] += (1 + inLead) * place
            }
            // The title is not in the text the entity stage read, and it names whom the
            // article is about: an entity written in it weighs as much as the lead again, and
            // so does the name as written, which two articles share where one gave "Valcor"
            // the id of "Valcor France" and the other of "Valcor SA".
            if let title = article.title?.lowercased() {
                var inTitle = Set<String>()
                for mention in entities.mentions where mention.kind == .name || mention.kind == .acronym {
                    let written = mention.text.lowercased()
                    guard let id = mention.entity, !inTitle.contains(written), Self.names(title, written) else { continue }
                    inTitle.insert(written)
                    let place: Float = (mention.type == .place || types[id] == .place) ? 0.3 : 1
                    actors[Self.entityFeature(id), default: 0] += 4 * place
                    actors[Self.entityFeature("name:" + written), default: 0] += 4 * place
                }
            }
            let nameVector = weigh(names, spellings: nameSpellings, language: language).normalized()
            let idVector = FeatureVector(ids.mapValues { 1 + logf($0) }).normalized()
            words = words.adding(nameVector, scale: Self.nameWeight).adding(idVector, scale: Self.entityWeight)
        }
        if let days = Self.days(times) { words = words.adding(days, scale: Self.dayWeight) }
        return StoryProfile(
            terms: words.heaviest(Self.features).normalized(),
            actors: FeatureVector(actors.mapValues { $0.squareRoot() }).normalized(),
            day: article.published.flatMap(StoryDay.init(iso:)).map(\.number))
    }

    /// Whether `name` occurs in `title` as whole words.
    static func names(_ title: String, _ name: String) -> Bool {
        var searched = title[...]
        while let found = searched.range(of: name) {
            let before = found.lowerBound == title.startIndex || !title[title.index(before: found.lowerBound)].isLetter
            let after = found.upperBound == title.endIndex || !title[found.upperBound].isLetter
            if before && after { return true }
            searched = title[found.upperBound...]
        }
        return false
    }

    /// (1 + ln count) × rarity for each word of more than one character.
    private func weigh(_ counts: [UInt64: Float], spellings: [UInt64: WordSpelling], language: String) -> FeatureVector {
        var weights: [UInt64: Float] = [:]
        weights.reserveCapacity(counts.count)
        for (hash, count) in counts {
            guard let spelling = spellings[hash], spelling.end - spelling.start > 1 else { continue }
            weights[hash] = (1 + logf(count)) * rarity(of: spelling, language: language)
        }
        return FeatureVector(weights)
    }

    private func rarity(of spelling: WordSpelling, language: String) -> Float {
        let word = spelling.text[utf8: TextSpan(start: spelling.start, end: spelling.end)]
        if let first = word.utf8.first, first >= 0x30 && first <= 0x39 { return Self.numberRarity }
        guard let log = frequencies?.logFrequency(word.lowercased(), language: language) else { return Self.rarest }
        return min(Float(-log), Self.rarest)
    }

    /// The feature of a word, as profiles weigh it (folded: case and accents do not count).
    public static func feature(ofWord word: String) -> UInt64? { WordShingles.words(of: word).first?.hash }

    /// The feature of an entity id (FNV-1a from another seed than words', so that an id and
    /// a word do not meet).
    static func entityFeature(_ id: String) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

/// Where a word was first seen: enough to spell it again for the word table.
private struct WordSpelling {
    var text: String
    var start: Int
    var end: Int
}
