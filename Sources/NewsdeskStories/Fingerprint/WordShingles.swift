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
        return hashes(of: words).enumerated().map { index, hash in Shingle(hash: hash, span: span(of: index, in: words)) }
    }

    /// The hash of each shingle of `words`, in order.
    static func hashes(of words: [Word]) -> [UInt64] {
        guard words.count >= 3 else {
            guard let first = words.first else { return [] }
            return [finalize(words.dropFirst().reduce(first.hash) { combine($0, $1.hash) })]
        }
        return (0..<(words.count - 2)).map { index in
            finalize(combine(combine(words[index].hash, words[index + 1].hash), words[index + 2].hash))
        }
    }

    /// The UTF-8 span of the `index`-th shingle of `words`.
    static func span(of index: Int, in words: [Word]) -> TextSpan {
        TextSpan(start: words[index].start, end: words[min(index + 2, words.count - 1)].end)
    }

    struct Word {
        var hash: UInt64
        var start: Int
        var end: Int
    }

    /// The folded words of `text`, each hashed (FNV-1a over its folded scalars), with UTF-8 spans.
    static func words(of text: String) -> [Word] {
        var text = text
        let table = asciiWordBytes  // read once: a static is checked for initialisation at each read
        return text.withUTF8 { bytes in
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 5)
            var hash = fnvOffset
            var start = -1
            var end = 0
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                let scalar: Unicode.Scalar
                let length: Int
                if byte < 0x80 {
                    // ASCII: a table gives each byte's folded letter or digit (0: not part of a word).
                    let folded = table[Int(byte)]
                    if folded != 0 {
                        if start < 0 {
                            start = offset
                            hash = fnvOffset
                        }
                        hash = (hash ^ UInt64(folded)) &* fnvPrime
                        offset += 1
                        end = offset
                        continue
                    }
                    scalar = Unicode.Scalar(byte)
                    length = 1
                } else {
                    (scalar, length) = decode(bytes, at: offset)
                }
                if TextFold.isWordScalar(scalar) {
                    if start < 0 {
                        start = offset
                        hash = fnvOffset
                    }
                    hash = (hash ^ UInt64(FoldedLine.fold(scalar).value)) &* fnvPrime
                    end = offset + length
                } else if start >= 0, scalar != "'" && scalar != "\u{2019}" {
                    // An apostrophe inside a word is elided, whichever mark the copy uses.
                    words.append(Word(hash: hash, start: start, end: end))
                    start = -1
                }
                offset += length
            }
            if start >= 0 { words.append(Word(hash: hash, start: start, end: end)) }
            return words
        }
    }

    /// The scalar of valid UTF-8 that starts at `index` (a lead byte of a multi-byte scalar).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", bytes.count - index) }
        var value = lead & (0x7F >> length)
        for next in 1..<length { value = value << 6 | (UInt32(bytes[index + next]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// For each ASCII byte, its lower-case form when it is a letter or digit, else 0.
    private static let asciiWordBytes: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: UInt8(byte)
        case 0x41...0x5A: UInt8(byte | 0x20)
        default: 0
        }
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
