/// An English organisation named after a place or another organisation, which the tagger cuts
/// in two: "China Eastern Airlines" (China, Eastern, Airlines), "United States Air Force",
/// "AirTran Airways". A place or organisation followed, with no mark between, by capitalised
/// words that end with an organisation word ("Airlines", "Force", "Bank") is one
/// organisation. People are left alone ("Steve Jobs Apple Inc" is no such run in news).
enum OrganizationTails {
    static func joined(_ names: [EntityLinker.Name], tokens: [NameToken]) -> [EntityLinker.Name] {
        let sorted = names.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var nameAt: [Int: Int] = [:]
        for (position, name) in sorted.enumerated() { nameAt[name.tokens.lowerBound] = position }
        var result: [EntityLinker.Name] = []
        var position = 0
        while position < sorted.count {
            let name = sorted[position]
            position += 1
            guard name.type == .place || name.type == .organization else {
                result.append(name)
                continue
            }
            // The capitalised run after the name, whole names only, and where its last
            // organisation word ends.
            var end = name.tokens.upperBound
            var consumed = position
            var tail: (end: Int, consumed: Int)?
            while end < tokens.count, tokens[end].isCapitalised {
                if let next = nameAt[end] {
                    guard sorted[next].type != .person else { break }
                    end = sorted[next].tokens.upperBound
                    consumed = next + 1
                } else {
                    end += 1
                }
                if tokens[end - 1].evidence.contains(.organizationWord) { tail = (end, consumed) }
            }
            guard let tail else {
                result.append(name)
                continue
            }
            result.append(EntityLinker.Name(tokens: name.tokens.lowerBound..<tail.end, type: .organization))
            position = max(position, tail.consumed)
        }
        return result
    }
}
