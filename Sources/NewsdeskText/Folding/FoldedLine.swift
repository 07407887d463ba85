import NewsdeskCore

/// A line folded scalar by scalar (lower case, Latin accents removed, typographic marks made
/// plain), so that folded and original positions are the same: a pattern found in `folded` is
/// cut from `original` at the same offsets. Positions count Unicode scalars.
///
/// Unlike `TextFold.fold`, one scalar folds to one scalar ("Æ" → "a", "ß" → "s"), white space
/// is not collapsed and nothing is dropped. Meant for short lines (credits, bylines, datelines),
/// which it scans for cue words and agency names (`NewsAgencies`).
public struct FoldedLine: Sendable {
    /// The line's scalars as written.
    public let original: [Unicode.Scalar]
    /// The folded scalar of each scalar of `original`.
    public let folded: [Unicode.Scalar]

    public init(_ text: String) {
        var original: [Unicode.Scalar] = []
        var folded: [Unicode.Scalar] = []
        original.reserveCapacity(text.utf8.count)
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            original.append(scalar)
            folded.append(Self.fold(scalar))
        }
        self.original = original
        self.folded = folded
    }

    /// The number of scalars.
    @inlinable
    public var count: Int { folded.count }

    /// The folded form of one scalar: ASCII lower case, tabs and line ends as spaces, and for the
    /// rest `TextFold.fold`'s form when it is one scalar, else its first ASCII letter ("œ" →
    /// "o"), else the scalar itself; white space folds to a space.
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(UInt8(value) | 0x20) }
            if value == 0x09 || value == 0x0A || value == 0x0D { return " " }
            return scalar
        }
        if value < 0x530 { return letterFolds[Int(value) - 0x80] }
        if value >= 0x2000 && value < 0x2070 { return punctuationFolds[Int(value) - 0x2000] }
        return foldedByTextFold(scalar)
    }

    /// `fold` worked out once for the Latin, Greek and Cyrillic letters and for typographic
    /// spaces, dashes and quotation marks: nearly every non-ASCII scalar of the lines read here.
    @usableFromInline
    static let letterFolds: [Unicode.Scalar] = (0x80..<0x530).map { foldedByTextFold(Unicode.Scalar($0) ?? " ") }
    @usableFromInline
    static let punctuationFolds: [Unicode.Scalar] = (0x2000..<0x2070).map { foldedByTextFold(Unicode.Scalar($0) ?? " ") }

    @usableFromInline
    static func foldedByTextFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if TextFold.isSpace(scalar.value) { return " " }
        let single = TextFold.fold(String(scalar)).unicodeScalars
        if single.count == 1, let first = single.first { return first }
        if let first = single.first, first.value < 0x80 { return first }  // "œ" → "o", "ß" → "s"
        return scalar
    }

    /// The original text of a range of positions (clamped to the line).
    public func original(_ range: Range<Int>) -> String {
        String(scalars: original[range.clamped(to: 0..<count)])
    }

    /// The first position from `index` on that is not a space.
    @inlinable
    public func skipSpaces(_ index: Int) -> Int {
        var index = index
        while index < count, folded[index] == " " { index += 1 }
        return index
    }

    /// The first position from `start` and before `limit` whose folded scalar is `scalar`.
    public func firstIndex(of scalar: Unicode.Scalar, from start: Int = 0, before limit: Int = .max) -> Int? {
        var index = start
        while index < count && index < limit {
            if folded[index] == scalar { return index }
            index += 1
        }
        return nil
    }

    /// A letter or a digit (in any script): what words are made of.
    @inlinable @inline(__always)
    public func isWordChar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return TextFold.isAlphabetic(scalar) || scalar.properties.numericType != nil
    }

    /// Matches a folded pattern at `index`: a space in the pattern matches one or more spaces,
    /// a colon may be preceded by spaces. Returns the index after the match (and its spaces).
    @inlinable
    public func matchPrefix(_ pattern: String, at index: Int) -> Int? {
        var position = index
        var previous: Unicode.Scalar = " "
        for scalar in pattern.unicodeScalars {
            if scalar == " " {
                guard position < count, folded[position] == " " else { return nil }
                position = skipSpaces(position)
            } else {
                if scalar == ":" { position = skipSpaces(position) }
                guard position < count, folded[position] == scalar else { return nil }
                position += 1
            }
            previous = scalar
        }
        // A word pattern must end at a word boundary ("avec" is not "avecx").
        if isWordChar(previous), position < count, isWordChar(folded[position]) {
            // "avec l'AFP": the apostrophe ends the pattern; "l'" already matched.
            return nil
        }
        return skipSpaces(position)
    }

    /// The first position of a folded pattern.
    @inlinable @inline(__always)
    public func find(_ pattern: String) -> Int? {
        find(scalars: Array(pattern.unicodeScalars))
    }

    /// `find` of a pattern's scalars, for callers that look for the same patterns in many lines.
    @inlinable
    public func find(scalars needle: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var index = 0
        while index + needle.count <= count {
            if folded[index] == needle[0] {
                var offset = 1
                while offset < needle.count && folded[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether a whole word in `range` is one of the folded `words`.
    public func containsWord(of words: Set<String>, in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard isWordChar(folded[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < range.upperBound, isWordChar(folded[index]) { index += 1 }
            if words.contains(String(scalars: folded[start..<index])) { return true }
        }
        return false
    }

    /// The news and photo agencies named in `range` (positions), in order, without overlaps
    /// (the longest name wins): each spelling of `NewsAgencies` that starts and ends at a word
    /// boundary, compared folded or, for the case-sensitive ones ("AP", "EFE", "PA"), as written.
    public func agencies(in range: Range<Int>) -> [NewsAgencies.Match] {
        var matches: [NewsAgencies.Match] = []
        guard !range.isEmpty else { return matches }
        var index = range.lowerBound
        while index < range.upperBound {
            // Agencies start at a word start.
            if !isWordChar(folded[index]) || (index > 0 && isWordChar(folded[index - 1])) {
                index += 1
                continue
            }
            var best: NewsAgencies.Match?
            for entry in NewsAgencies.spellings(startingWith: folded[index]) {
                let length = entry.pattern.count
                guard index + length <= range.upperBound, best.map({ length > $0.range.count }) ?? true else { continue }
                var matched = true
                for offset in 0..<length {
                    let scalar = entry.caseSensitive ? original[index + offset] : folded[index + offset]
                    if scalar != entry.pattern[offset] {
                        matched = false
                        break
                    }
                }
                guard matched else { continue }
                let end = index + length
                if end < count, isWordChar(folded[end]) { continue }
                best = NewsAgencies.Match(name: entry.name, range: index..<end)
            }
            if let best {
                matches.append(best)
                index = best.range.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }
}
