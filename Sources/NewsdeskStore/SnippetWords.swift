import NewsdeskCore

/// The words a snippet is made of, found and folded only as far as they are asked for (a long
/// article's first match is often near its start): runs of letters and digits (with the marks
/// that follow them), as the full-text tokenizer reads them, except that each character of a
/// script written without spaces is a word of its own, so that a word of such a script is found,
/// and marked, inside running text as the sequence of its characters.
struct SnippetWords {
    let text: String
    private var ranges: [Range<String.Index>] = []
    /// Where the search for the next word goes on.
    private var next: String.Index
    private var bytes: [UInt8] = []
    /// Where each folded word ends in `bytes`.
    private var ends: [Int] = []
    private var scratch: [UInt8] = []

    init(_ text: String) {
        self.text = text
        next = text.unicodeScalars.startIndex
    }

    /// Whether the text has a word at `index` (from 0).
    mutating func has(_ index: Int) -> Bool {
        while ranges.count <= index {
            guard let range = nextWord() else { return false }
            ranges.append(range)
        }
        return true
    }

    /// The range of a word found by `has`.
    func range(_ index: Int) -> Range<String.Index> { ranges[index] }

    /// The folded bytes of a word found by `has`.
    mutating func folded(_ index: Int, folding: inout WordFolding) -> ArraySlice<UInt8> {
        while ends.count <= index {
            folding.fold(text[ranges[ends.count]], into: &scratch)
            bytes += scratch
            ends.append(bytes.count)
        }
        return bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The words of a whole text.
    static func all(in text: String) -> [Range<String.Index>] {
        var words = SnippetWords(text)
        var index = 0
        while words.has(index) { index += 1 }
        return words.ranges
    }

    private mutating func nextWord() -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = next
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let after = scalars.index(after: index)
            if !scalar.isASCII && scalar.isWrittenWithoutSpaces {
                if let start {
                    next = index
                    return start..<index
                }
                next = after
                return index..<after
            } else if Self.isWordScalar(scalar) || (start != nil && !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
                if start == nil { start = index }
            } else if let start {
                next = after
                return start..<index
            }
            index = after
        }
        next = scalars.endIndex
        return start.map { $0..<scalars.endIndex }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabetic || (scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil)
    }
}
