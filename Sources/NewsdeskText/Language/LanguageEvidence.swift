/// When a text gives too little evidence for any language: too few letters, mostly digits and
/// symbols, or letters that follow no language's spelling (random bytes, base64, hashes). Such a
/// text is `und` however the candidates compare: the posterior only ranks them against one
/// another, and is near 1 for junk as often as for prose.
///
/// Thresholds measured on the lingua test data (75 languages, 1,000 single words, word pairs and
/// sentences each) against random bytes, base64, hexadecimal and random letters of 8 to 1,024
/// bytes (300 texts of each kind).
extension LanguageIdentifier {
    /// Below this many letters an alphabetic text is not judged ("ok", "a."): two letters are a
    /// word in dozens of languages. One character is enough in scripts where it is a syllable or
    /// a word (Han, kana, Hangul).
    static let minimumLetters = 3
    /// Below this share of letters among the characters that are not white space, a text is
    /// data rather than prose: a date ("12 mars 2025"), a score, a table row, hexadecimal,
    /// random bytes (malformed UTF-8 counts as symbols). 47 of the 186,000 test texts fall
    /// below it (Gujarati numerals with a suffix, a Bible reference); 284 of 300 hexadecimal
    /// strings and 293 of 300 random byte strings do.
    static let minimumLetterShare = 0.5
    /// How many letters a character of a syllabic script (Han, kana, Hangul) counts for in that
    /// share: it writes a syllable or a word, so "届出者数は26％増の51万5168人。" is prose.
    static let syllableWeight = 3.0
    /// Above this many data-like switches per letter (a capital after a lowercase letter, a
    /// letter next to a digit: `ScriptTally.dataTransitions`), and at least
    /// `minimumDataTransitions` of them, letters are mixed-case or alphanumeric data: base64,
    /// hexadecimal, tokens, identifiers. Random base64 gives about 0.4, hexadecimal more than 1;
    /// a headline with "iPhone", "McDonald's" and "Covid19" about 0.05.
    static let maximumDataTransitionShare = 0.1
    static let minimumDataTransitions = 3
    /// Below this log-likelihood per letter under the best language (nats, word list and
    /// n-grams together), Latin letters follow no language's spelling. Latin text of the test
    /// data has a median of -1.8 (words) to -2.0 (sentences); 0.2 % of its single words, 0.01 %
    /// of its pairs and 0.05 % of its sentences score below -5 (rare names, mojibake), against
    /// half of random-letter strings by -7.2 and of base64 by -6.0. Other scripts are not held
    /// to it: their models spread wider (Devanagari vowel signs count as letters, Marathi
    /// sentences score -8 to -10), and data rarely comes in them.
    static let minimumLogLikelihoodPerLetter = -5.0

    /// Whether the letters of `tally`, whose dominant script is `script`, are enough to judge.
    static func hasEnoughLetters(_ tally: ScriptTally, script: Script) -> Bool {
        let letters = Double(tally.letters)
        guard letters >= Double(script.writesSyllables ? 1 : minimumLetters) else { return false }
        let weighted = script.writesSyllables ? letters * syllableWeight : letters
        guard weighted >= minimumLetterShare * (weighted + Double(tally.symbols)) else { return false }
        let transitions = tally.dataTransitions
        return transitions < minimumDataTransitions || Double(transitions) <= maximumDataTransitionShare * letters
    }

    /// Whether a text of `script` scoring `logLikelihoodPerLetter` under its best language reads
    /// as language.
    static func isPlausible(logLikelihoodPerLetter: Double, script: Script) -> Bool {
        script != .latin || logLikelihoodPerLetter >= minimumLogLikelihoodPerLetter
    }
}
