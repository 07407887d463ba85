/// A name the article gave once is a name wherever it recurs, written alike: the tagger reads
/// each occurrence in its own context and misses some ("Fiat" found in one sentence, not in
/// the next). So does a one-word name joined to a common word by a hyphen ("Chrysler-fabrieken"
/// after "Chrysler"). The short forms (a surname, a model number, an organisation's first word)
/// recur by `NameRepairs`.
enum RecurringNames {
    static func names(besides names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        var covered = Set<Int>()
        // Each form as the words it is written with → the type of the name it recurs from.
        var forms: [[Substring]: NameType] = [:]
        for name in names {
            covered.formUnion(name.tokens)
            let words = name.tokens.map { tokens[$0].text }
            if forms[words] == nil, isDistinctive(name.tokens, tokens: tokens) { forms[words] = name.type }
        }
        guard !forms.isEmpty else { return [] }
        var byFirstWord: [Substring: [[Substring]]] = [:]
        for words in forms.keys { byFirstWord[words[0], default: []].append(words) }
        var found: [EntityLinker.Name] = []
        var index = 0
        while index < tokens.count {
            // The longest form that starts here, on words no name holds.
            let match = (byFirstWord[tokens[index].text] ?? []).filter { words in
                index + words.count <= tokens.count
                    && words.indices.allSatisfy { !covered.contains(index + $0) && tokens[index + $0].text == words[$0] }
            }.max { $0.count < $1.count }
            if let match, let type = forms[match] {
                found.append(EntityLinker.Name(tokens: index..<(index + match.count), type: type))
                index += match.count
            } else if !covered.contains(index), let head = CompoundNames.head(of: tokens[index].text), let type = forms[[head]] {
                // "Chrysler-fabrieken" after "Chrysler".
                found.append(EntityLinker.Name(tokens: index..<(index + 1), type: type))
                index += 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// A name that can recur without its context: it holds a word that is no function word and
    /// has a capital or a digit ("Apple", "iPod", "A380"; not "The").
    private static func isDistinctive(_ range: Range<Int>, tokens: [NameToken]) -> Bool {
        if range.count == 1 { return isDistinctiveWord(tokens[range.lowerBound]) }
        return range.contains { tokens[$0].hasCapitalOrDigit && tokens[$0].commonness != .function }
    }

    /// A word that names something alone: two letters or digits or more, a letter among them
    /// ("A380"; "747" alone may be a count), not an abbreviation ("J.", "Wm.", "St."), and no
    /// very common word.
    private static func isDistinctiveWord(_ token: NameToken) -> Bool {
        token.hasCapitalOrDigit && token.text.contains(where: \.isLetter) && token.text.filter { $0.isLetter || $0.isNumber }.count >= 2
            && !token.text.hasSuffix(".") && token.commonness.rawValue < WordCommonness.veryFrequent.rawValue
    }
}
