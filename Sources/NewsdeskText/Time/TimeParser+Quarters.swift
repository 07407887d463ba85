/// Parts of a year: quarters and half years ("the third quarter of 2023", "Q3", "le premier
/// semestre", "the 1988 third quarter", "next year's first quarter").
extension TimeParser {
    /// "the third quarter", "third-quarter", "le premier trimestre 2024", "Q3", "the quarter",
    /// "the first half of 2023", "le second semestre", "H1 2024".
    func quarter(at index: Int) -> TimeFind? {
        var start = skipDeterminer(at: index)
        var relation = TimeResolver.Relation.unmarked
        // "the 1988 third quarter", "next year's first quarter".
        var yearBefore: Int?
        if let found = yearBeforePart(at: start) {
            yearBefore = found.year
            start = found.end
        } else if let before = relationBefore(at: start) {
            relation = before.relation
            start = before.end
        }
        var number: Int?
        var end: Int
        var letter: Character = "Q"
        let token = tokens[safe: start]
        if let token, ["q", "h"].contains(token.folded), token.capitalized || token.folded == "q", isGlued(start + 1),
            !(start > 0 && tokens[start - 1].kind == .number), let digit = tokens[safe: start + 1]?.number {
            // "Q3", "H1".
            letter = token.folded == "q" ? "Q" : "H"
            guard (1...(letter == "Q" ? 4 : 2)).contains(digit) else { return nil }
            number = digit
            end = start + 2
        } else {
            if let ordinal = word(.ordinal, at: start), let value = ordinal.word.integer, (1...4).contains(value) || value == -1 {
                // "el último trimestre": the last one.
                if value == -1 { relation = .last } else { number = value }
                start = ordinal.end
                if isSymbol("-", at: start) { start += 1 }
            }
            if let half = word(.half, at: start), let value = number ?? (relation == .last ? 2 : nil), value <= 2 {
                // "the first half", "le premier semestre", "the last half".
                letter = "H"
                number = value
                end = half.end
            } else {
                guard let unit = unitWord(at: start), unit.unit == "Q", !unit.plural else { return nil }
                end = unit.end
            }
            guard number != nil || start > index else { return nil }
            // "the third-quarter results": the determiner is the noun's.
            if isSymbol("-", at: start - 1), let determiner = word(.det, at: index), determiner.word.value == "noun" {
                return quarterFind(start: determiner.end, end: end, number: number, letter: letter, year: nil, relation: relation)
            }
        }
        var year = yearBefore
        if yearBefore == nil, let of = word([.of, .prep], at: end) {
            if let found = self.year(at: of.end) {
                year = found
                end = of.end + 1
            } else if let relative = relativeYear(at: of.end) {
                // "of this year", "del año pasado".
                year = relative.year
                end = relative.end
            }
        } else if yearBefore == nil, let found = yearAfter(at: end, twoDigits: false) {
            year = found.year
            end = found.end
        }
        // "the last quarter of 1989" is its fourth.
        if number == nil, relation == .last, year != nil { number = 4 }
        return quarterFind(start: index, end: end, number: number, letter: letter, year: year, relation: relation)
    }

    /// A year that names the year of a quarter before it: "1988" in "the 1988 third quarter",
    /// "next year's" in "next year's first quarter".
    private func yearBeforePart(at index: Int) -> (year: Int, end: Int)? {
        func beforePart(_ at: Int) -> Bool { word(.ordinal, at: at) != nil || unitWord(at: at).map { $0.unit == "Q" && !$0.plural } == true }
        if let year = year(at: index), beforePart(index + 1) { return (year, index + 1) }
        guard let phrase = word(.relative, at: index), let shift = RelativeValue(phrase.word.value), shift.unit == "Y", let anchor = resolver.anchor,
            isSymbol("'", at: phrase.end), tokens[safe: phrase.end + 1]?.folded == "s", beforePart(phrase.end + 2)
        else { return nil }
        return (anchor.year + shift.offset, phrase.end + 2)
    }

    private func quarterFind(start: Int, end: Int, number: Int?, letter: Character, year: Int?, relation: TimeResolver.Relation) -> TimeFind? {
        let future = self.future(at: start)
        // "the 1988 quarter": the quarter last reported on, in that year.
        if number == nil, let year, let last = resolver.shifted(unit: "Q", by: -1), let quarter = last.last {
            return TimeFind(start: start, end: end, kind: .date, value: "\(CalendarDay.year(year))-Q\(quarter)")
        }
        guard let number else {
            // No ordinal: this quarter, or the last one reported on.
            let offset = relation == .this || (relation == .unmarked && future) ? 0 : (relation == .next ? 1 : -1)
            guard let value = resolver.shifted(unit: "Q", by: offset) else { return nil }
            return TimeFind(start: start, end: end, kind: .date, value: value)
        }
        return TimeFind(start: start, end: end, kind: .date, value: resolver.yearPart(number, letter: letter, year: year, future: future))
    }
}
