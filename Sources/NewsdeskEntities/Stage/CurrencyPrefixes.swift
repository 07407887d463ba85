import NewsdeskCore

/// A country's code written onto a currency sign is part of an amount, not a place named:
/// "US$100 billion", "C$348 million", "HK$5", "A$2".
enum CurrencyPrefixes {
    static let signs: Set<Character> = ["$", "£", "€", "¥"]

    static func removing(from mentions: [Mention], text: String) -> [Mention] {
        mentions.filter { mention in
            guard mention.kind == .name || mention.kind == .acronym, mention.span.end < text.utf8.count else { return true }
            // A mention ends on a character boundary: the index is valid for the characters too.
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: mention.span.end)
            return !signs.contains(text[end])
        }
    }
}
