import NewsdeskText

/// The wording and markup that mark a date as the article's last update rather than its
/// publication: "Updated: May 3", "Aktualisiert am 3.5.2024", "Mis à jour le …",
/// `<time class="updated">`, `itemprop="dateModified"`.
enum UpdateLabel {
    /// Folded labels; a text that opens with one dates an update.
    static let labels = [
        "last updated", "updated", "last modified", "modified", "zuletzt aktualisiert", "aktualisiert", "letzte aktualisierung", "letzte anderung", "zuletzt geandert",
        "geandert", "mis a jour", "modifie le", "derniere mise a jour", "actualizado", "ultima actualizacion", "aggiornato",
        "ultimo aggiornamento", "atualizado", "bijgewerkt", "laatst bijgewerkt", "zaktualizowano", "aktualizacja",
    ]

    /// The words between a date label and its date ("Aktualisiert am", "Mis à jour le").
    static let particles = ["am", "le", "el", "il", "on", "op", "em", "the"]

    /// Whether `text` opens with an update label ("Updated: May 3, 2024", "Aktualisiert am …").
    static func opens(_ text: some StringProtocol) -> Bool {
        let folded = TextFold.fold(TextFold.trim(text, extra: ["(", "[", "|", "·", "•", "-", "–", "—"]))
        return labels.contains { label in
            guard folded.hasPrefixBytes(label) else { return false }
            let next = folded.utf8.dropFirst(label.utf8.count).first
            return next == nil || next == 0x20 || next == 0x3A || next == 0x2C  // end, space, colon, comma
        }
    }

    /// Whether the words before a text's first digit end with an update label ("Article mis à
    /// jour le 7 janvier 2020", "Zuletzt aktualisiert am 3.5.2024"), or the text opens with one.
    static func datesAnUpdate(_ text: String) -> Bool {
        opens(text) || closes(text.prefix { !$0.isNumber })
    }

    /// Whether `text` ends with an update label, as the text printed before a `<time>` does
    /// ("Updated:", "| Aktualisiert am").
    static func closes(_ text: some StringProtocol) -> Bool {
        var folded = TextFold.fold(TextFold.trim(text, extra: [":", ","]))
        for particle in particles where folded.hasSuffix(" " + particle) {
            folded.removeLast(particle.count + 1)
        }
        return labels.contains { label in
            guard folded.hasSuffix(label) else { return false }
            guard let before = folded.utf8.dropLast(label.utf8.count).last else { return true }
            return !(0x61...0x7A).contains(before)  // a word of its own, not "unmodified"
        }
    }

    /// Whether an element's class or itemprop names an update ("updated", "date-modified",
    /// "dateModified") and not also the publication (WordPress marks an unchanged post's one
    /// `<time>` "entry-date published updated").
    static func marks(_ document: HTMLDocument, _ index: Int) -> Bool {
        let names = [document.attribute(index, .class), document.attribute(index, .itemprop)].compactMap { $0 }
        guard !names.isEmpty else { return false }
        func named(_ word: String) -> Bool { names.contains { containsIgnoringASCIICase($0, word) } }
        return (named("updat") || named("modif")) && !named("publish")
    }

    /// Whether `text` contains `word` (lowercase ASCII letters) in any case, compared byte by
    /// byte: class lists run long, and lowercasing and searching them as Unicode strings cost
    /// over 20,000 instructions a call.
    static func containsIgnoringASCIICase(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { text in
            word.withUTF8 { word in
                guard let first = word.first, text.count >= word.count else { return word.isEmpty }
                for start in 0...(text.count - word.count) where text[start] | 0x20 == first {
                    var offset = 1
                    while offset < word.count && text[start + offset] | 0x20 == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }

    /// Whether the `<time>` (or date element) at `index` dates an update: its own markup or its
    /// parent's says so, or the text just before it inside the parent ends with a label.
    static func isUpdate(_ document: HTMLDocument, _ index: Int) -> Bool {
        if marks(document, index) { return true }
        let parent = Int(document.nodes[index].parent)
        guard parent > 0 else { return false }
        if document.nodes[parent].tag != .body, marks(document, parent) { return true }
        var previous = index - 1
        while previous > parent {
            if document.nodes[previous].tag == .text, document.nodes[previous].chars > 0 {
                let text = TitleNeighbourhood.text(document, previous)
                return text.utf8.count <= 80 && closes(text)
            }
            previous -= 1
        }
        return false
    }

    /// The publication and update dates of a plain-text date line ("Publié le 12/03/2025 à 18h04
    /// · Mis à jour le 12/03/2025 à 20h31"): each part between bullets or bars gives one.
    static func dates(inDateLine line: String) -> (published: String?, modified: String?) {
        var published: String?
        var modified: String?
        for part in line.split(whereSeparator: { $0 == "·" || $0 == "|" || $0 == "•" }) {
            guard let date = LineClassifier.date(in: String(part)) else { continue }
            if opens(part) {
                modified = modified ?? date
            } else {
                published = published ?? date
            }
        }
        return (published, modified)
    }
}
