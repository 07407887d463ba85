import Foundation
import NewsdeskCore
import NewsdeskText

/// A caption that only lists the people in a picture ("De gauche à droite : Jean Dupont, Marie
/// Martin et Paul Durand"), which scrapers leave between paragraphs without its credit.
enum NameListCaption {
    static let separators = [", ", " et ", " and ", " und ", " y ", " e ", " & ", "; "]
    private static let separatorBytes = separators.map { Array($0.utf8) }
    /// What is trimmed off each name.
    private static let nameEdges: [Unicode.Scalar] = [" ", ".", ";", ",", "\u{00A0}", "\u{202F}"]

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
        var listsNames = true
        // Each part's name in turn: a line of prose stops at its first part.
        func take(_ part: Substring) -> Bool {
            // "Jean Dupont (au centre)." → "Jean Dupont"
            let bare = plain ? part.utf8.split(separator: 0x28).first.map { Substring($0) } ?? part : part.split(separator: "(").first ?? part
            let name = trimmed(bare)
            guard !name.isEmpty else { return true }
            guard PersonName.isName(name) else {
                listsNames = false
                return false
            }
            names.append(name)
            return true
        }
        if plain {
            // On bytes, where the cuts are those of characters and many times cheaper.
            let utf8 = list.utf8
            let bytes = Array(utf8)
            _ = forEachPart(of: bytes.indices, in: bytes, level: 0) { range in
                let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                return take(list[start..<utf8.index(start, offsetBy: range.count)])
            }
        } else {
            var parts = [String(list)]
            for separator in separators {
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
            for part in parts where !take(Substring(part)) { break }
        }
        return listsNames && names.count >= 2 ? names : nil
    }

    /// The text without `nameEdges` at either end, scalar by scalar, as Foundation's
    /// `trimmingCharacters(in:)` trims, without a character set to consult.
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, nameEdges.contains(scalars[start]) { start = scalars.index(after: start) }
        while start < end, nameEdges.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// Calls `body` with each part of `range`, cut at each separator in turn from `level` on as
    /// `components(separatedBy:)` cuts, left to right, until it returns false; false then.
    private static func forEachPart(of range: Range<Int>, in bytes: [UInt8], level: Int, _ body: (Range<Int>) -> Bool) -> Bool {
        guard level < separatorBytes.count else { return body(range) }
        let separator = separatorBytes[level]
        var start = range.lowerBound
        var index = start
        while index + separator.count <= range.upperBound {
            if bytes[index] == separator[0], bytes[index..<(index + separator.count)].elementsEqual(separator) {
                guard forEachPart(of: start..<index, in: bytes, level: level + 1, body) else { return false }
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        return forEachPart(of: start..<range.upperBound, in: bytes, level: level + 1, body)
    }
}
