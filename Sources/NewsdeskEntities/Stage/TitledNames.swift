import NewsdeskCore
import NewsdeskText

/// Where a person's name mention starts: at the title before it ("M. Hagenbeck", "Mme de
/// Staël", "Mr. Girard", "Herr Schmidt") and at a one-word role in lower case before it ("le
/// général de Gaulle"). French newspapers write a civil title before almost every surname,
/// and named-entity corpora of the press (HIPE in French, English and German; Quaero) take
/// the title and the particle after it into the mention. The entity keeps its name without
/// them: only the mention's span and text grow.
struct TitledNames {
    /// Languages whose mentions take the title in.
    static let languages: Set<String> = ["fr", "en", "de"]
    /// Particles between a title and a surname ("M. de Freycinet", "Mme d'Épinay").
    static let particles: Set<String> = ["de", "d'", "du", "des"]
    /// Articles between a title and a role ("M. le général").
    static let articles: Set<String> = ["le", "la"]

    let language: String

    /// `mentions` with each person name directly after a title (role "title" in the gazetteer:
    /// "M.", "Mme") or a one-word role in lower case ("général", "président") starting at it;
    /// a title before the role and its article come too ("M. le général X").
    func including(titles matches: [NameEvidenceMarker.Match], in mentions: [Mention], tokens: [Token], nameTokens: [NameToken], text: String) -> [Mention] {
        guard Self.languages.contains(language) else { return mentions }
        var titleEnding: [Int: Int] = [:]
        for match in matches {
            let roles = match.roles.filter { $0.language == language || $0.language == "*" }
            let isTitle = roles.contains { $0.role == "title" }
            let isRole = !roles.isEmpty && match.tokens.count == 1 && !nameTokens[match.tokens.lowerBound].isCapitalised
            if isTitle || isRole { titleEnding[match.tokens.upperBound] = match.tokens.lowerBound }
        }
        guard !titleEnding.isEmpty else { return mentions }
        var tokenStarting: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() { tokenStarting[token.span.start] = index }
        let extended = mentions.map { mention -> Mention in
            guard mention.kind == .name, mention.type == .person, var first = tokenStarting[mention.span.start] else { return mention }
            let start = first
            while true {
                if first > 0, Self.particles.contains(nameTokens[first - 1].lower), titleEnding[first - 1] != nil { first -= 1 }
                if let title = titleEnding[first] {
                    first = title
                } else if first > 0, Self.articles.contains(nameTokens[first - 1].lower), let title = titleEnding[first - 1], first < start {
                    first = title
                } else {
                    break
                }
            }
            guard first < start else { return mention }
            var titled = mention
            titled.span = TextSpan(start: tokens[first].span.start, end: mention.span.end)
            titled.text = String(text[utf8: titled.span])
            return titled
        }
        // The role a name now holds is no mention of its own ("le général" of "M. le général X").
        let grown = zip(mentions, extended).filter { $0.span != $1.span }.map(\.1.span)
        return extended.filter { mention in
            mention.kind != .role || !grown.contains { $0.start < mention.span.end && mention.span.start < $0.end }
        }
    }
}
