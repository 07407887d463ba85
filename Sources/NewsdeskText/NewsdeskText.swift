/// Language identification, normalisation, sentences and tokens: the text foundation that
/// entities, quotes and time expressions build on.
///
/// - `TextNormalizer`: mojibake repair, NFC, apostrophes, spaces.
/// - `LanguageIdentifier`: ISO 639-1 language of a text, of each line, or of each paragraph.
/// - `Tokenizer` and `SentenceSegmenter`: tokens and sentences with UTF-8 `TextSpan`s.
public enum NewsdeskText {}
