import NewsdeskCore
import NewsdeskEntities

/// An article's mentions grouped by the entity they resolve to, for `show`: each entity once,
/// in order of first mention, with how many mentions name it and how they were written.
enum MentionLines {
    static func render(_ layer: EntityLayer) -> [String] {
        guard !layer.mentions.isEmpty else { return [] }
        var order: [String?] = []
        var texts: [String?: [String]] = [:]
        var counts: [String?: Int] = [:]
        for mention in layer.mentions.sorted(by: { $0.span.start < $1.span.start }) {
            if counts[mention.entity] == nil { order.append(mention.entity) }
            counts[mention.entity, default: 0] += 1
            if !(texts[mention.entity] ?? []).contains(mention.text) { texts[mention.entity, default: []].append(mention.text) }
        }
        let entities = Dictionary(layer.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = ["entities (\(order.compactMap(\.self).count), \(layer.mentions.count) mentions):"]
        for id in order {
            let written = (texts[id] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
            let count = counts[id] ?? 0
            guard let id else {
                lines.append("  (unresolved)  ×\(count)  \(written)")
                continue
            }
            let entity = entities[id]
            let type = entity?.type.label ?? layer.mentions.first { $0.entity == id }?.type.label ?? "other"
            lines.append("  \(id)  \(type)  \(entity?.name ?? id)  ×\(count)  \(written)")
        }
        return lines
    }
}
