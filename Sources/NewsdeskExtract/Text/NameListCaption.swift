import Foundation
import NewsdeskText

/// A caption that only lists the people in a picture ("De gauche à droite : Jean Dupont, Marie
/// Martin et Paul Durand"), which scrapers leave between paragraphs without its credit.
enum NameListCaption {
    static let separators = [", ", " et ", " and ", " und ", " y ", " e ", " & ", "; "]
    /// What is trimmed off each name; a character set is built once, not on every call.
    private static let nameEdges = CharacterSet(charactersIn: " .;,\u{00A0}\u{202F}")

    /// Whether the line is a list of at least two person names, after an optional short lead
    /// ending in a colon, and at least one of the names also occurs in `elsewhere`.
    static func isNameList(_ line: String, elsewhere: String) -> Bool {
        names(in: line)?.contains { elsewhere.contains($0) } ?? false
    }

    /// The names a line lists, or nil when it is not (only) a list of at least two names.
    static func names(in line: String) -> [String]? {
        guard line.count <= 200 else { return nil }
        var list = Substring(line)
        if let colon = list.firstIndex(of: ":"), list[..<colon].split(separator: " ").count <= 6 {
            list = list[list.index(after: colon)...]
        }
        var parts = [String(list)]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let names = parts.map { part in
            // "Jean Dupont (au centre)." → "Jean Dupont"
            let bare = part.split(separator: "(").first.map(String.init) ?? part
            return bare.trimmingCharacters(in: nameEdges)
        }.filter { !$0.isEmpty }
        guard names.count >= 2, names.allSatisfy(PersonName.isName) else { return nil }
        return names
    }
}
