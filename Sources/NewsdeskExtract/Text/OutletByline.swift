import NewsdeskCore
import NewsdeskText

/// A byline that names an outlet and an agency rather than a person: "Par euronews avec AP",
/// "By The Courier with Reuters", "Von tagesschau.de mit dpa". The outlet is the article's source
/// when nothing better is known; the agency is credited.
enum OutletByline {
    static let prefixes: Set<String> = ["par", "by", "von", "por", "di", "de", "door", "from"]
    static let connectors: Set<String> = ["avec", "with", "and", "mit", "und", "con", "com", "e", "et", "y", "en", "met"]

    /// The outlet and the agency credit, or nil when the line is not such a byline.
    static func parse(_ line: String) -> (outlet: String, credit: Credit)? {
        // The first word alone settles most lines, before the line is cut into words.
        guard prefixes.contains(line.drop(while: { $0 == " " }).prefix(while: { $0 != " " }).lowercased()) else { return nil }
        let words = line.split(separator: " ")
        guard (4...9).contains(words.count),
            let connector = words.lastIndex(where: { connectors.contains($0.lowercased()) }), connector >= 2,
            let agency = NewsAgencies.first(in: words[(connector + 1)...].joined(separator: " ")),
            TextFold.matchKey(words[(connector + 1)...].joined(separator: " ")) == TextFold.matchKey(agency)
        else { return nil }
        let outlet = words[1..<connector].joined(separator: " ")
        // A person's name is a byline the credit parser handles; a newsroom is no outlet.
        guard outlet.count <= 40, !PersonName.isName(outlet), !PersonName.isNewsroom(outlet) else { return nil }
        return (outlet, Credit(role: .agency, agency: agency, text: line))
    }
}
