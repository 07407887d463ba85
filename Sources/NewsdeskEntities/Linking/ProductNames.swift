import NewsdeskText

/// Product names the tagger misses because no training sentence wrote one: a word of the
/// i-/e- brands ("iPhone", "iTunes", "iOS", "eBay"), with the model number
/// or the capitalised words after it ("iPhone 4", "iTunes Music Store"). Such a word is a
/// brand's name, a product unless the gazetteer knows it as something else ("eBay").
struct ProductNames {
    let gazetteer: Gazetteer?

    /// `names` with the product names in: a name the tagger began with a brand word is read
    /// again, and a tagged name right after the brand word is the rest of the product's name
    /// ("iTunes" + "Store").
    func adding(
        to names: [EntityLinker.Name], matches: [NameEvidenceMarker.Match], tokens: [NameToken], language: String?,
        gap: (Int) -> NameRepairs.Gap
    ) -> [EntityLinker.Name] {
        let tagged = names.filter { !Self.isCamelCase(tokens[$0.tokens.lowerBound]) }
        var covered = Set<Int>()
        var startingAt: [Int: Int] = [:]
        for (position, name) in tagged.enumerated() {
            covered.formUnion(name.tokens)
            startingAt[name.tokens.lowerBound] = position
        }
        var matchAt: [Int: NameEvidenceMarker.Match] = [:]
        for match in matches where match.tokens.count == 1 { matchAt[match.tokens.lowerBound] = match }
        var absorbed = Set<Int>()
        var found: [EntityLinker.Name] = []
        var index = 0
        while index < tokens.count {
            guard !covered.contains(index), Self.isCamelCase(tokens[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            // The name ends with its sentence ("… iPhone 3G S. El …") and its line (a headline
            // "… sur iTunes" over the dateline "20 juin 2006"), and before a date ("iTunes June 20").
            while end < tokens.count, !Self.endsSentence(tokens[end - 1]), gap(end - 1) != .lineBreak,
                !CalendarNames.isMonth(tokens[end].text, language: language), !CalendarNames.isWeekday(tokens[end].text, language: language) {
                if !covered.contains(end), tokens[end].isCapitalised || NameRepairs.isModelNumber(tokens[end]) {
                    end += 1
                } else if let position = startingAt[end], tagged[position].type != .person {
                    absorbed.insert(position)
                    end = tagged[position].tokens.upperBound
                } else {
                    break
                }
            }
            let known = matchAt[index].flatMap { match in
                match.aliases.filter { $0.kind != .adjective }.compactMap { gazetteer?.entity(id: $0.entity) }.max { $0.salience < $1.salience }
            }
            found.append(EntityLinker.Name(tokens: index..<end, type: end == index + 1 ? known?.type ?? .other : .other))
            index = end
        }
        return tagged.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) + found
    }

    private static func endsSentence(_ token: NameToken) -> Bool {
        token.text.last.map { $0 == "." || $0 == "!" || $0 == "?" } ?? false
    }

    /// "iPhone", "iPods", "eBay", "iOS": the i- or e- of products made for the internet, then a
    /// capitalised word or capitals, and no very frequent word in other letters. OCR glues
    /// words ("laChambre", "deFrance") and mixes cases ("eSt"), so no other prefix counts.
    static func isCamelCase(_ token: NameToken) -> Bool {
        let letters = Array(token.text.unicodeScalars)
        guard letters.count >= 3, letters[0] == "i" || letters[0] == "e", letters[1].properties.isUppercase,
            letters.allSatisfy({ $0.properties.isAlphabetic }), token.commonness != .function, token.commonness != .veryFrequent
        else { return false }
        let rest = letters.dropFirst(2)
        return rest.allSatisfy { $0.properties.isLowercase } || rest.allSatisfy { $0.properties.isUppercase }
    }
}
