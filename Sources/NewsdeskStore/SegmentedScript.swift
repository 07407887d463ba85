import NewsdeskCore

/// Words of scripts written without spaces between them (Chinese, Japanese, and Korean, whose
/// particles attach to the word), which the full-text tokenizer would keep as one token per
/// run of characters, so that a word inside running text (商標法 in 改正商標法の施行) could not be
/// found. The index holds, beside the text, each such run as overlapping pairs of characters
/// (商標 標法 法の …) and a query's run becomes the phrase of its pairs: a word is found wherever
/// its characters occur in sequence.
enum SegmentedScript {
    /// The full-text column that holds the pairs.
    static let column = "pairs"

    /// What the index holds for a text: for each word (a run of letters and digits) with
    /// segmented characters, the pairs of each segmented run, then its last character alone
    /// (so that a one-character query finds it as a prefix wherever it stands), and the word's
    /// other parts as words (iPhone in iPhone発売). Empty for a text without such words, which is
    /// most texts: a scan of the bytes settles that without decoding.
    static func indexTerms(of text: String) -> String {
        guard mayContainSegmented(text.utf8) else { return "" }
        var terms: [String] = []
        for part in parts(of: text) {
            guard part.segmented else {
                if part.inMixedWord { terms.append(String(scalars: part.scalars)) }
                continue
            }
            terms += pairs(part.scalars)
            if let last = part.scalars.last { terms.append(String(last)) }
        }
        return terms.joined(separator: " ")
    }

    /// The pairs of a segmented run of a query, in order; a single character alone.
    static func pairs(_ scalars: [Unicode.Scalar]) -> [String] {
        guard scalars.count > 1 else { return scalars.map { String($0) } }
        return (0..<scalars.count - 1).map { String(scalars: scalars[$0...$0 + 1]) }
    }

    /// A stretch of one word that is all segmented or all not.
    struct Part {
        var scalars: [Unicode.Scalar]
        var segmented: Bool
        /// Whether the word the part belongs to also has parts of the other kind.
        var inMixedWord: Bool
    }

    /// The parts of the words of a text that hold segmented characters, in order; the other
    /// words are left out.
    static func parts(of text: some StringProtocol) -> [Part] {
        var result: [Part] = []
        var word: [Part] = []
        func endWord() {
            if word.contains(where: \.segmented) {
                let mixed = word.count > 1
                result += word.map { Part(scalars: $0.scalars, segmented: $0.segmented, inMixedWord: mixed) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let segmented = scalar.isWrittenWithoutSpaces
            guard segmented || scalar.isAlphabetic || scalar.properties.numericType != nil else {
                endWord()
                continue
            }
            if let last = word.indices.last, word[last].segmented == segmented {
                word[last].scalars.append(scalar)
            } else {
                word.append(Part(scalars: [scalar], segmented: segmented, inMixedWord: false))
            }
        }
        endWord()
        return result
    }

    /// False when no byte of the text can begin a segmented character (lead bytes E1, E3–ED,
    /// EF, F0).
    private static func mayContainSegmented(_ bytes: String.UTF8View) -> Bool {
        bytes.contains { $0 == 0xE1 || (0xE3...0xED).contains($0) || $0 == 0xEF || $0 == 0xF0 }
    }
}
