/// The weekday and month names of the time lexicons (CLDR), for stages that must tell a date
/// from a name.
public enum CalendarNames {
    /// Whether `word` names a day of the week in `language` ("Saturday", "SAMEDI", "Samstag");
    /// false in a language without a time lexicon.
    public static func isWeekday(_ word: some StringProtocol, language: String?) -> Bool {
        has(word, .weekday, language)
    }

    /// Whether `word` names a month in `language` ("June", "juin", "Juni").
    public static func isMonth(_ word: some StringProtocol, language: String?) -> Bool {
        has(word, .month, language)
    }

    private static func has(_ word: some StringProtocol, _ kind: TimeWord.Kind, _ language: String?) -> Bool {
        guard let lexicon = TimeLexicon.forLanguage(language) else { return false }
        return lexicon.phrases[TextFold.fold(word)]?.contains { $0.kind == kind } ?? false
    }
}
