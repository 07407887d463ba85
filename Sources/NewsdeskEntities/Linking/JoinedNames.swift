/// Names the tagger found in part, or cut in pieces, inside a name the gazetteer knows well
/// are that one name: "Motors" in "General Motors", "General" + "Motors". No name may cross
/// the known name's bounds; its other words are in no name.
struct JoinedNames {
    let gazetteer: Gazetteer

    func joined(_ names: [EntityLinker.Name], matches: [NameEvidenceMarker.Match]) -> [EntityLinker.Name] {
        var startingAt: [Int: Int] = [:]
        var covered = Set<Int>()
        for (index, name) in names.enumerated() {
            startingAt[name.tokens.lowerBound] = index
            covered.formUnion(name.tokens)
        }
        var removed = Set<Int>()
        var joined: [EntityLinker.Name] = []
        for match in matches where match.tokens.count >= 2 {
            guard let pieces = pieces(filling: match.tokens, startingAt: startingAt, covered: covered, names: names),
                !pieces.isEmpty, removed.isDisjoint(with: pieces),
                pieces.count >= 2 || names[pieces[0]].tokens != match.tokens
            else { continue }
            let records = gazetteer.entities(named: match.aliases)
            guard let best = records.max(by: { $0.salience < $1.salience }), best.isProminent || best.type == .person else { continue }
            removed.formUnion(pieces)
            joined.append(EntityLinker.Name(tokens: match.tokens, type: best.type))
        }
        guard !removed.isEmpty else { return names }
        return names.indices.filter { !removed.contains($0) }.map { names[$0] } + joined
    }

    /// The names (indices) that lie inside `range`, the range's other words in no name; nil when
    /// a name crosses its bounds.
    private func pieces(filling range: Range<Int>, startingAt: [Int: Int], covered: Set<Int>, names: [EntityLinker.Name]) -> [Int]? {
        var pieces: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let piece = startingAt[index] {
                guard names[piece].tokens.upperBound <= range.upperBound else { return nil }
                pieces.append(piece)
                index = names[piece].tokens.upperBound
            } else if covered.contains(index) {
                return nil
            } else {
                index += 1
            }
        }
        return pieces
    }
}
