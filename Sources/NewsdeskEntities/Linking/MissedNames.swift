/// Names the tagger left out that the gazetteer knows well: a capitalised country, region,
/// big city, international body, news agency or listed person is a name even where the
/// tagger's context features disagree, and so is a place's name that begins in lower case
/// ("mer Noire"). A one-word city or organisation that is also a common
/// word is left alone where capitals prove nothing (at the start of a sentence), and a
/// function word everywhere.
struct MissedNames {
    let gazetteer: Gazetteer

    func names(
        from matches: [NameEvidenceMarker.Match], besides tagged: [EntityLinker.Name], tokens: [NameToken], sentenceStarts: Set<Int>
    ) -> [EntityLinker.Name] {
        var covered = Set<Int>()
        for name in tagged { covered.formUnion(name.tokens) }
        let capitalisedInside = Self.wordsCapitalisedInside(tokens, sentenceStarts: sentenceStarts)
        return matches.compactMap { match -> EntityLinker.Name? in
            let first = match.tokens.lowerBound
            guard !match.tokens.contains(where: covered.contains) else { return nil }
            let records = gazetteer.entities(named: match.aliases)
            guard let best = records.max(by: { $0.salience < $1.salience }), best.isProminent || best.type == .person else { return nil }
            // A place's name may begin in lower case where a capital inside proves it ("mer du
            // Nord", "golfe Persique", "canal de Panama").
            let provenInside = best.type == .place && match.tokens.dropFirst().contains { tokens[$0].isCapitalised }
            guard tokens[first].isCapitalised || provenInside else { return nil }
            // A short function word is no name, whatever region's code it also is ("If", "No",
            // "For" match the codes "IF", "NO", "FOR"); capitals stay ("US") but in a line of
            // capitals ("FOR THE GAZETTE") or beside other capitals ("LOOK OUT FOR"), and so do
            // names as frequent as function words in their language's news ("France", "Paris").
            if match.tokens.count == 1, tokens[first].commonness == .function, tokens[first].text.count <= 3,
                !tokens[first].isUpper || tokens[first].inHeadline || Self.besideCapitals(first, tokens) {
                return nil
            }
            // A one-word name that is also a common word ("Nice", "Mobile", "Bath") needs the
            // tagger's word for it; countries and regions are names however common, but for a
            // region's other name that is a frequent word ("Roughly", an old name of Rochdale).
            let commonness = tokens[first].commonness
            let otherFrequentName = best.entityClass == "region" && (commonness == .frequent || commonness == .veryFrequent)
                && Gazetteer.key(ofAlias: best.name) != tokens[first].lower
            if match.tokens.count == 1 && (!best.isTerritory || otherFrequentName) {
                if commonness == .function { return nil }
                if sentenceStarts.contains(first) && commonness != .unknown && commonness != .rare
                    && !capitalisedInside.contains(tokens[first].lower) { return nil }
            }
            return EntityLinker.Name(tokens: match.tokens, type: best.type)
        }
    }

    /// Whether a word in capitals stands beside another word of capitals ("LOOK OUT FOR").
    static func besideCapitals(_ index: Int, _ tokens: [NameToken]) -> Bool {
        [index - 1, index + 1].contains { tokens.indices.contains($0) && tokens[$0].isUpper && tokens[$0].text.count > 1 }
    }

    /// Words the text writes with a capital inside its sentences and never in lower case:
    /// names there ("Boeing"), so a name at the start of a sentence too, however common the
    /// word is in news ("Boeing said …"); "Nice" written "nice" somewhere stays unproven.
    static func wordsCapitalisedInside(_ tokens: [NameToken], sentenceStarts: Set<Int>) -> Set<String> {
        var capitalised = Set<String>()
        var lowercase = Set<String>()
        for (index, token) in tokens.enumerated() where token.text.first?.isLetter == true {
            if !token.isCapitalised {
                lowercase.insert(token.lower)
            } else if !sentenceStarts.contains(index), !token.inHeadline, !token.isUpper {
                capitalised.insert(token.lower)
            }
        }
        return capitalised.subtracting(lowercase)
    }
}
