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

    /// Whether a short, unpunctuated line is a glued menu: at least two glued joints, or
    /// one joint whose pieces are each known page furniture.
    static func isGluedMenu(_ line: TextLine) -> Bool {
        guard !line.endsSentence, line.wordCount <= 10, mayHaveJoint(line) else { return false }
        let parts = pieces(of: line.text)
        guard parts.count > 1 else { return false }
        if parts.allSatisfy({ LeftoverCues.reason(for: $0) != nil }) { return true }
        // Three or more capitalised words run together with no spaces: a menu bar.
        let gluedWords = line.text.split(separator: " ").filter { pieces(of: String($0)).count >= 3 }
        return !gluedWords.isEmpty
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
