/// The parts of an author string that are not the name: social handles ("@wperdomod"),
/// obfuscated e-mail addresses, a date label or an author box's links the byline runs into
/// ("Ann Lee Stand: …", "Ann Lee Alle Artikel"), the other fields of a labelled byline, the
/// pictures' credit after the writer's, an agency's code after a slash ("Ann Lee/SP-X"), a
/// description after a comma ("Ann Lee, Korrespondentin in Paris"), and academic or professional
/// credentials listed as if they were names ("Ann Lee, PhD"); and the full name a bio gives for a
/// first name alone.
public enum AuthorNameParts {
    /// Folded words that end a name when a byline runs into its date line or an author box into
    /// its links ("Ann Lee Alle Artikel Kontakt").
    private static let trailingLabels: Set<String> = [
        "stand", "updated", "aktualisiert", "veroffentlicht", "published", "posted", "publie", "actualizado", "publicado",
        "alle", "artikel", "articles", "kontakt", "contact", "contactar", "contacto", "profil", "profile",
        // A relative date ("hace 2 horas", "vor 3 Stunden") whose number was cut off.
        "hace", "vor",
    ]

    /// Folded credentials that follow a name after a comma.
    private static let credentials: Set<String> = [
        "phd", "ph.d.", "ph.d", "md", "m.d.", "msc", "m.sc.", "bsc", "mba", "rd", "rn", "dds", "mph", "ma", "m.a.", "jr", "jr.",
        "sr", "sr.", "dr", "dr.", "prof", "prof.", "lmft", "cpt", "cscs", "facp", "faan",
    ]

    /// Folded field labels that name the writer, and the credits that share a label with them
    /// ("Text & Fotos:").
    private static let writerLabels: Set<String> = [
        "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "autore", "text", "texte", "texto", "words", "by", "von",
    ]
    private static let sharedLabels: Set<String> = [
        "fotos", "foto", "photos", "photo", "bilder", "bild", "pictures", "&", "und", "and", "/",
    ]

    /// The value of the writer's field in a byline of labelled fields ("Datum: 19.11.2021 Autor:
    /// Ann Lee Quelle: dpa" → "Ann Lee", "Text & Fotos: Ann Lee" → "Ann Lee"); nil when there is none.
    public static func writerField(_ text: String) -> String? {
        let words = text.split(separator: " ")
        let labelWords = writerLabels.union(sharedLabels)
        guard let label = words.firstIndex(where: { $0.hasSuffix(":") && labelWords.contains(TextFold.fold($0.dropLast())) }) else {
            return nil
        }
        // The label's words: "Text & Fotos:" is read back to "Text".
        var start = label
        while start > 0, labelWords.contains(TextFold.fold(words[start - 1])) { start -= 1 }
        let namesWriter = words[start...label].contains { writerLabels.contains(TextFold.fold($0.hasSuffix(":") ? $0.dropLast() : $0)) }
        guard namesWriter else { return nil }
        let value = words[(label + 1)...].prefix { !$0.hasSuffix(":") }
        return value.isEmpty ? nil : value.joined(separator: " ")
    }

    /// A person known by a first name alone ("Ann") whose bio opens with the full name ("Ann Lee
    /// ist freie Autorin …", "Ann Lee - engineer …"): the name with the capitalised words after it.
    public static func fullName(of name: String, openingBio bio: String) -> String? {
        guard !name.contains(" ") else { return nil }
        let words = bio.split(separator: " ").prefix(4)
        guard words.first == Substring(name) else { return nil }
        let surname = words.dropFirst().prefix { word in
            (word.first?.isUppercase ?? false) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
        }.prefix(2)
        return surname.isEmpty ? nil : ([Substring(name)] + surname).joined(separator: " ")
    }

    /// Folded words that open the pictures' credit after the writer's.
    private static let pictureWords: Set<String> = [
        "illustration", "illustrationen", "illustrations", "fotos", "foto", "photos", "photo", "bilder", "bild", "pictures", "grafik",
    ]

    /// The byline without the pictures' credit it goes on to ("Ann Lee Illustration von Bob Roe",
    /// "Ann Lee, photos by Bob Roe" → "Ann Lee"): a picture word followed by a label or a colon.
    public static func withoutPictureCredit(_ text: String) -> String {
        let words = text.split(separator: " ")
        for index in words.indices.dropFirst() {
            let word = TextFold.fold(words[index])
            let labelled = word.hasSuffix(":") && pictureWords.contains(String(word.dropLast()))
            let followed = pictureWords.contains(word) && index + 1 < words.count
                && ["von", "by", "de", "par", "di", "door"].contains(TextFold.fold(words[index + 1]))
            if labelled || followed {
                return String(TextFold.trim(words[..<index].joined(separator: " "), extra: [",", ";", "|", "/", "-", "–"]))
            }
        }
        return text
    }

    /// The text without words that are handles or e-mail addresses.
    public static func withoutHandles(_ text: String) -> String {
        let words = text.split(separator: " ")
        let kept = words.filter { word in
            !(word.hasPrefix("@") && word.count > 1) && !String(word).containsBytes("[at]") && !String(word).containsBytes("(at)")
        }
        return kept.count == words.count ? text : kept.joined(separator: " ")
    }

    /// Folded words that join co-authors' names ("Ann Lee, Bob Roe und Cat Doe").
    private static let nameJoiners: Set<String> = ["und", "and", "et", "y", "e", "&", "mit", "with", "avec", "con", "sowie"]

    /// The name without the description set after it ("Ann Lee, Projektleiterin der Stiftung in
    /// Tunis." → "Ann Lee"): a part after the first comma that holds a lower-case word other than
    /// a name particle or a joiner describes the person; a co-author's name does not. (Lists that
    /// describe each of several people are left to the credit parser.)
    public static func withoutApposition(_ text: String) -> String {
        let parts = text.split(separator: ",", maxSplits: 1)
        guard parts.count == 2, describesPerson(parts[1]) else { return text }
        return String(parts[0])
    }

    private static func describesPerson(_ part: Substring) -> Bool {
        part.split(separator: " ").contains { word in
            // A word, not a web address or a handle ("wien.orf.at").
            let letters = word.hasSuffix(".") ? word.dropLast() : word
            let folded = TextFold.fold(letters)
            return (word.first?.isLowercase ?? false) && letters.allSatisfy(\.isLetter) && !PersonName.particles.contains(folded)
                && !nameJoiners.contains(folded)
        }
    }

    /// The name without the role or place set after it in parentheses ("Ann Lee (Pressesprecherin
    /// des Vereins)" → "Ann Lee"), behind a name of two words or more.
    public static func withoutParenthesisedRole(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        let name = String(text[..<open]).whitespaceTrimmed
        return name.split(separator: " ").count >= 2 && !name.contains("(") ? name : text
    }

    /// A conversation's byline as co-authors: "Ann Lee im Gespräch mit Bob Roe", as broadcasters
    /// credit an interview, names both.
    public static func conversationAsCoAuthors(_ text: String) -> String {
        guard let range = text.rangeOfBytes(" im Gespräch mit ") else { return text }
        return text[..<range.lowerBound] + " und " + text[range.upperBound...]
    }

    /// The name without the code of the agency or desk it is filed through ("Ann Lee/SP-X",
    /// "Ann Lee / AFP" → "Ann Lee"): capitals after a slash, behind a name of two words or more.
    public static func withoutAgencyCode(_ text: String) -> String {
        guard let slash = text.lastIndex(of: "/") else { return text }
        let name = String(text[..<slash]).whitespaceTrimmed
        let code = String(text[text.index(after: slash)...]).whitespaceTrimmed
        guard (2...6).contains(code.count), code.contains(where: \.isLetter),
            code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }),
            name.split(separator: " ").count >= 2, !name.contains("/")
        else { return text }
        return name
    }

    /// The name without a trailing date label ("Sara Zinnecker Stand" → "Sara Zinnecker").
    public static func withoutTrailingLabel(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 1, let last = words.last, trailingLabels.contains(TextFold.fold(TextFold.trim(last, extra: [":"]))) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// Whether a listed "name" is only a credential ("PhD", "MD").
    public static func isCredential(_ name: String) -> Bool {
        let words = TextFold.fold(name).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { credentials.contains(String($0)) }
    }
}
