/// The recogniser's feature templates, hashed to 32 bits. Training (`PerceptronTrainer`) and
/// tagging (`NameTagger`) both call these functions, so a model always sees the features it
/// was trained on.
///
/// Features that do not depend on earlier tags are computed once per token (`staticFeatures`);
/// the few that read the previous two tags are added while decoding (`tagFeatures`).
public enum NameFeatures {
    /// Template ids: part of every hash, so that equal strings in two templates differ.
    enum Template: UInt8 {
        case bias = 1, word, cased, previousWord, nextWord, secondPrevious, secondNext
        case shape, previousShape, nextShape, shapeWindow
        case prefix1, prefix2, prefix3, suffix2, suffix3, suffix4
        case previousAndWord, wordAndNext
        case sentenceStart, evidence, previousEvidence, nextEvidence
        case previousTag, previousTwoTags, previousTagAndShape, previousTagAndWord
    }

    /// FNV-1a over a template id and strings, folded to 32 bits; never 0 (the model's empty key).
    struct Hasher {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        init(_ template: Template) { mix(template.rawValue) }

        mutating func mix(_ byte: UInt8) {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }

        mutating func mix(_ text: some StringProtocol) {
            for byte in text.utf8 { mix(byte) }
            mix(0xFF)  // ends the string: "ab"+"c" and "a"+"bc" differ
        }

        mutating func mix(_ value: Int) {
            for shift in stride(from: 0, to: 32, by: 8) { mix(UInt8(truncatingIfNeeded: value >> shift)) }
        }

        var value: UInt32 {
            let folded = UInt32(truncatingIfNeeded: state ^ (state >> 32))
            return folded == 0 ? 1 : folded
        }
    }

    static func hash<Part: StringProtocol>(_ template: Template, _ parts: Part...) -> UInt32 {
        var hasher = Hasher(template)
        for part in parts { hasher.mix(part) }
        return hasher.value
    }

    static func hash(_ template: Template, _ values: Int...) -> UInt32 {
        var hasher = Hasher(template)
        for value in values { hasher.mix(value) }
        return hasher.value
    }

    /// Features of token `index` that do not depend on tags, appended to `features`.
    /// `sentenceStart` is the index of the sentence's first token.
    public static func staticFeatures(of tokens: [NameToken], at index: Int, sentenceStart: Int, into features: inout [UInt32]) {
        let token = tokens[index]
        let boundary = "<s>"
        func lower(_ offset: Int) -> String {
            let position = index + offset
            return position >= sentenceStart && position < tokens.count ? tokens[position].lower : boundary
        }
        func shape(_ offset: Int) -> String {
            let position = index + offset
            return position >= sentenceStart && position < tokens.count ? tokens[position].shape : boundary
        }
        features.append(hash(.bias, 0))
        features.append(hash(.word, token.lower))
        if token.isCapitalised { features.append(hash(.cased, token.text)) }
        features.append(hash(.previousWord, lower(-1)))
        features.append(hash(.nextWord, lower(1)))
        features.append(hash(.secondPrevious, lower(-2)))
        features.append(hash(.secondNext, lower(2)))
        features.append(hash(.shape, token.shape))
        features.append(hash(.previousShape, shape(-1)))
        features.append(hash(.nextShape, shape(1)))
        features.append(hash(.shapeWindow, shape(-1), token.shape, shape(1)))
        let scalars = Array(token.lower.unicodeScalars)
        func affix(_ template: Template, _ slice: ArraySlice<Unicode.Scalar>) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            features.append(hash(template, String(view)))
        }
        affix(.prefix1, scalars.prefix(1))
        if scalars.count > 2 { affix(.prefix2, scalars.prefix(2)) }
        if scalars.count > 3 { affix(.prefix3, scalars.prefix(3)) }
        if scalars.count > 3 { affix(.suffix2, scalars.suffix(2)) }
        if scalars.count > 4 { affix(.suffix3, scalars.suffix(3)) }
        if scalars.count > 5 { affix(.suffix4, scalars.suffix(4)) }
        features.append(hash(.previousAndWord, lower(-1), token.lower))
        features.append(hash(.wordAndNext, token.lower, lower(1)))
        if index == sentenceStart { features.append(hash(.sentenceStart, token.shape)) }
        for bit in token.evidence.bits { features.append(hash(.evidence, Int(bit))) }
        if index > sentenceStart {
            for bit in tokens[index - 1].evidence.bits { features.append(hash(.previousEvidence, Int(bit))) }
        }
        if index + 1 < tokens.count {
            for bit in tokens[index + 1].evidence.bits { features.append(hash(.nextEvidence, Int(bit))) }
        }
    }

    /// The features that read the tags given to the two previous tokens.
    public static func tagFeatures(
        of token: NameToken, previous: NameTag, beforePrevious: NameTag, into features: inout [UInt32]
    ) {
        features.append(hash(.previousTag, previous.index))
        features.append(hash(.previousTwoTags, beforePrevious.index, previous.index))
        var hasher = Hasher(.previousTagAndShape)
        hasher.mix(previous.index)
        hasher.mix(token.shape)
        features.append(hasher.value)
        var wordHasher = Hasher(.previousTagAndWord)
        wordHasher.mix(previous.index)
        wordHasher.mix(token.lower)
        features.append(wordHasher.value)
    }
}
