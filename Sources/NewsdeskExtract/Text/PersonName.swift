/// Whether a short line is a person's name on its own ("Laura Ibarra", "Erwan Le Bihan",
/// "Jean-Luc de La Tour"): two to five words, each capitalised, apart from name particles.
enum PersonName {
    static let particles: Set<String> = [
        "de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "y", "e", "bin", "al",
    ]

    /// Bylines that name the newsroom rather than a person or an outlet.
    static func isNewsroom(_ name: String) -> Bool {
        let newsroom: Set<String> = [
            "la redaction", "redaction", "the editors", "staff", "staff writer", "editorial staff", "newsroom", "redaktion",
            "die redaktion", "redaccion", "la redaccion", "redazione", "la redazione", "redacao", "a redacao",
        ]
        return newsroom.contains(LeftoverCues.matchKey(name))
    }

    /// Articles that open a publication's name ("The Courier", "Le Journal", "Die Zeit"), not a person's.
    static let articles: Set<String> = ["the", "le", "la", "les", "l'", "der", "die", "das", "el", "il", "lo", "o", "os", "a", "as", "de", "het"]

    static func isName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...5).contains(words.count), line.count <= 60, let first = words.first,
            !articles.contains(first.lowercased())
        else { return false }
        var capitalised = 0
        for word in words {
            if particles.contains(word.lowercased()) { continue }
            guard let first = word.first, first.isUppercase,
                word.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }),
                word.dropFirst().contains(where: \.isLowercase) || word.count <= 2
            else { return false }
            capitalised += 1
        }
        return capitalised >= 2
    }
}
