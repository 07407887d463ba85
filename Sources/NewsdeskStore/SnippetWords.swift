import NewsdeskCore

/// The words a snippet is made of, found and folded in one pass over the text's UTF-8 bytes, and
/// only as far as they are asked for (a long article's first match may lie 80,000 characters in:
/// going through `String` and a `Substring` for each word cost milliseconds there). Words are
/// runs of letters and digits (with the marks that follow them), as the full-text tokenizer reads
/// them, except that each character of a script written without spaces is a word of its own, so
/// that a word of such a script is found, and marked, inside running text as the sequence of its
/// characters.
struct SnippetWords {
    let bytes: [UInt8]
    /// The byte ranges of the words found so far.
    private var ranges: [Range<Int>] = []
    /// Where the search for the next word goes on.
    private var next = 0
    /// The folded words found so far, one after the other; `ends` says where each ends.
    private var folded: [UInt8] = []
    private var ends: [Int] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether the text has a word at `index` (from 0), finding the words up to it.
    mutating func has(_ index: Int, folding: inout WordFolding) -> Bool {
        while ranges.count <= index {
            guard findWord(folding: &folding) else { return false }
        }
        return true
    }

    /// The byte range of a word found by `has`.
    func range(_ index: Int) -> Range<Int> { ranges[index] }

    /// The folded bytes of a word found by `has`.
    func folded(_ index: Int) -> ArraySlice<UInt8> {
        folded[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Whether a word found by `has` begins a sentence: the text's first word, or one after a
    /// full stop, an exclamation or a question mark, or a line break.
    func beginsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let gap = bytes[ranges[index - 1].upperBound..<ranges[index].lowerBound]
        return gap.contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x0A }
            || String(decoding: gap, as: UTF8.self).contains { "。！？".contains($0) }
    }

    /// The folded words of a whole text.
    static func folded(_ text: String, folding: inout WordFolding) -> [[UInt8]] {
        var words = SnippetWords(text)
        var index = 0
        while words.has(index, folding: &folding) { index += 1 }
        return (0..<index).map { Array(words.folded($0)) }
    }

    /// Finds the next word, appending it to `ranges` and its folded bytes to `folded`.
    private mutating func findWord(folding: inout WordFolding) -> Bool {
        var start: Int?
        var index = next
        func finish(_ range: Range<Int>, resumingAt resume: Int) -> Bool {
            ranges.append(range)
            ends.append(folded.count)
            next = resume
            return true
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                    if start == nil { start = index }
                    folded.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                } else if let start {
                    return finish(start..<index, resumingAt: index + 1)
                }
                index += 1
                continue
            }
            let (scalar, length) = decode(at: index)
            if scalar.isWrittenWithoutSpaces {
                if let start { return finish(start..<index, resumingAt: index) }
                folding.append(scalar, to: &folded)
                return finish(index..<index + length, resumingAt: index + length)
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (start != nil && scalar.properties.generalCategory == .nonspacingMark)
            {
                if start == nil { start = index }
                folding.append(scalar, to: &folded)
            } else if let start {
                return finish(start..<index, resumingAt: index + length)
            }
            index += length
        }
        next = bytes.count
        return start.map { finish($0..<bytes.count, resumingAt: bytes.count) } ?? false
    }

    /// The scalar whose UTF-8 encoding begins at `index` (a lead byte: the bytes are a String's)
    /// and the number of its bytes.
    private func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
