import NewsdeskCore

/// A country's code written onto a currency sign or before its currency's name is part of an
/// amount, not a place named: "US$100 billion", "C$348 million", "HK$5", "$9.99 US dollars".
enum CurrencyPrefixes {
    static let signs: Set<Character> = ["$", "£", "€", "¥"]
    static let currencyWords: Set<String> = ["dollar", "dollars", "dólar", "dólares", "dollaro", "dollari"]

    static func removing(from mentions: [Mention], text: String) -> [Mention] {
        mentions.filter { mention in
            guard mention.kind == .name || mention.kind == .acronym, mention.span.end < text.utf8.count else { return true }
            // A mention ends on a character boundary: the index is valid for the characters too.
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: mention.span.end)
            if signs.contains(text[end]) { return false }
            guard mention.kind == .acronym, text[end] == " " else { return true }
            let word = text[text.index(after: end)...].prefix { $0.isLetter }
            return !currencyWords.contains(word.lowercased())
        }
    }
}
