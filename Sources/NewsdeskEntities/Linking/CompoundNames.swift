/// Words that join a name to a common word with a hyphen ("Chrysler-fabrieken",
/// "Airbus-vliegtuigen", "EADS-led", "London-based") name what the part before the hyphen
/// names.
enum CompoundNames {
    /// The name a compound word is made on, or nil when the word is no such compound: the
    /// part after the last hyphen is in lower case, the part before it has a capital or a digit
    /// ("Noord-Amerika", "Saint-Denis" are names of their own).
    static func head(of word: Substring) -> Substring? {
        guard let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex else { return nil }
        let tail = word[word.index(after: hyphen)...]
        let head = word[..<hyphen]
        guard tail.count >= 2, tail.allSatisfy(\.isLowercase), head.contains(where: { $0.isUppercase || $0.isNumber }) else { return nil }
        return head
    }
}
