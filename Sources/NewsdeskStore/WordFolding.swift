import Foundation

/// Folds words as the full-text index compares them, case and accents ignored, into bytes that
/// compare directly. ASCII is lower-cased byte by byte; any other scalar is folded through
/// Foundation once and remembered (folding each word through Foundation cost microseconds a word:
/// tens of milliseconds for the snippets of one page of hits); a combining mark folds to nothing.
/// One folding serves one search: the hits of a query share their alphabet.
struct WordFolding {
    private var folded: [Unicode.Scalar: [UInt8]] = [:]

    /// The folded bytes of `word`, into `bytes` (emptied first).
    mutating func fold(_ word: Substring, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            } else {
                bytes += fold(scalar)
            }
        }
    }

    mutating func fold(_ word: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        fold(word, into: &bytes)
        return bytes
    }

    private mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = folded[scalar] { return known }
        let bytes = scalar.properties.generalCategory == .nonspacingMark
            ? [] : Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        folded[scalar] = bytes
        return bytes
    }
}
