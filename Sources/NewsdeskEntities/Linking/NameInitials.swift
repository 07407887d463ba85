/// Whether an acronym spells a name's initials: those of every word ("United States Air Force"
/// → USAF) or of its first word and longer words, the short function words left out
/// ("Organisation des Nations unies" → ONU).
enum NameInitials {
    /// `acronym` and `words` lower-cased.
    static func spell(_ acronym: String, _ words: [String]) -> Bool {
        guard acronym.count >= 2, acronym.count <= words.count else { return false }
        if String(words.compactMap(\.first)) == acronym { return true }
        return String(words.enumerated().filter { $0.offset == 0 || $0.element.count > 3 }.compactMap(\.element.first)) == acronym
    }
}
