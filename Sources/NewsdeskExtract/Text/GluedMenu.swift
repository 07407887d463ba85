import NewsdeskCore

/// Detects navigation words glued together by a scraper that dropped the markup between
/// them, such as "ÉconomiePolitiqueSportCulture" or "Partager cet articleCommentaires".
enum GluedMenu {
    /// The pieces of a line split where a lower-case letter runs into an upper-case one;
    /// a single piece when nothing is glued.
    static func pieces(of line: String) -> [String] {
        var pieces: [String] = []
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: each character a byte, its case the byte's.
            let utf8 = line.utf8
            var start = utf8.startIndex
            var previousLower = false
            for index in utf8.indices {
                let byte = utf8[index]
                if previousLower, byte &- 0x41 < 26 {
                    pieces.append(String(line[start..<index]))
                    start = index
                }
                previousLower = byte &- 0x61 < 26
            }
            pieces.append(String(line[start...]))
        } else {
            var current = ""
            var previous: Character?
            for character in line {
                if let previous, previous.isLowercase, character.isUppercase {
                    pieces.append(current)
                    current = ""
                }
                current.append(character)
                previous = character
            }
            pieces.append(current)
        }
        return pieces.map { ArticleTextBuilder.normalizeSpaces($0) }.filter { !$0.isEmpty }
    }

    /// Why a short, unpunctuated line of glued pieces is furniture, or nil when it is not: a
    /// piece that is known page furniture, for that piece's reason ("Partager cet articleClose
    /// Button": a share label run into a button's; "… de l'article :Copy to clipboardLien
    /// copié", a share widget's labels), or, in a line of at most ten words, three or more
    /// capitalised words run together: a menu bar.
    static func reason(for line: TextLine) -> Removal.Reason? {
        guard !line.endsSentence, line.wordCount <= 16, mayHaveJoint(line) else { return nil }
        let parts = pieces(of: line.text)
        guard parts.count > 1 else { return nil }
        if let cue = parts.lazy.compactMap({ LeftoverCues.reason(for: $0) }).first { return cue }
        guard line.wordCount <= 10 else { return nil }
        let gluedWords = line.text.split(separator: " ").filter { pieces(of: String($0)).count >= 3 }
        return gluedWords.isEmpty ? nil : .navigation
    }

    /// False when no lower-case letter can run into an upper-case one: in a text whose
    /// characters are scalars, no ASCII lower-case letter before an ASCII capital, and no
    /// other scalar beside one (any other may be either case). Most lines are settled here,
    /// without a character view.
    private static func mayHaveJoint(_ line: TextLine) -> Bool {
        guard line.charactersAreScalars else { return true }
        var previousMayBeLower = false
        for scalar in line.text.unicodeScalars {
            let value = scalar.value
            if previousMayBeLower, value >= 0x80 || value &- 0x41 < 26 { return true }
            previousMayBeLower = value >= 0x80 || value &- 0x61 < 26
        }
        return false
    }
}
