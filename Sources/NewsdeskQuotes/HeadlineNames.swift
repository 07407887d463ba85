import NewsdeskCore
import NewsdeskText

/// Whether the capitalised words before a headline's colon name a source ("Pence: …", "Rush
/// Limbaugh: …") or label the line ("Poll: …", "Correction: …", "Hinweis: …"): the entity
/// stage found a name there, or, where only names are capitalised, none of the words is a
/// frequent word of the language. German capitalises every noun: there the entity stage's
/// word is needed.
struct HeadlineNames {
    /// Spans of the article's mentions.
    let mentions: [TextSpan]
    let language: String
    let frequencies: WordFrequencies?

    func name(_ span: TextSpan, words: ArraySlice<String>) -> Bool {
        if mentions.contains(where: { $0.start < span.end && span.start < $0.end }) { return true }
        guard language != "de", let frequencies else { return false }
        return !words.contains { word in
            frequencies.logFrequency(word, language: language).map { $0 > Self.frequentLog } ?? false
        }
    }

    /// A word more frequent than this (natural log of its share of running text, about one in
    /// 270,000 words) is a common word, not a name.
    static let frequentLog = -12.5
}
