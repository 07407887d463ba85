import NewsdeskCore
import NewsdeskEntities

/// Gives each speaker the entity the entity stage resolved: a name or role speaker takes the
/// mention that covers it (the same span, else the person mention inside it, else any mention
/// overlapping it); a pronoun takes the entity last named before it that it can stand for (a
/// person the article does not give the other gender, `PersonGenders`; an organisation for
/// English "it") and that entity's name, since "he" names nobody to a reader of the quote alone. A quote that continues another keeps that quote's speaker.
struct SpeakerLinking {
    /// The article's mentions, in text order.
    let mentions: [Mention]
    /// Each entity's name, by id.
    let names: [String: String]
    /// The gender the article gives its people, and the lexicon that tells a pronoun's.
    let genders: PersonGenders?
    let lexicon: QuoteLexicon

    init(layer: EntityLayer, genders: PersonGenders? = nil, lexicon: QuoteLexicon = QuoteLexicon()) {
        mentions = layer.mentions
        names = Dictionary(layer.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.genders = genders
        self.lexicon = lexicon
    }

    func link(_ quotes: inout [Quote], text: String) {
        for index in quotes.indices {
            if let continued = quotes[index].continues, continued < index, let speaker = quotes[continued].speaker {
                quotes[index].speaker = speaker
                continue
            }
            guard let speaker = quotes[index].speaker, speaker.entity == nil else { continue }
            guard speaker.kind == .pronoun else {
                quotes[index].speaker?.entity = covering(speaker.named ?? speaker.span)
                continue
            }
            let word = text[utf8: speaker.span].lowercased()
            let type: NameType = Self.impersonalPronouns.contains(word) ? .organization : .person
            let gender = PersonGenders.of(pronoun: word, lexicon: lexicon)
            guard let entity = lastEntity(ofType: type, gender: gender, before: speaker.span.start) else { continue }
            quotes[index].speaker?.entity = entity
            if let name = names[entity] { quotes[index].speaker?.name = name }
        }
    }

    /// Pronouns that stand for an organisation rather than a person.
    private static let impersonalPronouns: Set<String> = ["it"]

    private func covering(_ span: TextSpan) -> String? {
        let overlapping = mentions.filter { $0.entity != nil && $0.span.start < span.end && span.start < $0.span.end }
        if let same = overlapping.first(where: { $0.span == span }) { return same.entity }
        if let person = overlapping.first(where: { $0.type == .person && span.start <= $0.span.start && $0.span.end <= span.end }) {
            return person.entity
        }
        return overlapping.first { $0.type == .person }?.entity ?? overlapping.first?.entity
    }

    /// The entity of that type named last before `offset`; for a gendered pronoun, the last of
    /// the few people named before it whom the article gives that gender, else the last it does
    /// not give the other.
    private func lastEntity(ofType type: NameType, gender: PersonGenders.Gender?, before offset: Int) -> String? {
        let before = mentions.filter { $0.type == type && $0.entity != nil && $0.span.end <= offset }
        guard let gender, let genders else { return before.last?.entity }
        if let same = before.suffix(Self.genderedReach).last(where: { $0.entity.flatMap { genders.genders[$0] } == gender }) {
            return same.entity
        }
        return before.last { $0.entity.flatMap { genders.genders[$0] }.map { $0 == gender } ?? true }?.entity
    }

    /// How many people named before a gendered pronoun are looked at for one of its gender.
    private static let genderedReach = 4
}
