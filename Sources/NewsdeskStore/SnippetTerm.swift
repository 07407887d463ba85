/// A query term as a snippet looks for it in the text: its words in sequence, folded (a phrase's
/// words, the parts of a word the index splits such as `l'Union`, the characters of a word of a
/// script written without spaces); for `prefix*` the last word matches the words it begins.
struct SnippetTerm: Equatable {
    var words: [[UInt8]]
    var prefix: Bool

    /// Whether the text's folded word matches the term's word at `index`.
    func matches(_ folded: ArraySlice<UInt8>, at index: Int) -> Bool {
        let word = words[index]
        return prefix && index == words.count - 1 ? folded.starts(with: word) : folded.elementsEqual(word)
    }

    /// The distinct terms of a query whose matches are marked: its words and phrases, less those
    /// that NOT excludes (a hit does not hold them).
    static func terms(of tokens: [FTSQuery.Token], folding: inout WordFolding) -> [SnippetTerm] {
        var terms: [SnippetTerm] = []
        var negated = false
        var depth = 0
        var excludedDepth: Int?
        func add(_ text: String, prefix: Bool) {
            let words = SnippetWords.folded(text, folding: &folding)
            let term = SnippetTerm(words: words, prefix: prefix)
            if !words.isEmpty && !terms.contains(term) { terms.append(term) }
        }
        for token in tokens {
            switch token {
            case .not: negated = true
            case .open:
                depth += 1
                if negated && excludedDepth == nil { excludedDepth = depth }
                negated = false
            case .close:
                if excludedDepth == depth { excludedDepth = nil }
                depth -= 1
            case .term(let word, let prefix):
                if !negated && excludedDepth == nil { add(word, prefix: prefix) }
                negated = false
            case .phrase(let words):
                if !negated && excludedDepth == nil { add(words, prefix: false) }
                negated = false
            case .and, .or: continue
            }
        }
        return terms
    }
}
