import NewsdeskCore

/// The words a snippet is made of: runs of letters and digits (with the marks that follow them),
/// as the full-text tokenizer reads them, except that each character of a script written without
/// spaces is a word of its own, so that a word of such a script is found, and marked, inside
/// running text as the sequence of its characters.
enum SnippetWords {
    static func ranges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if !scalar.isASCII && scalar.isWrittenWithoutSpaces {
                if let wordStart = start { ranges.append(wordStart..<index) }
                ranges.append(index..<next)
                start = nil
            } else if isWordScalar(scalar) || (start != nil && !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
                if start == nil { start = index }
            } else if let wordStart = start {
                ranges.append(wordStart..<index)
                start = nil
            }
            index = next
        }
        if let wordStart = start { ranges.append(wordStart..<scalars.endIndex) }
        return ranges
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabetic || (scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil)
    }
}
