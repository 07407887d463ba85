/// Marks what the gazetteer knows about each token (`NameToken.evidence`), the recogniser's
/// gazetteer features: the longest known name starting at a token, demonyms, roles,
/// honorifics and organisation words.
public struct NameEvidenceMarker: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public init(directory: String) throws {
        gazetteer = try Gazetteer(directory: directory)
    }

    public func mark(_ tokens: inout [NameToken]) {
        mark(&tokens, with: matches(in: tokens))
    }

    /// Marks evidence from matches already found in these tokens.
    public func mark(_ tokens: inout [NameToken], with matches: [Match]) {
        for match in matches {
            for index in match.tokens { tokens[index].evidence.formUnion(match.evidence(at: index)) }
        }
        for index in tokens.indices where gazetteer.organizationWords.contains(tokens[index].lower) {
            tokens[index].evidence.insert(.organizationWord)
        }
    }

    /// A run of tokens the gazetteer knows: aliases of entities, or role words.
    public struct Match: Sendable {
        public var tokens: Range<Int>
        public var aliases: [Gazetteer.Alias]
        public var roles: [Gazetteer.Role]
        let types: [NameType]

        func evidence(at index: Int) -> NameEvidence {
            var evidence: NameEvidence = []
            for alias in aliases where alias.kind == .adjective { evidence.insert(.adjective) }
            for type in types { evidence.insert(index == tokens.lowerBound ? .begins(type) : .continues(type)) }
            for role in roles { evidence.insert(role.role == "title" ? .title : .role) }
            return evidence
        }
    }

    /// The most words a gazetteer match may have.
    static let longestMatch = 8

    /// The longest gazetteer match starting at each token, left to right, not overlapping.
    /// A name must start with a capital letter or hold one ("mer du Nord"; adjectives and roles
    /// need not). In German, a place's genitive is the place ("Deutschlands").
    public func matches(in tokens: [NameToken], language: String? = nil) -> [Match] {
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard gazetteer.mayStart(tokens[index]) else {
                index += 1
                continue
            }
            var key = ""
            var best: Match?
            let capitalised = tokens[index].isCapitalised
            for end in index..<min(tokens.count, index + Self.longestMatch) {
                if end > index { key.append(" ") }
                key.append(NameKey.make(lowercased: tokens[end].lower))
                let found = gazetteer.lookahead(key)
                if found.known {
                    // A name begins with a capital, or has one inside ("mer du Nord").
                    let provenInside = !capitalised && ((index + 1)..<(end + 1)).contains { tokens[$0].isCapitalised }
                    let aliases = gazetteer.aliases(of: key).filter { capitalised || provenInside || $0.kind == .adjective }
                    let roles = gazetteer.roles(of: key)
                    if !aliases.isEmpty || !roles.isEmpty {
                        let types = Set(aliases.filter { $0.kind != .adjective }.compactMap { gazetteer.entity(id: $0.entity)?.type })
                        best = Match(tokens: index..<(end + 1), aliases: aliases, roles: roles, types: NameType.allCases.filter(types.contains))
                    }
                }
                if !found.longer { break }
            }
            if best == nil, capitalised, let base = gazetteer.genitivePlaceKey(NameKey.make(lowercased: tokens[index].lower), language: language) {
                let aliases = gazetteer.aliases(of: base).filter { $0.kind == .name }
                best = Match(tokens: index..<(index + 1), aliases: aliases, roles: [], types: [.place])
            }
            if let best {
                matches.append(best)
                index = best.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }
}
