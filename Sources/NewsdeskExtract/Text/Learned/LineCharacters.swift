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
    var marks: Set<String> = []

    init(_ text: String) {
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
            case "|": marks.insert("pipe")
            case "©": marks.insert("copyright")
            case "@": marks.insert("at")
            case "…": marks.insert("ellipsis")
            case "_" where previous == "_": marks.insert("field")
            case "." where previous == "." && beforePrevious == ".": marks.insert("ellipsis")
            case " " where previous == "/" && beforePrevious == " ": marks.insert("slash")
            default: break
            }
            beforePrevious = previous
            previous = scalar
        }
        if text.utf8.count >= 4, text.contains("http") || text.contains("www.") { marks.insert("url") }
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
