/// The parts of an author string that are not the name: social handles ("@wperdomod"),
/// obfuscated e-mail addresses, a date label the byline runs into ("Ann Lee Stand: …") and
/// academic or professional credentials listed as if they were names ("Ann Lee, PhD").
enum AuthorNameParts {
    /// Folded words that end a name when a byline runs into its date line.
    private static let trailingLabels: Set<String> = [
        "stand", "updated", "aktualisiert", "veroffentlicht", "published", "posted", "publie", "actualizado", "publicado",
    ]

    /// Folded credentials that follow a name after a comma.
    private static let credentials: Set<String> = [
        "phd", "ph.d.", "ph.d", "md", "m.d.", "msc", "m.sc.", "bsc", "mba", "rd", "rn", "dds", "mph", "ma", "m.a.", "jr", "jr.",
        "sr", "sr.", "dr", "dr.", "prof", "prof.", "lmft", "cpt", "cscs", "facp", "faan",
    ]

    /// The text without words that are handles or e-mail addresses.
    static func withoutHandles(_ text: String) -> String {
        let words = text.split(separator: " ")
        let kept = words.filter { word in
            !(word.hasPrefix("@") && word.count > 1) && !word.contains("[at]") && !word.contains("(at)")
        }
        return kept.count == words.count ? text : kept.joined(separator: " ")
    }

    /// The name without a trailing date label ("Sara Zinnecker Stand" → "Sara Zinnecker").
    static func withoutTrailingLabel(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, trailingLabels.contains(TextFold.fold(TextFold.trim(last, extra: [":"]))) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// Whether a listed "name" is only a credential ("PhD", "MD").
    static func isCredential(_ name: String) -> Bool {
        let words = TextFold.fold(name).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { credentials.contains(String($0)) }
    }
}
