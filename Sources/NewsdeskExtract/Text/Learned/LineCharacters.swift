import NewsdeskText

/// What a line's characters look like, read in one pass over its scalars (ASCII without a
/// property lookup): case at word starts, digits, letters glued across a case change
/// ("PolitiqueSport"), and the marks that furniture carries (pipes, "©", "@", form fields,
/// links, ellipses, " / ").
struct LineCharacters {
    var scalars = 0
    var digits = 0
    var wordStarts = 0
    var capitalisedStarts = 0
    var firstWordCapitalised: Bool?
    var hasLowercase = false
    var hasLetter = false
    /// A lower-case letter followed straight by an upper-case one.
    var gluedJoints = 0
    /// The marks found, each once, in the order of their names.
    var marks: [String] { Mark.allCases.filter { found & 1 << $0.rawValue != 0 }.map(\.name) }
    private var found: UInt8 = 0

    /// In the order of their names.
    private enum Mark: Int, CaseIterable {
        case at, copyright, ellipsis, field, pipe, slash, url

        var name: String { "\(self)" }
    }

    /// `plain`: the text's characters are scalars (`charactersAreScalars`).
    init(_ text: String, plain: Bool) {
        var atWordStart = true
        var previousLower = false
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            scalars += 1
            let (letter, upper, lower) = Self.letterCase(scalar)
            if scalar == " " {
                atWordStart = true
            } else if letter && atWordStart {
                atWordStart = false
                wordStarts += 1
                if upper { capitalisedStarts += 1 }
                if firstWordCapitalised == nil { firstWordCapitalised = upper }
            }
            if letter { hasLetter = true }
            if lower { hasLowercase = true }
            if upper && previousLower { gluedJoints += 1 }
            previousLower = lower
            if ("0"..."9").contains(scalar) || (!scalar.isASCII && scalar.properties.numericType != nil) { digits += 1 }
            switch scalar {
            case "|": insert(.pipe)
            case "©": insert(.copyright)
            case "@": insert(.at)
            case "…": insert(.ellipsis)
            case "_" where previous == "_": insert(.field)
            case "." where previous == "." && beforePrevious == ".": insert(.ellipsis)
            case " " where previous == "/" && beforePrevious == " ": insert(.slash)
            default: break
            }
            beforePrevious = previous
            previous = scalar
        }
        // On bytes where characters are scalars: the same answer without a character search.
        func contains(_ word: String) -> Bool { plain ? text.containsBytes(word) : text.contains(word) }
        if text.utf8.count >= 4, contains("http") || contains("www.") { insert(.url) }
    }

    private mutating func insert(_ mark: Mark) {
        found |= 1 << mark.rawValue
    }

    /// (letter, upper case, lower case), without a property lookup for ASCII.
    private static func letterCase(_ scalar: Unicode.Scalar) -> (Bool, Bool, Bool) {
        if scalar.isASCII {
            let upper = ("A"..."Z").contains(scalar), lower = ("a"..."z").contains(scalar)
            return (upper || lower, upper, lower)
        }
        let properties = scalar.properties
        return (properties.isAlphabetic, properties.isUppercase, properties.isLowercase)
    }
}
