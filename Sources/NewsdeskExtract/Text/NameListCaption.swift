import Foundation
import NewsdeskCore
import NewsdeskText

/// A caption that only lists the people in a picture ("De gauche à droite : Jean Dupont, Marie
/// Martin et Paul Durand"), which scrapers leave between paragraphs without its credit.
enum NameListCaption {
    static let separators = [", ", " et ", " and ", " und ", " y ", " e ", " & ", "; "]
    private static let separatorBytes = separators.map { Array($0.utf8) }
    /// What is trimmed off each name; a character set is built once, not on every call.
    private static let nameEdges = CharacterSet(charactersIn: " .;,\u{00A0}\u{202F}")

    /// Whether the line is a list of at least two person names, after an optional short lead
    /// ending in a colon, and at least one of the names also occurs in `elsewhere`.
    static func isNameList(_ line: String, elsewhere: String) -> Bool {
        names(in: line)?.contains { elsewhere.contains($0) } ?? false
    }

    /// The names a line lists, or nil when it is not (only) a list of at least two names.
    static func names(in line: String) -> [String]? {
        // Where characters are scalars, counted and searched on bytes.
        let plain = line.charactersAreScalars
        guard (plain ? line.scalarCount : line.count) <= 200 else { return nil }
        var list = Substring(line)
        if let colon = plain ? list.utf8.firstIndex(of: 0x3A) : list.firstIndex(of: ":"), list[..<colon].split(separator: " ").count <= 6 {
            list = list[list.index(after: colon)...]
        }
        var names: [String] = []
        for part in parts(of: list, plain: plain) {
            // "Jean Dupont (au centre)." → "Jean Dupont"
            let bare = part.split(separator: "(").first ?? part
            let name = bare.trimmingCharacters(in: nameEdges)
            if name.isEmpty { continue }
            // Most lines are prose: their first part settles it.
            guard PersonName.isName(name) else { return nil }
            names.append(name)
        }
        return names.count >= 2 ? names : nil
    }

    /// The list cut at each separator in turn, as `components(separatedBy:)` cuts it; on bytes
    /// when characters are scalars (`plain`), where the cuts are the same and many times cheaper.
    private static func parts(of list: Substring, plain: Bool) -> [Substring] {
        guard plain else {
            var parts = [String(list)]
            for separator in separators {
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
            return parts.map { Substring($0) }
        }
        let utf8 = list.utf8
        let bytes = Array(utf8)
        var ranges = [bytes.indices]
        for separator in separatorBytes {
            ranges = ranges.flatMap { cut($0, of: bytes, at: separator) }
        }
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return list[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    /// `range` of `bytes` cut at every occurrence of `separator`, left to right.
    private static func cut(_ range: Range<Int>, of bytes: [UInt8], at separator: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var index = start
        while index + separator.count <= range.upperBound {
            if bytes[index] == separator[0], separator.indices.allSatisfy({ bytes[index + $0] == separator[$0] }) {
                parts.append(start..<index)
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(start..<range.upperBound)
        return parts
    }
}
