/// Abbreviations whose period does not end a sentence, for the news languages Newsdesk reads
/// (fr, en, de, es, it, pt). Stored without the final period. Multi-period forms ("U.S.",
/// "z.B.", "EE.UU.") and initials ("J.") are recognised by shape and need no entry.
enum Abbreviations {
    /// Titles, matched with their capital so that "me." or "Dr" in lowercase prose stay words:
    /// they precede a name and never end a sentence.
    static let titles: Set<String> = [
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Pr", "Dr", "St", "Ste",
        "Mr", "Mrs", "Ms", "Prof", "Sr", "Sra", "Srta", "Dra", "Jr", "Gen", "Gov", "Sen", "Rep", "Col", "Lt",
        "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Hr", "Fr", "Frl", "Ud", "Uds", "Dña",
        "Sig", "Sigg", "Dott", "Ing", "Avv", "On", "Exmo", "Exma", "Sto", "Sta", "Mt", "Ft",
    ]

    /// Lowercase abbreviations that precede a word or number ("p. 12", "vgl.", "env. 300").
    static let lowercase: Set<String> = [
        "av", "bd", "n°", "nº", "chap", "p", "pp", "env", "cf", "ex", "vol", "éd", "janv", "févr", "avr",
        "juil", "déc", "vs", "approx", "dept", "fig", "jan", "feb", "apr", "aug", "oct", "nov",
        "nr", "str", "ca", "bzw", "vgl", "ggf", "inkl", "evtl", "jh", "abs", "s", "pág", "págs", "núm",
        "pag", "tel", "art",
    ]

    /// Abbreviations that may also close a sentence ("…, etc. The next …"): a capitalised word
    /// after them starts a new sentence.
    static let mayEnd: Set<String> = ["etc", "usw", "ecc", "inc", "ltd", "corp", "co", "bros"]

    /// Whether `word` (without its period) is a known abbreviation.
    static func contains(_ word: Substring) -> Bool {
        if titles.contains(String(word)) { return true }
        let lower = word.lowercased()
        return lowercase.contains(lower) || mayEnd.contains(lower)
    }
}
