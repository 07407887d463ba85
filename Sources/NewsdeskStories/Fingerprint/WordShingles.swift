public import NewsdeskCore
import NewsdeskText

/// The word 3-grams of a text as 64-bit hashes, each with the UTF-8 span of its three words.
///
/// Words are runs of letters and digits, folded (lower case, no accents: `FoldedLine.fold`);
/// an apostrophe inside a word is dropped ("don't" and "don’t" are "dont"), everything else
/// (punctuation, quotation marks, dashes, white space of any width) separates words. So the
/// shingles of a republished copy do not change with its quotation marks, dashes or spacing.
public enum WordShingles {
    /// One shingle: its hash and where its three words are.
    public struct Shingle: Sendable, Equatable {
        public var hash: UInt64
        public var span: TextSpan
    }

    /// The shingles of `text` in text order (repeats included). A text of one or two words
    /// gives one shingle of what it has; an empty text none.
    public static func shingles(of text: String) -> [Shingle] {
        let words = self.words(of: text)
        guard words.count >= 3 else {
            guard let first = words.first, let last = words.last else { return [] }
            let hash = words.dropFirst().reduce(first.hash) { combine($0, $1.hash) }
            return [Shingle(hash: finalize(hash), span: TextSpan(start: first.start, end: last.end))]
        }
        return (0..<(words.count - 2)).map { index in
            let hash = combine(combine(words[index].hash, words[index + 1].hash), words[index + 2].hash)
            return Shingle(hash: finalize(hash), span: TextSpan(start: words[index].start, end: words[index + 2].end))
        }
    }

    struct Word {
        var hash: UInt64
        var start: Int
        var end: Int
    }

    /// The folded words of `text`, each hashed (FNV-1a over its folded scalars), with UTF-8 spans.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var hash = fnvOffset
        var start = -1
        var end = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            defer { offset += length }
            if TextFold.isWordScalar(scalar) {
                if start < 0 {
                    start = offset
                    hash = fnvOffset
                }
                hash = (hash ^ UInt64(FoldedLine.fold(scalar).value)) &* fnvPrime
                end = offset + length
            } else if start >= 0, scalar == "'" || scalar == "\u{2019}" {
                continue  // inside a word: elided, whichever mark the copy uses
            } else if start >= 0 {
                words.append(Word(hash: hash, start: start, end: end))
                start = -1
            }
        }
        if start >= 0 { words.append(Word(hash: hash, start: start, end: end)) }
        return words
    }

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Order-sensitive combination of word hashes.
    private static func combine(_ left: UInt64, _ right: UInt64) -> UInt64 {
        (left &* 0x9E37_79B9_7F4A_7C15) ^ (right &+ 0x632B_E59B_D9B4_E019 &+ (left << 6) &+ (left >> 2))
    }

    /// SplitMix64's finaliser: every bit of the result depends on every bit of the input, so the
    /// low bits can be sampled.
    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
