/// The weekday names of the time lexicons (CLDR), for stages that must tell a day from a name.
public enum WeekdayNames {
    /// Whether `word` names a day of the week in `language` ("Saturday", "SAMEDI", "Samstag");
    /// false in a language without a time lexicon.
    public static func contains(_ word: some StringProtocol, language: String?) -> Bool {
        guard let lexicon = TimeLexicon.forLanguage(language) else { return false }
        return lexicon.phrases[TextFold.fold(word)]?.contains { $0.kind == .weekday } ?? false
    }
}
