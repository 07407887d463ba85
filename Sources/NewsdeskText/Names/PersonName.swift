/// Whether a short line is a person's name on its own ("Laura Ibarra", "Erwan Le Bihan",
/// "Jean-Luc de La Tour"): two to five words, each capitalised, apart from name particles.
public enum PersonName {
    /// Lower-case words that stand inside a name without a capital ("de", "van", "von", "da",
    /// "bin", "al"): "Charles de Gaulle" is a name of two capitalised words and a particle.
    public static let particles: Set<String> = [
        "de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "y", "e", "bin", "al",
    ]

    /// Folded names of the newsroom itself (`TextFold.matchKey` form).
    private static let newsrooms: Set<String> = [
        "la redaction", "redaction", "the editors", "staff", "staff writer", "editorial staff", "newsroom", "redaktion",
        "die redaktion", "redaccion", "la redaccion", "redazione", "la redazione", "redacao", "a redacao",
    ]

    /// Whether a byline names the newsroom rather than a person or an outlet ("La Rédaction",
    /// "Staff writer", "Redazione"); case, accents and punctuation are ignored.
    public static func isNewsroom(_ name: String) -> Bool {
        newsrooms.contains(TextFold.matchKey(name))
    }

    /// Articles that open a publication's name ("The Courier", "Le Journal", "Die Zeit"), not a person's.
    public static let articles: Set<String> = ["the", "le", "la", "les", "l'", "der", "die", "das", "el", "il", "lo", "o", "os", "a", "as", "de", "het"]

    /// Whether `line` is a person's name and nothing else: two to five words and at most 60
    /// characters, not opening with an article; every word but the particles capitalised, its
    /// other characters letters, hyphens, apostrophes or periods with at least one lower-case
    /// letter, unless the word is an initial of two characters at most ("J."); and at least two
    /// capitalised words.
    /// All capitals ("JEAN MARTIN") is not read as a name.
    public static func isName(_ line: String) -> Bool {
        var words = 0
        var capitalised = 0
        var rest = Substring(line)
        // Word by word: a line of prose stops at its first word that no name has.
        while let start = rest.firstIndex(where: { $0 != " " }) {
            let end = rest[start...].firstIndex(of: " ") ?? rest.endIndex
            let word = rest[start..<end]
            rest = rest[end...]
            words += 1
            guard words <= 5, words > 1 || !articles.contains(word.lowercased()) else { return false }
            if particles.contains(word.lowercased()) { continue }
            guard let first = word.first, first.isUppercase,
                word.dropFirst().allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }),
                word.dropFirst().contains(where: \.isLowercase) || word.count <= 2
            else { return false }
            capitalised += 1
        }
        return words >= 2 && capitalised >= 2 && line.count <= 60
    }
}
