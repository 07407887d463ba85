import NewsdeskCore
import NewsdeskText

/// A figure or table caption printed as a paragraph: a label, an optional number and a colon
/// ("Abbildung 4: …", "Figure 2: …", "Abb. 3: …", "Tableau 1 : …").
enum FigureCaption {
    static func matches(_ text: String) -> Bool {
        // Folding makes a colon only of a colon: most paragraphs have none and need no folding.
        guard text.containsByte(0x3A) else { return false }
        let folded = Array(TextFold.fold(text.prefix(40)).unicodeScalars)
        return labels.contains { label in folded.starts(with: label.unicodeScalars) && labelled(folded, after: label) }
    }

    /// Whether the label is followed by an optional number ("4", "2a", "3.1") and a colon.
    private static func labelled(_ folded: [Unicode.Scalar], after label: String) -> Bool {
        var index = label.unicodeScalars.count
        // "Abb." and "Fig." may run straight into the number; the others need a space or a colon.
        if index < folded.count, !label.hasSuffix("."), folded[index].isAlphabetic { return false }
        while index < folded.count, folded[index] == " " { index += 1 }
        var digits = 0
        while index < folded.count, folded[index].properties.numericType != nil || (digits > 0 && folded[index] == ".") {
            digits += 1
            index += 1
        }
        if digits > 0, index < folded.count, folded[index].value >= 0x61, folded[index].value <= 0x7A { index += 1 }  // "2a"
        while index < folded.count, folded[index] == " " { index += 1 }
        return index < folded.count && folded[index] == ":" && (digits > 0 || !label.hasSuffix("."))
    }

    private static let labels = [
        "abbildung", "abb.", "figure", "fig.", "figura", "grafik", "graphique", "grafico", "tabelle", "table", "tableau",
        "tabla", "tabella", "illustration", "schaubild", "karte", "map",
    ]
}
