import NewsdeskCore

/// A token of the time grammar: a run of letters (ending after an elided apostrophe, so "l'an" is
/// "l'" and "an"), a run of ASCII digits, or one other visible character. Letters and digits are
/// never in one token ("18h30" is "18", "h", "30"; "1990s" is "1990", "s").
struct TimeToken: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    /// UTF-8 offsets of the token in the text.
    let start: Int
    let end: Int
    let kind: Kind
    /// `TextFold.fold` of the token's text: what lexicon phrases are compared with.
    let folded: String
    /// Whether white space separates this token from the one before it.
    let spaceBefore: Bool
    /// Whether a line break separates this token from the one before it.
    let lineBreakBefore: Bool
    /// Whether the token starts with an upper-case letter.
    let capitalized: Bool

    /// The token's value when it is a run of at most nine digits.
    var number: Int? { kind == .number && folded.utf8.count <= 9 ? Int(folded) : nil }
    var digitCount: Int { kind == .number ? folded.utf8.count : 0 }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && folded == symbol }
}

/// Cuts text into `TimeToken`s.
enum TimeTokenizer {
    /// `tokens` with compounds of a day and a part of the day cut in two ("Donnerstagabend" is
    /// "donnerstag" and "abend", the second glued to the first), for the words of `lexicon`.
    static func splittingCompounds(_ tokens: [TimeToken], lexicon: TimeLexicon) -> [TimeToken] {
        guard !lexicon.compoundTails.isEmpty else { return tokens }
        var result: [TimeToken] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            let folded = token.folded
            // Compounds are capitalised nouns; the folded form must keep the text's byte count
            // for the cut to fall between the same letters.
            guard token.kind == .word, token.capitalized, folded.utf8.count >= 8, folded.utf8.count == token.end - token.start,
                lexicon.phrases[folded] == nil,
                let head = lexicon.compoundHeads.first(where: { folded.hasPrefix($0) && lexicon.compoundTails.contains(String(folded.dropFirst($0.count))) })
            else {
                result.append(token)
                continue
            }
            let cut = token.start + head.utf8.count
            result.append(TimeToken(start: token.start, end: cut, kind: .word, folded: head, spaceBefore: token.spaceBefore,
                                    lineBreakBefore: token.lineBreakBefore, capitalized: true))
            result.append(TimeToken(start: cut, end: token.end, kind: .word, folded: String(folded.dropFirst(head.count)),
                                    spaceBefore: false, lineBreakBefore: false, capitalized: false))
        }
        return result
    }

    /// Whether an apostrophe followed by `next` starts an English possessive "'s" (a lone "s"
    /// then no letter: "Friday's"), which is no elision.
    private static func isPossessive(after scalars: String.UnicodeScalarView.Iterator, next: Unicode.Scalar?) -> Bool {
        guard next == "s" || next == "S" else { return false }
        var lookahead = scalars
        return !(lookahead.next().map(TextFold.isAlphabetic) ?? false)
    }

    static func tokens(of text: String) -> [TimeToken] {
        var tokens: [TimeToken] = []
        var offset = 0
        var spaceBefore = true
        var lineBreakBefore = false
        var tokenStart = 0
        var tokenKind: TimeToken.Kind?
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()

        func close(at end: Int) {
            guard let kind = tokenKind else { return }
            let raw = Substring(text.utf8.dropFirst(tokenStart).prefix(end - tokenStart))
            tokens.append(TimeToken(
                start: tokenStart, end: end, kind: kind, folded: kind == .number ? String(raw) : TextFold.fold(raw),
                spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore,
                capitalized: kind == .word && (raw.unicodeScalars.first?.isUppercase ?? false)))
            tokenKind = nil
            spaceBefore = false
            lineBreakBefore = false
        }

        while let scalar = pending {
            let width = UTF8.width(scalar)
            pending = scalars.next()
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            if isDigit {
                if tokenKind != .number { close(at: offset); tokenStart = offset; tokenKind = .number }
            } else if TextFold.isAlphabetic(scalar) {
                if tokenKind != .word { close(at: offset); tokenStart = offset; tokenKind = .word }
            } else if scalar == "'" || scalar == "\u{2019}", tokenKind == .word, pending.map(TextFold.isAlphabetic) ?? true,
                !isPossessive(after: scalars, next: pending) {
                // An elision: the apostrophe ends the word it follows ("l'", "aujourd'").
                offset += width
                close(at: offset)
                continue
            } else if TextFold.isSpace(scalar.value) {
                close(at: offset)
                spaceBefore = true
                if scalar == "\n" { lineBreakBefore = true }
            } else {
                close(at: offset)
                tokenStart = offset
                tokenKind = .symbol
                offset += width
                close(at: offset)
                continue
            }
            offset += width
        }
        close(at: offset)
        return tokens
    }
}
