import Foundation

/// Folds the scalars of words as the full-text index compares them, case and accents ignored,
/// into bytes that compare directly: each scalar beyond ASCII is folded through Foundation once
/// and remembered (folding each word through Foundation cost microseconds a word: tens of
/// milliseconds for the snippets of one page of hits); a combining mark folds to nothing. One
/// folding serves one search: the hits of a query share their alphabet. (ASCII is lower-cased by
/// SnippetWords as it reads the bytes.)
struct WordFolding {
    private var folded: [Unicode.Scalar: [UInt8]] = [:]

    /// Appends the folded bytes of `scalar` to `bytes`.
    mutating func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if let known = folded[scalar] {
            bytes += known
            return
        }
        let folding = scalar.properties.generalCategory == .nonspacingMark
            ? [] : Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        folded[scalar] = folding
        bytes += folding
    }
}
