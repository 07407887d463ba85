import NewsdeskCore
import NewsdeskText

/// A cue as found: its tokens ("a déclaré", "said", "selon", "d'après") and, for French verbs
/// inverted after a quote ("a-t-il ajouté", "estime-t-elle"), the pronoun inside the token.
struct FoundCue: Equatable {
    var tokens: Range<Int>
    var pronoun: TextSpan?
}

/// A cue with its speaker, and the tokens they take together.
struct Attribution: Equatable {
    var cue: FoundCue
    var speaker: FoundSpeaker?
    var tokens: Range<Int>
}

extension QuoteReader {
    /// The cue verb at `index`, with the auxiliary right before it ("a déclaré", "has said").
    func cue(at index: Int) -> FoundCue? {
        guard index >= 0 && index < count, isWord(index) else { return nil }
        if has(index, .cue) {
            if has(index, .base) && !baseFormIsAVerb(index) { return nil }
            if isInsideName(index) || isAdjectivalParticiple(index) { return nil }
            let first = has(index - 1, .aux) ? index - 1 : index
            return FoundCue(tokens: first..<(index + 1), pronoun: nil)
        }
        guard let (base, pronoun) = inverted(index) else { return nil }
        if lexicon.has(base, .cue) { return FoundCue(tokens: index..<(index + 1), pronoun: pronoun) }
        if lexicon.has(base, .aux) && has(index + 1, .cue) { return FoundCue(tokens: index..<(index + 2), pronoun: pronoun) }
        return nil
    }

    /// Whether a Romance past participle stands as an adjective: no auxiliary, reflexive or
    /// adverb before it ("la date prévue", "la fecha prevista"; not "a prévu", "s'est dit").
    private func isAdjectivalParticiple(_ index: Int) -> Bool {
        guard let endings = Self.participleEndings[language], endings.contains(where: { words[index].hasSuffix($0) }) else { return false }
        return !(has(index - 1, .aux) || has(index - 1, .skip) || has(index - 1, .pronoun))
    }

    /// Regular past-participle endings (the lexicon's cue forms that end so are participles).
    static let participleEndings: [String: [String]] = [
        "fr": ["é", "ée", "és", "ées"],
        "es": ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
        "it": ["ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"],
        "pt": ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
    ]

    /// Whether a capitalised cue form is part of a name ("the United States to meet"): after
    /// another capitalised word, in a sentence that is no headline.
    private func isInsideName(_ index: Int) -> Bool {
        guard capitalised[index], index > 0, capitalised[index - 1], isWord(index - 1), index + 1 < count else { return false }
        guard sentenceOf[index + 1] == sentenceOf[index], isWord(index + 1) else { return false }
        // A headline capitalises every word ("Flynn Says Trump Is Right"); elsewhere capitals
        // around the word make it a name's ("United States Citizenship and Immigration Services").
        return !capitalised[index + 1] || !isTitleCase(around: index)
    }

    /// Whether the words around a token (its sentence's, a dozen each way) are all capitalised
    /// but the short ones, as in a headline.
    private func isTitleCase(around index: Int) -> Bool {
        let sentence = sentenceRange(of: index)
        let window = max(sentence.lowerBound, index - 12)..<min(sentence.upperBound, index + 13)
        return !window.contains { isWord($0) && !capitalised[$0] && words[$0].count > 3 }
    }

    /// Whether an English base form ("say", "point", "report") is a verb here: after a
    /// pronoun, an auxiliary or modal, "to", or a plural subject ("analysts say", "polls show").
    private func baseFormIsAVerb(_ index: Int) -> Bool {
        guard index > 0, isWord(index - 1) else { return false }
        let before = words[index - 1]
        return has(index - 1, .pronoun) || has(index - 1, .aux) || Self.modals.contains(before)
            || (before.hasSuffix("s") && !before.hasSuffix("ss") && !has(index - 1, .det) && !has(index - 1, .stop))
    }

    static let modals: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "should", "to", "did", "do", "does", "they", "we", "you", "i"]

    /// A verb with its subject pronoun attached ("a-t-il", "ajoute-t-elle"): the verb and the
    /// pronoun's span.
    private func inverted(_ index: Int) -> (String, TextSpan)? {
        let word = words[index]
        guard word.utf8.contains(UInt8(ascii: "-")), let suffix = lexicon.suffixes.first(where: { word.hasSuffix($0) && word.count > $0.count }) else { return nil }
        let base = String(word.dropLast(suffix.count))
        let pronounLength = suffix.split(separator: "-").last.map { $0.utf8.count } ?? 0
        let end = tokens[index].span.end
        return (base, TextSpan(start: end - pronounLength, end: end))
    }

    /// A source phrase starting at `index` ("selon", "according to", "d'après"): its tokens.
    func sourcePhrase(at index: Int) -> Range<Int>? {
        guard index >= 0 && index < count, isWord(index) else { return nil }
        if kinds[index] & QuoteLexicon.phraseStart != 0, let phrases = lexicon.phrases[words[index]] {
            for phrase in phrases where index + phrase.count <= count {
                if phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) { return index..<(index + phrase.count) }
            }
        }
        return has(index, .source) ? index..<(index + 1) : nil
    }

    /// The attribution right after a quote ("», a affirmé mardi la ministre", "," said the
    /// minister", "“, sagte Merkel", "," he said"): it must start within a comma or a dash of
    /// `start` and take every token up to its speaker.
    func attribution(after start: Int, limit: Int) -> Attribution? {
        var position = start
        while position < limit && position - start < 2 && isPunctuation(position, Self.joiners) { position += 1 }
        guard position < limit else { return nil }
        if let signed = signature(from: start, name: position) { return signed }
        if let phrase = sourcePhrase(at: position) {
            let speaker = speaker(after: phrase.upperBound, limit: limit, bareRole: true)
            guard let speaker else { return nil }
            return Attribution(cue: FoundCue(tokens: phrase, pronoun: nil), speaker: speaker, tokens: position..<tokenEnd(speaker.span, from: phrase.upperBound))
        }
        var index = position
        // A name set off by commas before its verb: "Douglas Holtz-Eakin, an economist, told me".
        let leadingName = isWord(position) && capitalised[position] ? speaker(after: position, limit: limit).flatMap { $0.kind == .name ? $0 : nil } : nil
        // A name's apposition may be long ("Leonard Burman, director of … and a professor at …, said").
        let reach = leadingName == nil ? 16 : 32
        while index < limit && index - position < reach
            && (isWord(index) || words[index] == "(" || (leadingName != nil && isAppositionMark(index)))
        {
            if words[index] == "(" {
                // "Chairman Jason Chaffetz (R-Utah) said": a bracket inside the speaker.
                guard let closing = (index..<min(limit, index + 8)).first(where: { words[$0] == ")" }) else { return nil }
                index = closing + 1
                continue
            }
            if let cue = cue(at: index) {
                let first = cue.tokens.lowerBound
                if let pronoun = cue.pronoun, first == position || onlySkipped(position..<first) {
                    return Attribution(cue: cue, speaker: FoundSpeaker(span: pronoun, kind: .pronoun), tokens: position..<cue.tokens.upperBound)
                }
                if first == position || onlySkipped(position..<first), let speaker = speaker(after: cue.tokens.upperBound, limit: limit) {
                    return Attribution(cue: cue, speaker: speaker, tokens: position..<tokenEnd(speaker.span, from: cue.tokens.upperBound))
                }
                if first > position, let speaker = speaker(before: first, floor: position) {
                    let start = tokenStart(speaker.span, from: position)
                    if start == position {
                        return Attribution(cue: cue, speaker: speaker, tokens: position..<cue.tokens.upperBound)
                    }
                    // Words of a title before the name: "Trump lawyer Marc Kasowitz said"; a name
                    // and what it is of: "Mr. Morgan of the Sierra Club said".
                    if speaker.kind == .name || (leadingName != nil && has(start - 1, .prep)), (position..<start).allSatisfy({ isWord($0) }) {
                        let titled = FoundSpeaker(span: TextSpan(start: tokens[position].span.start, end: speaker.span.end), kind: .name)
                        return Attribution(cue: cue, speaker: titled, tokens: position..<cue.tokens.upperBound)
                    }
                }
                if let leadingName, first > position, isPunctuation(afterBracket(tokenEnd(leadingName.span, from: position)), [","]) {
                    return Attribution(cue: cue, speaker: leadingName, tokens: position..<cue.tokens.upperBound)
                }
                if first == position || onlySkipped(position..<first) {
                    // A verb without a subject: Spanish, Italian, Portuguese leave it out ("—dijo").
                    return Attribution(cue: cue, speaker: nil, tokens: position..<cue.tokens.upperBound)
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The attribution right before a quote that a colon or comma introduces ("Le ministre a
    /// déclaré : «", "He said: "", "a déclaré le ministre : «"), or a cue right before it.
    func attribution(before open: Int, floor: Int) -> Attribution? {
        var last = open - 1
        if isPunctuation(last, [":", ","]) { last -= 1 }
        guard last >= floor else { return nil }
        var index = last
        // After a colon the words may hold a quoted name ("sagte der „Süddeutschen Zeitung“:").
        while index >= floor && last - index < 8 && (isWord(index) || (words[open - 1] == ":" && tokens[index].kind == .punctuation && !isTerminal(index))) {
            if let cue = cue(at: index) {
                if let pronoun = cue.pronoun {
                    return Attribution(cue: cue, speaker: FoundSpeaker(span: pronoun, kind: .pronoun), tokens: cue.tokens)
                }
                // An inverted speaker ("a déclaré le ministre :") must reach the colon: what else
                // follows the verb is its object ("defended his tweets:").
                let inverted = speaker(after: cue.tokens.upperBound, limit: last + 1).flatMap { tokenEnd($0.span, from: index) > last ? $0 : nil }
                let speaker = subject(ofCue: cue, floor: floor) ?? inverted
                // A colon may follow words after the cue ("a déclaré mardi à la presse :"); a comma may not.
                guard words[open - 1] == ":" || cue.tokens.upperBound > last || speaker.map({ tokenEnd($0.span, from: index) > last }) == true else { return nil }
                let first = speaker.map { min(tokenStart($0.span, from: floor), cue.tokens.lowerBound) } ?? cue.tokens.lowerBound
                return Attribution(cue: cue, speaker: speaker, tokens: first..<(last + 1))
            }
            index -= 1
        }
        return nil
    }

    /// An incise inside a quote: ", a-t-il ajouté," / ", said the minister," / ", dijo el alcalde,".
    func incise(in content: Range<Int>) -> Attribution? {
        for comma in content where isPunctuation(comma, Self.joiners) && comma + 1 < content.upperBound {
            guard let found = attribution(after: comma + 1, limit: content.upperBound), found.speaker != nil || found.cue.pronoun != nil else { continue }
            let after = found.tokens.upperBound
            if after < content.upperBound && isPunctuation(after, Self.joiners) { return found }
        }
        return nil
    }

    /// A quote signed with a dash and a name that ends its paragraph: "…” ― Carla Sanchez".
    private func signature(from start: Int, name position: Int) -> Attribution? {
        guard isPunctuation(position - 1, ["―", "—", "–"]), position - 1 >= start, isWord(position), capitalised[position],
            !has(position, .cue), let name = speaker(after: position, limit: count), name.kind == .name
        else { return nil }
        var end = tokenEnd(name.span, from: position)
        while end < count && isTerminal(end) && paragraphOf[end] == paragraphOf[position] { end += 1 }
        guard end == count || paragraphOf[end] != paragraphOf[position] else { return nil }
        return Attribution(cue: FoundCue(tokens: (position - 1)..<position, pronoun: nil), speaker: name, tokens: start..<end)
    }

    /// What an apposition between commas holds besides words: numbers, commas, hyphens, and an
    /// abbreviation's period before a comma ("Mr. King, 82, told me", "McConnell, R-Ky., said").
    private func isAppositionMark(_ index: Int) -> Bool {
        words[index] == "," || words[index] == "-" || tokens[index].kind == .number || (words[index] == "." && isPunctuation(index + 1, [","]))
    }

    /// The token after a bracket group that starts at `index` ("Jordan (R-Ohio), …"), or `index`.
    func afterBracket(_ index: Int) -> Int {
        guard index < count, words[index] == "(" else { return index }
        return (index..<min(count, index + 8)).first(where: { words[$0] == ")" }).map { $0 + 1 } ?? index
    }

    static let joiners: Set<String> = [",", "—", "–", "-", "―"]

    func onlySkipped(_ range: Range<Int>) -> Bool {
        range.allSatisfy { has($0, .skip) || has($0, .aux) }
    }

    /// The token index that ends at a span's end, searching forward from `from`.
    func tokenEnd(_ span: TextSpan, from: Int) -> Int {
        var index = max(0, from)
        while index < count && tokens[index].span.end < span.end { index += 1 }
        return min(index + 1, count)
    }

    /// The token index that starts a span, searching forward from `from`.
    func tokenStart(_ span: TextSpan, from: Int) -> Int {
        var index = max(0, from)
        while index < count && tokens[index].span.start < span.start { index += 1 }
        return index
    }
}
