import Foundation
import NewsdeskText

/// Author values that name the publisher rather than a person: the site's own name
/// ("Jobs & Hire" on a site of that name), a web address ("finanztreff.de") or a name with a legal
/// form ("… e.V.", "… GmbH"). Pages put them in meta author tags while the article shows a person's
/// byline, so they count only when no source names a person. A newsroom's collective byline
/// ("Example.com Redaktion") is an author as stated.
struct PublisherNames {
    private let siteKeys: [String]

    private static let legalForms: Set<String> = [
        "e.v.", "gmbh", "ggmbh", "mbh", "ag", "se", "kg", "eg", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "s.a.", "s.l.", "sarl",
        "s.a.r.l.", "s.p.a.", "b.v.", "n.v.",
    ]

    /// Folded words of a newsroom's collective byline ("auto-motor.at Redaktion"), which is the
    /// author as the page states it.
    private static let newsroomWords: Set<String> = ["redaktion", "team", "staff", "editorial", "newsroom", "desk", "redaction", "redaccion"]

    /// `sourceName` is the name the article's source goes by (og:site_name, else the publisher's);
    /// the JSON-LD publisher is not taken besides it, as on a personal site it is the blogger who signs.
    init(sourceName: String?) {
        siteKeys = [sourceName].compactMap { $0.map(TitleMatching.key) }.filter { $0.count >= 3 }
    }

    /// Whether the whole value is the site's name ("Jobs & Hire"), to keep it from being split
    /// into names.
    func isSiteName(_ text: String) -> Bool {
        let key = TitleMatching.key(text)
        return !key.isEmpty && siteKeys.contains(key)
    }

    /// Whether a name is the publisher's: the site's name or part of it, a legal form, a web address.
    func contains(_ name: String) -> Bool {
        let words = TextFold.fold(name).split(separator: " ")
        guard !Self.isNewsroom(name) else { return false }
        let key = TitleMatching.key(name)
        if siteKeys.contains(where: { $0 == key || (key.count >= 4 && ($0.contains(key) || key.contains($0))) }) { return true }
        if Self.hasLegalForm(name) { return true }
        return words.contains(where: Self.isWebAddress)
    }

    /// Whether a name carries a company's or an association's legal form ("… GmbH", "… e.V.").
    static func hasLegalForm(_ name: String) -> Bool {
        let folded = TextFold.fold(name)
        // "e. V." is written with a space too.
        return folded.split(separator: " ").contains(where: { legalForms.contains(String($0)) }) || folded.hasSuffix("e. v.")
    }

    /// Whether a name is a newsroom's collective byline ("Example.com Redaktion", "Tech Desk").
    static func isNewsroom(_ name: String) -> Bool {
        TextFold.fold(name).split(separator: " ").contains { newsroomWords.contains(String($0)) }
    }

    /// The name without the site's name and what follows it, after two words or more: a staff
    /// line ("Ann Lee Example Staff" → "Ann Lee").
    func withoutSiteTail(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 2 else { return name }
        for start in 2..<words.count {
            let tail = TitleMatching.key(words[start...].joined(separator: " "))
            if siteKeys.contains(where: { tail.hasPrefix($0) }) { return words[..<start].joined(separator: " ") }
        }
        return name
    }

    /// Whether an author value is a name followed by a tagline or a web address after a dash
    /// ("Example – Das Magazin für Radfahrer", "Example - https://example.org"): how sites sign
    /// their own pages. A person's name is followed by other names, if anything.
    static func isNameWithTagline(_ raw: String) -> Bool {
        guard let dash = [" – ", " — ", " - "].lazy.compactMap({ raw.rangeOfBytes($0) }).first else { return false }
        let tail = String(raw[dash.upperBound...])
        let words = tail.split(separator: " ")
        if HTMLMetadata.isURL(tail) || words.contains(where: isWebAddress) { return true }
        return words.contains { ($0.first?.isLowercase ?? false) && !PersonName.particles.contains(TextFold.fold($0)) }
    }

    /// "finanztreff.de", "www.dw.com)", "LAOLA1.at": a dot between a name and a top-level domain
    /// of letters (initials such as "J." or "J.I." are not).
    private static func isWebAddress(_ word: Substring) -> Bool {
        guard word.utf8.contains(UInt8(ascii: ".")) else { return false }
        let trimmed = word.trimmingCharacters(in: punctuationButDot)
        guard let dot = trimmed.lastIndex(of: ".") else { return false }
        let host = trimmed[..<dot]
        let domain = trimmed[trimmed.index(after: dot)...]
        let letters = host.split(separator: ".").last.map { $0.count } ?? 0
        return letters >= 3 && (2...6).contains(domain.count) && domain.allSatisfy { $0.isLetter }
    }

    /// Built once: a character set is a bitmap of all Unicode, costly to make on every call.
    private static let punctuationButDot = CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "."))
}
