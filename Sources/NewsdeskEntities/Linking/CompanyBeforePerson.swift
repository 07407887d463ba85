/// A listed company's name run into the person's name after it is the company and the person:
/// "di Chrysler Robert Nardelli", "Ford Motor Company Alan Mulally" (a role word between them,
/// "Apple CEO Steve Jobs", is cut by `NameRepairs`). Only where a first and a last name remain,
/// so that a person named like a brand ("Mercedes Sosa") keeps the name.
struct CompanyBeforePerson {
    let gazetteer: Gazetteer

    func split(_ names: [EntityLinker.Name], matches: [NameEvidenceMarker.Match], tokens: [NameToken]) -> [EntityLinker.Name] {
        let companyAt = Dictionary(
            matches.filter { isListedCompany($0) }.map { ($0.tokens.lowerBound, $0.tokens) }, uniquingKeysWith: { first, _ in first })
        return names.flatMap { name -> [EntityLinker.Name] in
            guard name.type == .person, let company = companyAt[name.tokens.lowerBound],
                name.tokens.upperBound - company.upperBound >= 2, tokens[company.upperBound].isCapitalised
            else { return [name] }
            return [
                EntityLinker.Name(tokens: company, type: .organization),
                EntityLinker.Name(tokens: company.upperBound..<name.tokens.upperBound, type: .person),
            ]
        }
    }

    /// A name the project's organisation table lists for a company, and no person's.
    private func isListedCompany(_ match: NameEvidenceMarker.Match) -> Bool {
        let records = match.aliases.filter { $0.kind != .adjective }.compactMap { gazetteer.entity(id: $0.entity) }
        return records.contains { $0.type == .organization && $0.isProminent } && !records.contains { $0.type == .person }
    }
}
