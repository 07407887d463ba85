/// The recogniser's feature templates, hashed to 32 bits. Training (`PerceptronTrainer`) and
/// tagging (`NameTagger`) both call these functions, so a model always sees the features it
/// was trained on.
///
/// Features that do not depend on earlier tags are computed once per token (`staticFeatures`);
/// the few that read the previous two tags are added while decoding (`tagFeatures`).
public enum NameFeatures {
    /// Template ids: part of every hash, so that equal values in two templates differ.
    enum Template: UInt64 {
        case bias = 1, word, cased, previousWord, nextWord, secondPrevious, secondNext
        case shape, previousShape, nextShape, shapeWindow
        case prefix1, prefix2, prefix3, suffix2, suffix3, suffix4
        case previousAndWord, wordAndNext
        case sentenceStart, evidence, previousEvidence, nextEvidence
        case previousTag, previousTwoTags, previousTagAndShape, previousTagAndWord
        case headlineShape, headlineWord
        case languageShape, languageShapeWindow, languageCased
        case commonness, commonnessShape, commonnessStart, previousCommonness
    }

    /// A feature: its template and up to three values, folded to 32 bits; never 0 (the
    /// model's empty key).
    @inline(__always)
    static func feature(_ template: Template, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt32 {
        var hash = FeatureHash()
        hash.mix(template.rawValue)
        hash.mix(a)
        hash.mix(b)
        hash.mix(c)
        let state = hash.value
        let folded = UInt32(truncatingIfNeeded: state ^ (state >> 32))
        return folded == 0 ? 1 : folded
    }

    /// How a language uses capitals, as far as names are concerned.
    public enum CapitalisationScript: UInt64, Sendable {
        /// Capitals mark names and sentence starts (French, Spanish, Italian, Portuguese…).
        case namesOnly = 1
        /// English and Dutch: names, sentence starts, and many words in headlines and titles.
        case english
        /// German: every noun is capitalised.
        case nouns

        public init(language: String?) {
            switch language {
            case "de", "lb": self = .nouns
            case "en", "nl": self = .english
            default: self = .namesOnly
            }
        }
    }

    /// Stands for the words and shapes before the first and after the last token of a sentence.
    static let boundary: UInt64 = 0x5EED

    /// Features of token `index` that do not depend on tags, appended to `features`.
    /// `sentence` is the range of the token's sentence.
    public static func staticFeatures(
        of tokens: [NameToken], at index: Int, sentence: Range<Int>, script: CapitalisationScript, into features: inout [UInt32]
    ) {
        let token = tokens[index]
        func lower(_ offset: Int) -> UInt64 {
            sentence.contains(index + offset) ? tokens[index + offset].lowerHash : boundary
        }
        func shape(_ offset: Int) -> UInt64 {
            sentence.contains(index + offset) ? tokens[index + offset].shapeHash : boundary
        }
        features.append(feature(.bias, 0))
        features.append(feature(.word, token.lowerHash))
        if token.isCapitalised { features.append(feature(.cased, token.casedHash)) }
        let previous = lower(-1)
        let next = lower(1)
        features.append(feature(.previousWord, previous))
        features.append(feature(.nextWord, next))
        features.append(feature(.secondPrevious, lower(-2)))
        features.append(feature(.secondNext, lower(2)))
        features.append(feature(.shape, token.shapeHash))
        features.append(feature(.previousShape, shape(-1)))
        features.append(feature(.nextShape, shape(1)))
        features.append(feature(.shapeWindow, shape(-1), token.shapeHash, shape(1)))
        // What capitals mean depends on the language: German capitalises every noun.
        features.append(feature(.languageShape, script.rawValue, token.shapeHash))
        features.append(feature(.languageShapeWindow, script.rawValue, shape(-1) ^ shape(1) &* 31, token.shapeHash))
        if token.isCapitalised { features.append(feature(.languageCased, script.rawValue, token.casedHash)) }
        features.append(feature(.commonness, token.commonness.rawValue))
        features.append(feature(.commonnessShape, token.commonness.rawValue, token.shapeHash, script.rawValue))
        features.append(feature(.commonnessStart, token.commonness.rawValue, index == sentence.lowerBound ? 1 : 0, token.isCapitalised ? 1 : 0))
        if index > sentence.lowerBound {
            features.append(feature(.previousCommonness, tokens[index - 1].commonness.rawValue, tokens[index - 1].isCapitalised ? 1 : 0))
        }
        features.append(feature(.prefix1, token.prefixHashes.0))
        if token.prefixHashes.1 != 0 { features.append(feature(.prefix2, token.prefixHashes.1)) }
        if token.prefixHashes.2 != 0 { features.append(feature(.prefix3, token.prefixHashes.2)) }
        if token.suffixHashes.0 != 0 { features.append(feature(.suffix2, token.suffixHashes.0)) }
        if token.suffixHashes.1 != 0 { features.append(feature(.suffix3, token.suffixHashes.1)) }
        if token.suffixHashes.2 != 0 { features.append(feature(.suffix4, token.suffixHashes.2)) }
        features.append(feature(.previousAndWord, previous, token.lowerHash))
        features.append(feature(.wordAndNext, token.lowerHash, next))
        if index == sentence.lowerBound { features.append(feature(.sentenceStart, token.shapeHash)) }
        if token.inHeadline {
            features.append(feature(.headlineShape, token.shapeHash))
            features.append(feature(.headlineWord, token.lowerHash))
        }
        appendEvidence(token.evidence, .evidence, into: &features)
        if index > sentence.lowerBound { appendEvidence(tokens[index - 1].evidence, .previousEvidence, into: &features) }
        if index + 1 < sentence.upperBound { appendEvidence(tokens[index + 1].evidence, .nextEvidence, into: &features) }
    }

    private static func appendEvidence(_ evidence: NameEvidence, _ template: Template, into features: inout [UInt32]) {
        var bits = evidence.rawValue
        while bits != 0 {
            let bit = UInt64(bits.trailingZeroBitCount)
            features.append(feature(template, bit))
            bits &= bits - 1
        }
    }

    /// The features that read the tags given to the two previous tokens.
    public static func tagFeatures(
        of token: NameToken, previous: NameTag, beforePrevious: NameTag, into features: inout [UInt32]
    ) {
        let tag = UInt64(previous.index)
        features.append(feature(.previousTag, tag))
        features.append(feature(.previousTwoTags, UInt64(beforePrevious.index), tag))
        features.append(feature(.previousTagAndShape, tag, token.shapeHash))
        features.append(feature(.previousTagAndWord, tag, token.lowerHash))
    }
}
