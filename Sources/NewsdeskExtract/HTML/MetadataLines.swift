import NewsdeskText

/// Short blocks that only carry a page's metadata (a date, a time, a line of post details),
/// which the body leaves out.
enum MetadataLines {
    /// Whether a short block only gives a date, perhaps with a label ("23.10.2018",
    /// "Veröffentlichung: 2. Februar 2022"): at most `labelWords` words of letters (month names
    /// included) beside the numbers, which a sentence mentioning a date has more of. Inside the
    /// body a labelled date ("Termin: 29.02.2020, 19 Uhr") is article text.
    static func isDateOnly(_ text: String, labelWords: Int) -> Bool {
        // Every date `LineClassifier` reads has an ASCII digit: most blocks have none and stop
        // here, before the costlier split into words of characters.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count <= 8, words.count(where: { $0.contains(where: \.isLetter) }) <= labelWords else { return false }
        return LineClassifier.date(in: text) != nil
    }

    /// A block that only gives a time of day ("3:59 PM", "15:49 Uhr", "18h30").
    static func isTimeOnly(_ text: String) -> Bool {
        let words = TextFold.fold(text).split(separator: " ")
        guard let clock = words.first, (1...2).contains(words.count) else { return false }
        if words.count == 2, !["am", "pm", "a.m.", "p.m.", "uhr", "h"].contains(String(words[1])) { return false }
        let parts = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" })
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2 else { return false }
        return hour < 24 && minute < 60
    }

    /// A line of post metadata: three short parts or more between separators, one of them a
    /// date ("Freitag | 14. Juni 2019 | 15:49 von Ann Lee | 0 Kommentare").
    static func isMetaLine(_ text: String) -> Bool {
        // Most blocks hold no separator at all: count them on bytes before splitting.
        guard text.utf8.count(where: { $0 == 0x7C || $0 == 0xB7 || $0 == 0xA2 }) >= 2 else { return false }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" })
        guard parts.count >= 3, parts.allSatisfy({ $0.count <= 60 }) else { return false }
        return parts.contains { isDateOnly(String($0), labelWords: 2) }
    }
}
