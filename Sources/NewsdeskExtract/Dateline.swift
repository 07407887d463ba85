public import NewsdeskCore

/// Wire-copy datelines at the start of a story: "PARIS (AFP) -", "WASHINGTON, May 3 (Reuters) –",
/// "Berlin (dpa) –". The dateline stays in the text; the agency becomes a credit.
public enum Dateline {
    /// Longest dateline considered, in characters.
    static let maxLength = 80

    /// The agency credit of a dateline opening `paragraph`, if it has one.
    public static func credit(atStartOf paragraph: String) -> Credit? {
        let head = paragraph.prefix(maxLength)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        // The place before the bracket is capitalised and has no sentence inside it.
        let place = head[..<open].trimmingSpaces
        guard let first = place.first, first.isUppercase, !place.contains("."), place.count <= 50 else { return nil }
        // A dash or colon follows the bracket.
        let after = head[head.index(after: close)...].drop(while: { $0 == " " || $0 == "\u{00A0}" })
        guard let dash = after.first, "-–—:".contains(dash) else { return nil }
        let inside = String(head[head.index(after: open)..<close])
        guard let agency = CreditLineParser.agency(in: inside) else { return nil }
        return Credit(role: .agency, agency: agency, text: String(head[...close]))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
