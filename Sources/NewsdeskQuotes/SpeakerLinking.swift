import NewsdeskCore
import NewsdeskEntities

/// Gives each speaker the entity the entity stage resolved: a name or role speaker takes the
/// mention that covers it (the same span, else the person mention inside it, else any mention
/// overlapping it); a pronoun takes the entity last named before it that it can stand for (a
/// person; an organisation for English "it") and that entity's name, since "he" names nobody
/// to a reader of the quote alone. A quote that continues another keeps that quote's speaker.
struct SpeakerLinking {
    /// The article's mentions, in text order.
    let mentions: [Mention]
    /// Each entity's name, by id.
    let names: [String: String]

    init(layer: EntityLayer) {
        mentions = layer.mentions
        names = Dictionary(layer.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
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
            guard let entity = lastEntity(ofType: type, before: speaker.span.start) else { continue }
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

    private func lastEntity(ofType type: NameType, before offset: Int) -> String? {
        mentions.last { $0.type == type && $0.entity != nil && $0.span.end <= offset }?.entity
    }
}
