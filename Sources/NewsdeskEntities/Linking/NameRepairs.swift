import NewsdeskText

/// Corrections to the tagger's names that hold in every language:
/// - a name holds no bracket ("Leclercq (Renew)" is two names);
/// - a role or honorific is not part of a name: "Apple CEO Steve Jobs" is the company and the
///   person; "CEO Steve Jobs" is the person (the role becomes a role mention of its own);
/// - a maker's name followed by a model number is a product: "Boeing 737-800", "Airbus A380";
///   a number on the next line is the article's date ("General Motors" in the title, "5 October
///   2006" below it);
/// - a name of several words that ends or begins with an organisation word is an
///   organisation: "Qatar Airways", "Deutsche Bank", "Ministry of Defence";
/// - a name does not end with an apostrophe, a quotation mark, a comma, a table's leader dots
///   or an English possessive ("General Motors'" and "Trump's" are possessives of "General
///   Motors" and "Trump"), and a person's name does not end with a lower-case word or an
///   auxiliary verb ("Mr. Obama said", OCR's "Mr. Farley Is": the tagger sometimes runs on past
///   a name after an honorific; organisations may: "Parti socialiste");
/// - a function word, a number or a letter alone is no name ("If South Carolina …" at a
///   sentence's start, "80", "N."), nor is a frequent word the text also writes in lower case,
///   nor a date ("Saturday night", "SAMEDI", "June 20": `isDate`);
/// - a name does not begin with a lower-case word or an article ("de Apple", "El A380"),
///   unless the gazetteer knows a name that begins there ("Le Havre", "Los Angeles");
/// - a surname the article already gave in full is the person wherever it recurs capitalised,
///   even where the word is also a common one ("Jobs" after "Steve Jobs"); the first word of an
///   organisation's name, if rare, is the organisation ("Lockheed" after "Lockheed Martin"); a
///   product's model number alone is the product ("the A380" after "Airbus A380").
enum NameRepairs {
    /// What separates two neighbouring tokens.
    enum Gap {
        /// Token i ends where token i + 1 begins ("737-800" is three tokens).
        case none
        case space
        case lineBreak
    }

    /// `gap(i)`: what separates token i from token i + 1.
    static func repaired(
        _ names: [EntityLinker.Name], tokens: [NameToken], language: String?, gap: (Int) -> Gap
    ) -> [EntityLinker.Name] {
        let bracketed = names.flatMap { splittingAtBrackets($0, tokens: tokens) }
        let words: [EntityLinker.Name]
        switch language {
        case "en":
            words = bracketed.flatMap { splittingAtLowerCaseWords($0, tokens: tokens, connectors: englishConnectors) }
                .flatMap { splittingHeadlinePhrases($0, tokens: tokens) }
        case "de":
            words = bracketed.flatMap { splittingAtLowerCaseWords($0, tokens: tokens, connectors: germanConnectors) }
        default:
            words = bracketed
        }
        let split = words.flatMap { splittingRoles($0, tokens: tokens) }.map {
            trimmingTrailingMarks(trimmingLeadingWords($0, tokens: tokens), tokens: tokens)
        }.filter { !isFunctionWordAlone($0, tokens: tokens) && !isFigureOrLetterAlone($0, tokens: tokens) }
        // The words the text writes in lower case, gathered only where a one-word name may be a common noun.
        let lowerCaseWords = split.contains { $0.tokens.count == 1 } ? Set(tokens.lazy.filter { !$0.isCapitalised }.map(\.lower)) : []
        let named = split.filter { !isCommonWordAlone($0, tokens: tokens, writtenInLowerCase: lowerCaseWords, language: language) }
        let joined = language == "en" ? OrganizationTails.joined(named, tokens: tokens) : named
        // Trimmed again after the model number: the tagger's "El" + "A380" is the article and a product.
        let products = joined.map {
            trimmingLeadingWords(extendingModelNumbers(typingOrganizations($0, tokens: tokens), tokens: tokens, gap: gap), tokens: tokens)
        }
        return withRecurringModels(products, tokens: tokens) + recurringSurnames(products, tokens: tokens)
            + recurringOrganizationHeads(products, tokens: tokens)
    }

    /// English and German names hold no lower-case word but their connectors ("Bank of
    /// England", "Ursula von der Leyen", "Frankfurt am Main"): one that does ran over a verb or
    /// a preposition ("Clinton criticized Tulsa", "Machado since Clinton", "Zürich genießt") and
    /// is cut there. Other languages write lower-case words inside names ("Parti socialiste",
    /// "Banca d'Italia") and are left alone.
    private static func splittingAtLowerCaseWords(_ name: EntityLinker.Name, tokens: [NameToken], connectors: Set<String>) -> [EntityLinker.Name] {
        // A word in lower case throughout ("iPhone", "eBay" have a capital).
        // A person's name holds no "and" ("Obama and Hillary Clinton" is two).
        let breaks = name.tokens.filter { index in
            tokens[index].text.unicodeScalars.first?.properties.isLowercase == true && !tokens[index].hasCapitalOrDigit
                && (!connectors.contains(tokens[index].lower) || (name.type == .person && tokens[index].lower == "and"))
        }
        return cutting(name, at: breaks) { part in part.contains { tokens[$0].hasCapitalOrDigit } }
    }

    /// In an English headline, where every word is capitalised, a person's name runs on over
    /// the headline's verb and what follows ("Chris Christie Calls Hillary Clinton", "Clinton
    /// Campaign Reportedly Scrambling"): the name is cut at a very frequent word, and a later
    /// part that opens with a frequent word is no name.
    private static func splittingHeadlinePhrases(_ name: EntityLinker.Name, tokens: [NameToken]) -> [EntityLinker.Name] {
        guard name.type == .person, name.tokens.count >= 3, tokens[name.tokens.lowerBound].inHeadline else { return [name] }
        func isVeryFrequent(_ index: Int) -> Bool {
            tokens[index].commonness.rawValue >= WordCommonness.veryFrequent.rawValue && !englishConnectors.contains(tokens[index].lower)
                && tokens[index].evidence.isEmpty
        }
        return cutting(name, at: name.tokens.filter(isVeryFrequent)) { part in
            part.lowerBound == name.tokens.lowerBound || tokens[part.lowerBound].commonness.rawValue < WordCommonness.frequent.rawValue
                || !tokens[part.lowerBound].evidence.isEmpty
        }
    }

    /// The parts of a name between the tokens at `breaks` (which belong to no part), those
    /// that `keeps`.
    private static func cutting(_ name: EntityLinker.Name, at breaks: [Int], keeps: (Range<Int>) -> Bool) -> [EntityLinker.Name] {
        guard !breaks.isEmpty else { return [name] }
        var parts: [EntityLinker.Name] = []
        var start = name.tokens.lowerBound
        for end in breaks + [name.tokens.upperBound] {
            if start < end, keeps(start..<end) { parts.append(EntityLinker.Name(tokens: start..<end, type: name.type)) }
            start = end + 1
        }
        return parts
    }

    /// A name holds no bracket: "Leclercq (Renew)" is a name and, in brackets, another (a party,
    /// an acronym, a place); "Amira Hassan (" ends before the bracket.
    private static func splittingAtBrackets(_ name: EntityLinker.Name, tokens: [NameToken]) -> [EntityLinker.Name] {
        let breaks = name.tokens.filter { ["(", ")", "[", "]"].contains(tokens[$0].text) }
        return cutting(name, at: breaks) { part in part.contains { tokens[$0].hasCapitalOrDigit } }
    }

    private static let englishConnectors: Set<String> = [
        "of", "the", "and", "for", "de", "du", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der", "den",
        "al", "el", "bin", "ibn", "la", "le", "y", "e", "on", "upon", "in", "at",
    ]

    private static let germanConnectors: Set<String> = [
        "von", "vom", "zu", "zum", "zur", "der", "die", "das", "des", "dem", "den", "für", "und", "am", "an", "im", "in",
        "bei", "ob", "auf", "aus", "unter", "über", "van", "de", "di", "da", "del", "of", "the", "and", "la", "le", "et", "e", "y",
    ]

    private static func isRole(_ token: NameToken) -> Bool {
        token.evidence.contains(.role) || token.evidence.contains(.title)
    }

    private static func splittingRoles(_ name: EntityLinker.Name, tokens: [NameToken]) -> [EntityLinker.Name] {
        guard name.tokens.contains(where: { isRole(tokens[$0]) }) else { return [name] }
        var parts: [EntityLinker.Name] = []
        var start: Int?
        var afterRole = false
        func close(at end: Int) {
            guard let first = start, first < end else { return }
            // After a role comes a person; what precedes a role is what the role is of.
            let type: NameType = afterRole ? .person : (name.type == .person ? .organization : name.type)
            parts.append(EntityLinker.Name(tokens: first..<end, type: type))
            start = nil
        }
        for index in name.tokens {
            if isRole(tokens[index]) {
                close(at: index)
                afterRole = true
            } else if start == nil {
                start = index
            }
        }
        close(at: name.tokens.upperBound)
        return parts.filter { range in range.tokens.contains { tokens[$0].hasCapitalOrDigit } }
    }

    /// A name the gazetteer knows begins with token `index` and goes on over the next ("Le
    /// Havre", "El Salvador", "General Motors"; not "El A380").
    static func beginsKnownName(at index: Int, tokens: [NameToken]) -> Bool {
        index + 1 < tokens.count && tokens[index].evidence.beginsName
            && !tokens[index + 1].evidence.isDisjoint(with: .continuesKnownName)
    }

    private static func trimmingLeadingWords(_ name: EntityLinker.Name, tokens: [NameToken]) -> EntityLinker.Name {
        var start = name.tokens.lowerBound
        // "El A380" is the article and a name.
        while start + 1 < name.tokens.upperBound, !beginsKnownName(at: start, tokens: tokens),
            !tokens[start].hasCapitalOrDigit || tokens[start].commonness == .function
        {
            start += 1
        }
        return EntityLinker.Name(tokens: start..<name.tokens.upperBound, type: name.type)
    }

    /// A name of one word that is one of the language's function words ("If", "For", "Is": a
    /// sentence's first word, or OCR's capitals) is none; an acronym in capitals ("US") is
    /// left alone unless it is a longer word among capitals ("THE"), and a surname the article
    /// gave in full comes back as a recurring surname ("May" after "Theresa May").
    private static func isFunctionWordAlone(_ name: EntityLinker.Name, tokens: [NameToken]) -> Bool {
        guard name.tokens.count == 1, let index = name.tokens.first, tokens[index].commonness == .function else { return false }
        return !tokens[index].isUpper || (tokens[index].text.count >= 3 && MissedNames.besideCapitals(index, tokens))
    }

    /// A number alone ("80": a product's model number comes back when the product was named) or
    /// a letter alone ("N.", "C.": initials of a name the page cut off) is no name.
    private static func isFigureOrLetterAlone(_ name: EntityLinker.Name, tokens: [NameToken]) -> Bool {
        guard name.tokens.count == 1, let index = name.tokens.first else { return false }
        let text = tokens[index].text
        return text.allSatisfy(\.isNumber) || (text.filter(\.isLetter).count == 1 && text.count <= 2)
    }

    /// A frequent word that the text also writes in lower case is a common noun where it stands
    /// capitalised alone ("Delegates", "Tariff" in old newspapers' capitalised nouns); a surname
    /// the article gave in full comes back as a recurring surname ("Brown" after "Gordon Brown").
    private static func isCommonWordAlone(
        _ name: EntityLinker.Name, tokens: [NameToken], writtenInLowerCase: Set<String>, language: String?
    ) -> Bool {
        guard name.tokens.count == 1, let index = name.tokens.first else { return false }
        let token = tokens[index]
        guard (token.commonness == .frequent || token.commonness == .veryFrequent) && !token.isUpper else { return false }
        // German writes every noun with a capital, never in lower case: a frequent noun alone
        // that no table knows is a noun ("Haus", "Energie"), whatever the tagger read.
        if language == "de" { return !token.evidence.beginsName }
        return writtenInLowerCase.contains(token.lower)
    }

    /// A date is no name, though the tagger may take one for a name and the gazetteer may know a
    /// town called Saturday: a weekday alone, or a month with a day or year ("June 20", "May
    /// 2009"; "May" alone may be a surname), nor is a time zone in capitals ("13:59 GMT"). The
    /// stage drops it after every source of names.
    static func isDate(_ name: EntityLinker.Name, tokens: [NameToken], language: String?) -> Bool {
        let words = name.tokens.map { tokens[$0].text }
        if words.count == 1 {
            let token = tokens[name.tokens.lowerBound]
            return CalendarNames.isWeekday(words[0], language: language) || (token.isUpper && ZoneAbbreviations.offset(of: String(words[0])) != nil)
        }
        let months = words.filter { CalendarNames.isMonth($0, language: language) }.count
        let numbers = words.filter { $0.allSatisfy(\.isNumber) }.count
        return months == 1 && numbers >= 1 && months + numbers == words.count
    }

    private static func trimmingTrailingMarks(_ name: EntityLinker.Name, tokens: [NameToken]) -> EntityLinker.Name {
        var end = name.tokens.upperBound
        while end - 1 > name.tokens.lowerBound,
            isTrailingMark(tokens[end - 1].text)
                || (name.type == .person && (startsLowerCase(tokens[end - 1].text) || isCapitalisedAuxiliary(tokens[end - 1])))
        {
            end -= 1
        }
        return EntityLinker.Name(tokens: name.tokens.lowerBound..<end, type: name.type)
    }

    private static let trailingMarks: Set<Character> = [
        "'", "\u{2018}", "\u{2019}", "\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", ",", ";", ":", "\u{2013}", "\u{2014}", "-",
    ]

    /// "Is" in OCR's "Mr. Farley Is mighty nice": a form of "to be" or "to have" is no part of
    /// a person's name (other frequent words may be: "Theresa May", "Will Smith").
    private static func isCapitalisedAuxiliary(_ token: NameToken) -> Bool {
        !token.isUpper && auxiliaries.contains(token.lower)
    }

    private static let auxiliaries: Set<String> = [
        "is", "was", "are", "were", "has", "had", "have", "est", "sont", "était", "ist", "sind", "war", "hat", "hatte",
        "es", "está", "fue", "è", "era", "foi", "tem",
    ]

    private static func startsLowerCase(_ text: Substring) -> Bool {
        text.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// A closing mark, or the possessive NameTokenizer cuts off a word ("'s", "’s").
    private static func isTrailingMark(_ text: Substring) -> Bool {
        text.allSatisfy { trailingMarks.contains($0) } || text == "'s" || text == "\u{2019}s" || isLeaderDots(text)
    }

    /// Dots that lead a table's row to its figures ("Orléans ...... 985") or an ellipsis; one
    /// period may end a name ("Inc.", "U.S.").
    private static func isLeaderDots(_ text: Substring) -> Bool {
        text == "\u{2026}" || (text.count >= 2 && text.allSatisfy { $0 == "." || $0 == "\u{2026}" })
    }

    private static func typingOrganizations(_ name: EntityLinker.Name, tokens: [NameToken]) -> EntityLinker.Name {
        guard name.tokens.count >= 2, name.type != .organization, let first = name.tokens.first, let last = name.tokens.last,
            tokens[first].evidence.contains(.organizationWord) || tokens[last].evidence.contains(.organizationWord)
        else { return name }
        return EntityLinker.Name(tokens: name.tokens, type: .organization)
    }

    /// A model number: a short token with digits, alone or with capitals and hyphens ("737",
    /// "737-800", "A380", "787s"), not a year or a count with separators ("2024", "1,000").
    static func isModelNumber(_ token: NameToken) -> Bool {
        let text = token.text
        guard text.count <= 10, text.contains(where: \.isNumber), !text.contains(","), !text.contains(".") else { return false }
        let isYear = text.count == 4 && text.allSatisfy(\.isNumber) && (text.hasPrefix("19") || text.hasPrefix("20"))
        return !isYear
    }

    private static func extendingModelNumbers(
        _ name: EntityLinker.Name, tokens: [NameToken], gap: (Int) -> Gap
    ) -> EntityLinker.Name {
        guard name.type == .organization || name.type == .other else { return name }
        // The tagger took the number in already ("Airbus A380" as an organisation), after a
        // maker the gazetteer knows ("Channel 4" is no product).
        if name.tokens.count >= 2, let last = name.tokens.last, isModelNumber(tokens[last]),
            tokens[name.tokens.lowerBound].evidence.contains(.begins(.organization)) {
            return EntityLinker.Name(tokens: name.tokens, type: .other)
        }
        guard name.tokens.upperBound < tokens.count, gap(name.tokens.upperBound - 1) != .lineBreak,
            isModelNumber(tokens[name.tokens.upperBound])
        else { return name }
        var end = name.tokens.upperBound + 1
        // A variant written on with a hyphen ("737-800").
        while end + 1 < tokens.count, tokens[end].text == "-", gap(end - 1) == .none, gap(end) == .none, isModelNumber(tokens[end + 1]) { end += 2 }
        // A capitalised model name after the number ("787 Dreamliner").
        if end < tokens.count, gap(end - 1) == .space, tokens[end].isCapitalised, !isRole(tokens[end]), tokens[end].commonness == .unknown { end += 1 }
        return EntityLinker.Name(tokens: name.tokens.lowerBound..<end, type: .other)
    }

    /// The first word of an organisation's name, where the article repeats it alone and it is
    /// no common word, is the organisation ("Lockheed" after "Lockheed Martin", "Northrop" after
    /// "Northrop Grumman"; not "General" after "General Motors").
    private static func recurringOrganizationHeads(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        var heads: Set<String> = []
        var covered = Set<Int>()
        for name in names {
            covered.formUnion(name.tokens)
            if name.type == .organization, name.tokens.count >= 2, let first = name.tokens.first, tokens[first].isCapitalised,
                tokens[first].commonness == .unknown || tokens[first].commonness == .rare {
                heads.insert(String(tokens[first].text))
            }
        }
        guard !heads.isEmpty else { return [] }
        return tokens.indices.compactMap { index in
            guard !covered.contains(index), heads.contains(String(tokens[index].text)),
                index + 1 >= tokens.count || !tokens[index + 1].isCapitalised
            else { return nil }
            return EntityLinker.Name(tokens: index..<(index + 1), type: .organization)
        }
    }

    /// A product's model number, where the article repeats it alone, is the product ("the
    /// A380" after "Airbus A380", whatever the tagger typed it); a number of digits only
    /// needs an article before it or a name after it ("the 747", "787 Dreamliner"; not "747
    /// days").
    private static func withRecurringModels(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        var models: Set<Substring> = []
        var covered = Set<Int>()
        for name in names {
            covered.formUnion(name.tokens)
            if name.type == .other, name.tokens.count >= 2, let last = name.tokens.last, isModelNumber(tokens[last]) {
                models.insert(tokens[last].text)
            }
        }
        guard !models.isEmpty else { return names }
        let isModel = { (index: Int) -> Bool in
            guard models.contains(tokens[index].text) else { return false }
            if tokens[index].text.contains(where: \.isLetter) { return true }
            return index > 0 && modelArticles.contains(tokens[index - 1].lower) || index + 1 < tokens.count && tokens[index + 1].isCapitalised
        }
        let retyped = names.map { name in
            name.tokens.count == 1 && isModel(name.tokens.lowerBound) ? EntityLinker.Name(tokens: name.tokens, type: .other) : name
        }
        let added = tokens.indices.filter { !covered.contains($0) && isModel($0) }.map { EntityLinker.Name(tokens: $0..<($0 + 1), type: .other) }
        return retyped + added
    }

    private static let modelArticles: Set<String> = ["the", "a", "an", "its", "their", "le", "la", "l'", "un", "une", "el", "los", "il", "lo", "der", "die", "das", "den", "o", "um"]

    private static func recurringSurnames(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        var surnames: Set<String> = []
        var covered = Set<Int>()
        for name in names {
            covered.formUnion(name.tokens)
            if name.type == .person, name.tokens.count >= 2, let last = name.tokens.last, tokens[last].isCapitalised {
                surnames.insert(String(tokens[last].text))
            }
        }
        guard !surnames.isEmpty else { return [] }
        return tokens.indices.compactMap { index in
            guard !covered.contains(index), tokens[index].isCapitalised, surnames.contains(String(tokens[index].text)) else { return nil }
            return EntityLinker.Name(tokens: index..<(index + 1), type: .person)
        }
    }
}
