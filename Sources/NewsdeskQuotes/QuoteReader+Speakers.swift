import NewsdeskCore
import NewsdeskText

/// A speaker as found: its span (usually whole tokens; a pronoun inside "a-t-il" is part of
/// one) and how the text names it.
struct FoundSpeaker: Equatable {
    var span: TextSpan
    var kind: SpeakerKind
    /// A word that stands where a speaker would but is not one ("to recommend charges", "in
    /// late August found"): it still tells a verb with a subject, so the quote is kept, but it
    /// is not given as the speaker.
    var doubtful = false
    /// Where the speaker is named, when `span` is a relative pronoun standing for it ("Mr.
    /// Kamin, who emphasized …").
    var named: TextSpan? = nil
}

extension QuoteReader {
    /// Lower-case words that join the parts of a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
    static let nameParticles: Set<String> = [
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "do", "bin", "ibn", "al", "le", "la", "y", "e", "d'",
    ]
    /// Relative pronouns that stand for a speaker named before a comma.
    static let relativePronouns: Set<String> = ["who", "who's", "which", "qui", "quien", "quienes", "welche", "welcher"]
    static let longestName = 6
    static let longestRole = 8

    /// A capitalised word that can be part of a name: not a word of the lexicon's kinds ("For
    /// instance", "The"), nor an English participle opening a sentence ("Following", "Having").
    private func isNamePart(_ index: Int) -> Bool {
        isWord(index) && capitalised[index] && !has(index, .pronoun) && !has(index, .cue) && !has(index, .source) && !has(index, .skip)
            && !has(index, .stop) && !has(index, .det) && !has(index, .prep)
            && !(language == "en" && words[index].hasSuffix("ing") && sentenceRange(of: index).lowerBound == index)
            && !isContractedFunctionWord(index)
    }

    /// An English pronoun or determiner with a verb attached ("That's", "They're", "It'll").
    private func isContractedFunctionWord(_ index: Int) -> Bool {
        guard language == "en", let apostrophe = words[index].firstIndex(of: "'") else { return false }
        let base = String(words[index][..<apostrophe])
        return lexicon.has(base, .pronoun) || lexicon.has(base, .det) || Self.questionWords.contains(base) || base == "you"
    }

    /// The speaker that starts at or after `index` (past skipped words: "a affirmé mardi la
    /// ministre", "said Smith", "sagte er"), ending before `limit`. After a source phrase a
    /// role needs no determiner ("stando a fonti di governo", "according to officials").
    func speaker(after index: Int, limit: Int, bareRole: Bool = false) -> FoundSpeaker? {
        var position = index
        var skipped = 0
        while position < limit, skipped < 4, has(position, .skip) || has(position, .aux), !has(position, .det), !has(position, .pronoun) {
            position += 1
            skipped += 1
        }
        // "said that …" opens the content, whatever follows.
        guard position < limit, isWord(position), !has(position, .that) else { return nil }
        if has(position, .pronoun) { return FoundSpeaker(span: span(position..<(position + 1)), kind: .pronoun) }
        if isNamePart(position) { return name(from: position, limit: limit) }
        if has(position, .det) { return role(from: position, limit: limit) }
        if bareRole && !has(position, .stop) { return role(from: position - 1, limit: limit, determiner: false) }
        return titledName(from: position, limit: limit)
    }

    /// Words of a title before a name: "said former senator Ann Ruiz", "said 9/11 widow Terry
    /// Strada". The title and the name, as one name.
    private func titledName(from position: Int, limit: Int) -> FoundSpeaker? {
        // A title opens with none of a role's joining words ("del Pópolo" is a name's tail).
        guard !isPreposition(position), let first = (position..<min(limit, position + 5)).first(where: { isNamePart($0) }), first > position,
            (position..<first).allSatisfy({ index in
                (isWord(index) || tokens[index].kind == .number || words[index] == "/" || words[index] == "-")
                    && !has(index, .stop) && !has(index, .that) && !has(index, .cue) && !has(index, .pronoun)
            }),
            let name = name(from: first, limit: limit)
        else { return nil }
        return FoundSpeaker(span: TextSpan(start: tokens[position].span.start, end: name.span.end), kind: .name)
    }

    /// A name forward from its first token: capitalised words and the particles between them.
    private func name(from first: Int, limit: Int) -> FoundSpeaker? {
        var end = first + 1
        while end < limit, end - first < Self.longestName {
            if isNamePart(end) {
                end += 1
            } else if Self.nameParticles.contains(words[end]) && end + 1 < limit && isNamePart(end + 1) {
                end += 2
            } else {
                break
            }
        }
        // A capitalised determiner or connective alone ("The", "What") names nobody.
        if end == first + 1 && (has(first, .det) || has(first, .stop) || has(first, .that) || Self.questionWords.contains(words[first])) { return nil }
        return FoundSpeaker(span: span(first..<end), kind: .name)
    }

    /// A possessive that opens a role as a determiner does: "Obama's former campaign strategist".
    func isPossessive(_ index: Int) -> Bool {
        language == "en" && isWord(index) && (words[index].hasSuffix("'s") || words[index].hasSuffix("s'")) && words[index].count > 3
    }

    /// An English adverb in -ly between a speaker and its verb ("which has strongly denied").
    func isAdverb(_ index: Int) -> Bool {
        language == "en" && isWord(index) && !capitalised[index] && words[index].count > 4 && words[index].hasSuffix("ly")
    }

    static let questionWords: Set<String> = ["what", "why", "how", "when", "where", "who", "which", "this", "that", "these", "those", "there", "here"]

    /// A role forward from its determiner: "la ministre du Travail", "the head of the agency".
    private func role(from determiner: Int, limit: Int, determiner hasDeterminer: Bool = true) -> FoundSpeaker? {
        var end = determiner + 1
        while end < limit, end - determiner < Self.longestRole, isWord(end) {
            if has(end, .stop) || has(end, .that) || has(end, .cue) || has(end, .source) || has(end, .skip) || has(end, .aux) { break }
            // English adverbs end a role ("the Democratic nominee aggressively"), and so does a
            // past tense after a noun ("the studio revised"; not "the newly elected mayor").
            if language == "en" && words[end].hasSuffix("ly") && !capitalised[end] { break }
            if language == "en" && end > determiner + 1 && words[end].hasSuffix("ed") && !capitalised[end] && !words[end - 1].hasSuffix("ly") { break }
            if has(end, .det) && !has(end - 1, .prep) { break }
            end += 1
        }
        // Words running on past a role's length are a clause ("said the day brought back
        // memories of …"), not a speaker after its verb.
        if end - determiner == Self.longestRole && end < limit && isWord(end) { return nil }
        while end > determiner + 1 && (has(end - 1, .prep) || has(end - 1, .det)) { end -= 1 }
        guard end > determiner + 1 else { return nil }
        return FoundSpeaker(span: span((hasDeterminer ? determiner : determiner + 1)..<end), kind: .role)
    }

    /// The speaker that ends right before `index` (past skipped words: "Le président a
    /// déclaré", "Clinton has also said"), starting at or after `floor`.
    func speaker(before index: Int, floor: Int) -> FoundSpeaker? {
        var position = index - 1
        var skipped = 0
        while position >= floor, skipped < 4, has(position, .skip) || has(position, .aux) || words[position] == ")" || isAdverb(position),
            !has(position, .pronoun)
        {
            if words[position] == ")" {
                // "Sen. David Perdue (R-Ga.) said": the bracket is the speaker's.
                guard let opening = (max(floor, position - 8)..<position).last(where: { words[$0] == "(" }) else { return nil }
                position = opening
            }
            position -= 1
            skipped += 1
        }
        guard position >= floor else { return nil }
        if words[position] == "," {
            // A phrase between commas that a preposition opens is set in, not the subject:
            // "Clinton, at Monday's debate, cited …".
            if let opening = (max(floor, position - 10)..<position).last(where: { isPunctuation($0, [","]) }),
                opening + 1 < position, isPreposition(opening + 1)
            {
                return speaker(before: opening + 1, floor: floor)
            }
            // An apposition: "Dmitri Peskov, le porte-parole du Kremlin, a déclaré".
            return apposition(endingAt: position, floor: floor)
        }
        guard isWord(position) else { return nil }
        if Self.relativePronouns.contains(words[position]) || (language == "en" && words[position] == "that" && position == index - 1) {
            // "Politifact, which said …", "a letter that says …": the speaker is what the clause
            // hangs on, named there; the relative pronoun is where the clause names it.
            let antecedent = isPunctuation(position - 1, [","])
                ? apposition(endingAt: position - 1, floor: floor) : (position - 1 >= floor ? role(endingAt: position - 1, floor: floor) : nil)
            return antecedent.map { FoundSpeaker(span: span(position..<(position + 1)), kind: $0.kind, doubtful: $0.doubtful, named: $0.span) }
        }
        if has(position, .pronoun) { return FoundSpeaker(span: span(position..<(position + 1)), kind: .pronoun) }
        if isNamePart(position) {
            var first = position
            while first - 1 >= floor, position - first < Self.longestName {
                if isNamePart(first - 1) {
                    first -= 1
                } else if first - 2 >= floor && Self.nameParticles.contains(words[first - 1]) && isNamePart(first - 2) {
                    first -= 2
                } else {
                    break
                }
            }
            // "le porte-parole du Kremlin", "le ministre de l'Intérieur Jan Novak": a name that
            // completes a role is the role's.
            var beforePrepositions = first - 1
            while beforePrepositions >= floor && has(beforePrepositions, .prep) { beforePrepositions -= 1 }
            if beforePrepositions < first - 1, let role = role(endingAt: beforePrepositions, floor: floor) {
                return FoundSpeaker(span: TextSpan(start: role.span.start, end: tokens[position].span.end), kind: .role)
            }
            // A determiner before capitalised words makes them a role ("Der Minister", "the Kremlin").
            if first - 1 >= floor && has(first - 1, .det) && !has(first - 1, .that) {
                return FoundSpeaker(span: span((first - 1)..<(position + 1)), kind: .role)
            }
            return FoundSpeaker(span: span(first..<(position + 1)), kind: .name)
        }
        return role(endingAt: position, floor: floor)
    }

    /// A role that ends at `last`, back to its determiner; or a bare plural after the
    /// sentence's start or a comma ("analysts say").
    private func role(endingAt last: Int, floor: Int) -> FoundSpeaker? {
        guard last >= floor, isWord(last), !has(last, .prep), !has(last, .stop), !has(last, .that) else { return nil }
        var first = last
        while first >= floor, last - first < Self.longestRole {
            // "that" before a noun opens a clause here ("reasons that Trump refuses").
            if (has(first, .det) || isPossessive(first)) && (first == last || !has(first - 1, .prep)) && !has(first, .that) {
                return first == last ? nil : FoundSpeaker(span: span(first..<(last + 1)), kind: .role)
            }
            guard isWord(first), !has(first, .stop), !has(first, .that), !has(first, .cue) || first == last else { break }
            first -= 1
        }
        // A bare plural ("analysts say", "Officials said").
        let opens = first < floor || !isWord(first) || has(first, .stop) || has(first, .that)
        if opens && last - first <= 2 && first + 1 <= last && words[last].count >= 3 && !has(last, .skip) {
            return FoundSpeaker(span: span((first + 1)..<(last + 1)), kind: .role, doubtful: !isBareSubject(head: last, before: first))
        }
        return nil
    }

    /// Whether a role without a determiner can be a subject: in English not a verb form, a
    /// possessive, a phrase a participle opens, or the object of a preposition ("to recommend",
    /// "in late August", "including Friday's", "insulting", "Following initial reports").
    private func isBareSubject(head: Int, before: Int) -> Bool {
        // Nor a phrase a preposition opens ("For instance").
        guard !has(head, .aux), !isPreposition(before + 1) else { return false }
        guard language == "en" else { return true }
        let word = words[head]
        // "Following initial reports" is a participle's clause; "Polling averages" a plural noun.
        if word.hasSuffix("'s") || word.hasSuffix("ing") || (words[before + 1].hasSuffix("ing") && !word.hasSuffix("s")) { return false }
        return !(isWord(before) && Self.englishObjectPrepositions.contains(words[before]))
    }

    /// A preposition: the lexicon's, and in English those of `englishObjectPrepositions`.
    private func isPreposition(_ index: Int) -> Bool {
        has(index, .prep) || (language == "en" && isWord(index) && Self.englishObjectPrepositions.contains(words[index]))
    }

    static let englishObjectPrepositions: Set<String> = [
        "of", "for", "at", "from", "on", "in", "into", "during", "after", "before", "with", "to", "by", "about", "without",
        "despite", "including", "against", "over", "under", "through", "across", "around", "near", "toward", "towards",
        "outside", "inside", "among", "between", "along", "behind", "beyond", "upon", "within",
    ]

    /// The name between two commas before a verb, or the role there.
    private func apposition(endingAt comma: Int, floor: Int) -> FoundSpeaker? {
        guard comma - 1 >= floor else { return nil }
        // "Dr. Connie Mariano, who as a Navy captain…, said": the name that opens the sentence,
        // set off by a comma, is the subject whatever the clauses after it.
        let sentence = sentenceRange(of: comma)
        if let opening = sentenceOpeningName(sentence, before: comma) { return opening }
        if isNamePart(comma - 1) {
            var first = comma - 1
            while first - 1 >= floor && comma - first < Self.longestName && (isNamePart(first - 1) || Self.nameParticles.contains(words[first - 1])) {
                first -= 1
            }
            return FoundSpeaker(span: span(first..<comma), kind: .name)
        }
        return role(endingAt: comma - 1, floor: floor)
    }

    /// A name that opens a sentence and a comma follows ("Angelique Brunner, a developer, …").
    private func sentenceOpeningName(_ sentence: Range<Int>, before limit: Int) -> FoundSpeaker? {
        let first = sentence.lowerBound
        guard first < limit, isNamePart(first), let found = name(from: first, limit: limit) else { return nil }
        let end = tokenEnd(found.span, from: first)
        guard end < limit, isPunctuation(end, [","]), end - first >= 2 || !has(first, .stop) else { return nil }
        return found
    }

    /// The subject a clause opens with at `start`: a pronoun, a role or a name that a verb (a
    /// lower-case word other than a preposition or connective) follows.
    private func subject(at start: Int, limit: Int) -> FoundSpeaker? {
        var position = start
        while position < limit && !isWord(position) { position += 1 }
        // Not the words of a quotation, nor an English clause that a participle opens
        // ("Following the debate, …").
        guard position < limit, !(isOpeningQuote(position - 1) && !spaceAfter(position - 1)),
            !(language == "en" && words[position].hasSuffix("ing"))
        else { return nil }
        let found: FoundSpeaker?
        if has(position, .pronoun) {
            found = FoundSpeaker(span: span(position..<(position + 1)), kind: .pronoun)
        } else if has(position, .det) {
            found = role(from: position, limit: limit)
        } else if isNamePart(position) {
            found = name(from: position, limit: limit)
        } else {
            found = nil
        }
        guard let found else { return nil }
        let next = afterBracket(tokenEnd(found.span, from: position))
        guard next < limit, isWord(next), !capitalised[next] else { return nil }
        // Of two subjects joined by "and" ("The Times and the Gannett chain filed …"), the first.
        if language == "en" && words[next] == "and" && (isNamePart(next + 1) || has(next + 1, .det)) { return found }
        return !has(next, .stop) && !isPreposition(next) ? found : nil
    }

    /// The subject of the clause a participle hangs on: of the nearest clause before `limit`
    /// that opens with one (at the sentence's start or after a comma, past "and" or "but":
    /// "the camera faced the ground, and she grew upset, shouting"; "During the speech, Trump
    /// attacked …, saying"), else the name that opens the sentence before an apposition.
    func mainSubject(of sentence: Range<Int>, before limit: Int) -> FoundSpeaker? {
        let starts = [sentence.lowerBound] + (sentence.lowerBound..<limit).filter { isPunctuation($0, [","]) }.map { $0 + 1 }
        for start in starts.reversed() {
            let position = isWord(start) && Self.coordinators.contains(words[start]) ? start + 1 : start
            if let found = subject(at: position, limit: limit) { return found }
        }
        return sentenceOpeningName(sentence, before: limit)
    }

    static let coordinators: Set<String> = ["and", "but", "et", "mais", "und", "aber", "y", "pero", "e", "ma", "mas"]

    /// Who speaks through a cue: the pronoun inside it ("a-t-il"), the subject before it, or
    /// for an English participle ("…, saying", "while chanting") the main clause's subject. A
    /// noun after a preposition is no subject ("Protesters marching through the streets
    /// chanted"): the main clause's is taken instead.
    func subject(ofCue cue: FoundCue, floor: Int) -> FoundSpeaker? {
        if let pronoun = cue.pronoun { return FoundSpeaker(span: pronoun, kind: .pronoun) }
        let first = cue.tokens.lowerBound
        let sentence = sentenceRange(of: first)
        guard language == "en" else { return speaker(before: first, floor: floor) }
        // A participle stands without an auxiliary ("is saying" has its subject before it).
        if cue.tokens.count == 1 && words[first].hasSuffix("ing") && !has(first - 1, .aux) {
            // Right after a name, the name speaks ("footage of Hillary Clinton asking, …").
            if isNamePart(first - 1), let named = speaker(before: first, floor: floor), named.kind == .name { return named }
            return mainSubject(of: max(floor, sentence.lowerBound)..<sentence.upperBound, before: first)
        }
        guard let found = speaker(before: first, floor: floor) else { return nil }
        let start = tokenStart(found.span, from: floor)
        if start > floor && isWord(start - 1) && Self.englishObjectPrepositions.contains(words[start - 1]) {
            return mainSubject(of: max(floor, sentence.lowerBound)..<sentence.upperBound, before: start - 1) ?? found
        }
        return found
    }
}
