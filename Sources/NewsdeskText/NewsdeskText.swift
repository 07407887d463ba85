/// Language identification, normalisation, sentences and tokens: the text foundation that
/// entities, quotes and time expressions build on, and the helpers every stage shares.
///
/// - `TextNormalizer`: mojibake repair, NFC, apostrophes, spaces.
/// - `LanguageIdentifier`: ISO 639-1 language of a text, of each line, or of each paragraph.
/// - `Tokenizer` and `SentenceSegmenter`: tokens and sentences with UTF-8 `TextSpan`s.
/// - `TextFold` (`fold`, `key`, `matchKey`, `trim`) and `FoldedLine`: case- and accent-free forms
///   for comparing text with word lists; `ByteSearch` and the `String` byte helpers
///   (`containsByte`, `containsBytes`, `rangeOfBytes`, `hasPrefixBytes`, `scalarCount`, `whitespaceTrimmed`).
/// - `DateNormalizer`, `MonthNames`, `ZoneAbbreviations`, `CivilCalendar`: date strings to ISO
///   8601, month names in fifteen languages, zone offsets, calendar arithmetic.
/// - `PersonName` and `AuthorNameParts`: whether a line is a person's name, and a byline's
///   name cut free of handles, roles, credentials and picture credits.
/// - `NewsAgencies`: the news and photo agencies and the spellings that name them.
public enum NewsdeskText {}
