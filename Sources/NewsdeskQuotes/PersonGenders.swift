import NewsdeskCore
import NewsdeskEntities

/// The gender the article itself gives each person, so that "she" is not taken for the man
/// named last: a title before a mention ("Mr.", "Mme", "Frau") counts three times, and each
/// gendered subject pronoun in a sentence that names that person and no other once, as does
/// each in the next sentence when it names nobody ("Ms. Varga spoke. She said …"). Nothing
/// learned, no list of first names: what the text says or nothing.
struct PersonGenders {
    enum Gender { case male, female }

    private(set) var genders: [String: Gender] = [:]

    init(reader: QuoteReader, mentions: [Mention]) {
        var votes: [String: Int] = [:]
        let persons = mentions.filter { $0.type == .person && $0.entity != nil }
        var personsBySentence = [[String]](repeating: [], count: reader.sentences.count)
        for mention in persons {
            guard let entity = mention.entity, let first = reader.tokenIndex(startingAt: mention.span.start) else { continue }
            if !personsBySentence.isEmpty, !personsBySentence[reader.sentenceOf[first]].contains(entity) {
                personsBySentence[reader.sentenceOf[first]].append(entity)
            }
            // A title is capitalised ("Mr.", "Mme", "Frau"); "his wife Laura" tells nothing of Laura.
            if first > 0 && reader.capitalised[first - 1] { votes[entity, default: 0] += 3 * Self.sign(reader, first - 1) }
        }
        for (index, sentence) in reader.sentences.enumerated() {
            guard personsBySentence[index].count == 1 else { continue }
            let entity = personsBySentence[index][0]
            var tokens = sentence
            if index + 1 < reader.sentences.count && personsBySentence[index + 1].isEmpty {
                tokens = sentence.lowerBound..<reader.sentences[index + 1].upperBound
            }
            // Subject pronouns only: "McCaskill scolded him: …, she said" is about her.
            for token in tokens where reader.has(token, .pronoun) { votes[entity, default: 0] += Self.sign(reader, token) }
        }
        for (entity, score) in votes where score != 0 {
            genders[entity] = score > 0 ? .male : .female
        }
    }

    /// +1 for a male word, −1 for a female one, 0 otherwise.
    static func sign(_ reader: QuoteReader, _ index: Int) -> Int {
        guard index >= 0 && index < reader.kinds.count else { return 0 }
        let bits = reader.kinds[index]
        return bits & QuoteLexicon.Kind.male.bit != 0 ? 1 : (bits & QuoteLexicon.Kind.female.bit != 0 ? -1 : 0)
    }

    /// The gender a pronoun speaker's word gives, if any.
    static func of(pronoun word: String, lexicon: QuoteLexicon) -> Gender? {
        let key = QuoteLexicon.key(word)
        return lexicon.has(key, .male) ? .male : (lexicon.has(key, .female) ? .female : nil)
    }
}
