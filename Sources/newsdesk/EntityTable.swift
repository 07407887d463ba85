import Foundation
import NewsdeskStore

/// Entities as aligned columns: articles, mentions, type, id, name.
enum EntityTable {
    static let header = "articles  mentions  type          id  name"

    static func lines(_ entities: [StoredEntity], indent: String = "") -> [String] {
        let idWidth = min(entities.map(\.id.count).max() ?? 0, 40)
        return entities.map { entity in
            indent + rightAligned(entity.articles, width: 8) + "  " + rightAligned(entity.mentions, width: 8) + "  "
                + entity.type.padding(toLength: 12, withPad: " ", startingAt: 0) + "  "
                + entity.id.padding(toLength: max(idWidth, entity.id.count), withPad: " ", startingAt: 0) + "  " + entity.name
        }
    }

    private static func rightAligned(_ number: Int, width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
