import NewsdeskCore
import NewsdeskEntities

/// Gives each speaker the entity the entity stage resolved: a name or role speaker takes the
/// mention that covers it (the same span, else the person mention inside it, else any mention
/// overlapping it); a pronoun takes the person mentioned last before it. A quote that continues
/// another keeps that quote's speaker.
struct SpeakerLinking {
    /// The article's mentions, in text order.
    let mentions: [Mention]

    func link(_ quotes: inout [Quote]) {
        for index in quotes.indices {
            if let continued = quotes[index].continues, continued < index, let speaker = quotes[continued].speaker {
                quotes[index].speaker = speaker
                continue
            }
            guard let speaker = quotes[index].speaker, speaker.entity == nil else { continue }
            quotes[index].speaker?.entity = speaker.kind == .pronoun ? lastPerson(before: speaker.span.start) : covering(speaker.span)
        }
    }

    private func covering(_ span: TextSpan) -> String? {
        let overlapping = mentions.filter { $0.entity != nil && $0.span.start < span.end && span.start < $0.span.end }
        if let same = overlapping.first(where: { $0.span == span }) { return same.entity }
        if let person = overlapping.first(where: { $0.type == .person && span.start <= $0.span.start && $0.span.end <= span.end }) {
            return person.entity
        }
        return overlapping.first { $0.type == .person }?.entity ?? overlapping.first?.entity
    }

    private func lastPerson(before offset: Int) -> String? {
        mentions.last { $0.type == .person && $0.entity != nil && $0.span.end <= offset }?.entity
    }
}
