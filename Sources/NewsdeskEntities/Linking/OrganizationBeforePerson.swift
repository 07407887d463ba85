/// A listed organisation's name run into the person's name after it is the organisation and
/// the person: "di Chrysler Robert Nardelli", "Ford Motor Company Alan Mulally", and the wire's
/// "a déclaré à l'AFP Thierry Rouvière" (a role word between them, "Apple CEO Steve Jobs", is
/// cut by `NameRepairs`). Where the tagger read a person, any listed organisation; where it read
/// something else, only a news agency or outlet, whose names do not go on in capitals the way
/// "Airbus Defence and Space" does. Only where a first and a last name remain, so that a person
/// named like a brand ("Mercedes Sosa") keeps the name.
struct OrganizationBeforePerson {
    let gazetteer: Gazetteer

    func split(_ names: [EntityLinker.Name], matches: [NameEvidenceMarker.Match], tokens: [NameToken]) -> [EntityLinker.Name] {
        var listed: [Int: (tokens: Range<Int>, isNewsOutlet: Bool)] = [:]
        for match in matches {
            guard let kind = organizationKind(match) else { continue }
            listed[match.tokens.lowerBound] = (match.tokens, kind)
        }
        return names.flatMap { name -> [EntityLinker.Name] in
            guard let (organization, isNewsOutlet) = listed[name.tokens.lowerBound], name.type == .person || isNewsOutlet,
                name.tokens.upperBound - organization.upperBound >= 2,
                name.tokens[organization.upperBound...].allSatisfy({ tokens[$0].isCapitalised })
            else { return [name] }
            return [
                EntityLinker.Name(tokens: organization, type: .organization),
                EntityLinker.Name(tokens: organization.upperBound..<name.tokens.upperBound, type: .person),
            ]
        }
    }

    /// For a name the project's organisation table lists (and no person's): whether it is a news
    /// agency's or outlet's; nil for any other name.
    private func organizationKind(_ match: NameEvidenceMarker.Match) -> Bool? {
        let records = gazetteer.entities(named: match.aliases)
        guard !records.contains(where: { $0.type == .person }) else { return nil }
        let listed = records.filter { $0.type == .organization && $0.isProminent }
        guard !listed.isEmpty else { return nil }
        return listed.contains { $0.entityClass == "agency" || $0.entityClass == "media" }
    }
}
