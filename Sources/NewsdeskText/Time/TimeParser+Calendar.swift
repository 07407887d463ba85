/// Calendar expressions: dates with a day, months, years, decades, centuries, seasons, and the
/// fuzzy parts of them ("mi-octobre", "early 1990", "Ende März").
extension TimeParser {
    /// A date or month read from the text before it is resolved.
    struct CalendarParts {
        var end: Int
        var year: Int?
        var month: Int
        var day: Int?
        var relation: TimeResolver.Relation
    }

    /// "2024-05-23", "23/05/2024", "23.05.2024" (the day first; month first in English).
    func numericDate(at index: Int) -> TimeFind? {
        guard let first = number(at: index), index + 4 < tokens.count, let second = tokens[index + 2].number,
            let third = tokens[index + 4].number, (index + 1...index + 4).allSatisfy({ isGlued($0) })
        else { return nil }
        let separator = tokens[index + 1].folded
        guard tokens[index + 3].folded == separator, ["-", "/", "."].contains(separator) else { return nil }
        var day: CalendarDay?
        if tokens[index].digitCount == 4, separator == "-" {
            day = CalendarDay(year: first, month: second, day: third)
        } else if tokens[index + 4].digitCount == 4 {
            day = language == "en" && separator == "/" ? CalendarDay(year: third, month: first, day: second) : CalendarDay(year: third, month: second, day: first)
        }
        guard let day else { return nil }
        return TimeFind(start: index, end: index + 5, kind: .date, value: day.dayValue)
    }

    /// A month name at `index` ("mai", "Sept."), with the end of its abbreviation dot.
    /// English names are capitalised ("may" is a verb); an abbreviation needs `abbreviationsToo`.
    func month(at index: Int, abbreviationsToo: Bool) -> (month: Int, end: Int)? {
        let match = word(.month, at: index) ?? (abbreviationsToo ? word(.monthabbr, at: index) : nil)
        guard let match, let number = match.word.integer else { return nil }
        if language == "en" && !tokens[index].capitalized { return nil }
        let abbreviated = match.word.kind == .monthabbr
        return (number, abbreviated && isSymbol(".", at: match.end) && isGlued(match.end) ? match.end + 1 : match.end)
    }

    /// A relation word before a name ("last", "ce", "le prochain") and the index after it.
    func relationBefore(at index: Int) -> (relation: TimeResolver.Relation, end: Int)? {
        if let this = word(.this, at: index) { return (.this, this.end) }
        return relation(at: index, placed: "pre")
    }

    /// A "last" or "next" word at `index` that stands where `placed` says ("pre" or "post"; a
    /// word like Portuguese "próximo" stands on either side).
    private func relation(at index: Int, placed: String) -> (relation: TimeResolver.Relation, end: Int)? {
        guard index < tokens.count,
            let match = phrases[index].first(where: { [.last, .next].contains($0.word.kind) && $0.word.value == placed })
        else { return nil }
        return (match.word.kind == .last ? .last : .next, match.end)
    }

    /// A name of `kind` with the relation words around it ("le lundi", "lundi dernier", "next
    /// Friday", "l'été prochain"): the name, the relation, and the index after the whole.
    func framed(_ kind: TimeWord.Kind, at index: Int) -> (word: TimeWordMatch, relation: TimeResolver.Relation, end: Int)? {
        var start = index
        var relation = TimeResolver.Relation.unmarked
        if let before = relationBefore(at: index) {
            relation = before.relation
            start = before.end
        } else {
            start = skipDeterminer(at: index)
        }
        guard let name = word(kind, at: start) else { return nil }
        if let after = relationAfter(at: name.end) { return (name, after.relation, after.end) }
        return (name, relation, name.end)
    }

    /// A relation word after a name ("dernier", "que viene") and the index after it.
    func relationAfter(at index: Int) -> (relation: TimeResolver.Relation, end: Int)? {
        relation(at: index, placed: "post")
    }

    /// A year after a month or a day: "mai 2024", "May 23, 2024", "13 de junio del 2005", "octobre 98".
    func yearAfter(at index: Int, twoDigits: Bool) -> (year: Int, end: Int)? {
        var start = index
        if isSymbol(",", at: start) { start += 1 } else if let of = word([.of, .prep], at: start) { start = of.end }
        if let year = year(at: start) { return (year, start + 1) }
        if let spelled = spelledYear(at: start), spelled.unambiguous { return (spelled.year, spelled.end) }
        if twoDigits, start == index, let short = number(at: start), tokens[start].digitCount == 2, short > 31 {
            return (1900 + short, start + 1)
        }
        return nil
    }

    /// The parts of a calendar date at `index`: an optional determiner and weekday, then day and
    /// month in either order, then an optional year and relation ("le samedi 5 juin", "May 23,
    /// 2024", "le 6 mai dernier", "juin prochain", "next March").
    func calendarParts(at index: Int) -> CalendarParts? {
        var start = skipDeterminer(at: index)
        var relation = TimeResolver.Relation.unmarked
        // "el pasado 15 de marzo", "ce 15 mars".
        if let before = relationBefore(at: index), dayOfMonth(at: before.end) != nil {
            relation = before.relation
            start = before.end
        }
        if let weekday = word(.weekday, at: start) {
            start = weekday.end
            if isSymbol(",", at: start) { start += 1 }
        } else if let before = relationBefore(at: index), let month = month(at: before.end, abbreviationsToo: false) {
            return CalendarParts(end: month.end, year: nil, month: month.month, day: nil, relation: before.relation)
        }
        var parts: CalendarParts?
        // "le mois de juin", "the month of June".
        if let unit = unitWord(at: start), unit.unit == "M", !unit.plural, let of = word(.of, at: unit.end), month(at: of.end, abbreviationsToo: false) != nil {
            start = of.end
        }
        if let day = dayOfMonth(at: start) {
            var after = day.end
            if let of = word(.of, at: after) { after = of.end }
            if let month = month(at: after, abbreviationsToo: true) {
                parts = CalendarParts(end: month.end, year: nil, month: month.month, day: day.day, relation: relation)
            }
        } else if let month = month(at: start, abbreviationsToo: true) {
            // Not the hour of "May 10:30"; "Thursday, April 6:" ends a line.
            if let day = dayOfMonth(at: month.end), !(isSymbol(":", at: day.end) && isGlued(day.end) && isGlued(day.end + 1) && tokens[safe: day.end + 1]?.kind == .number) {
                parts = CalendarParts(end: day.end, year: nil, month: month.month, day: day.day, relation: relation)
            } else if start == skipDeterminer(at: index) || word(.month, at: start) != nil {
                parts = CalendarParts(end: month.end, year: nil, month: month.month, day: nil, relation: relation)
            }
            // A month abbreviation alone is too often another word ("mar", "sept").
            if parts?.day == nil, word(.month, at: start) == nil, yearAfter(at: month.end, twoDigits: false) == nil { return nil }
        }
        guard var found = parts else { return nil }
        if let year = yearAfter(at: found.end, twoDigits: found.day == nil) {
            found.year = year.year
            found.end = year.end
        } else if let after = relationAfter(at: found.end) {
            relation = after.relation
            found.relation = relation
            found.end = after.end
        } else if let year = relativeYear(at: found.end) {
            // "January this year", "June last year".
            found.year = year.year
            found.end = year.end
        } else if let of = word(.of, at: found.end), let year = relativeYear(at: of.end) {
            // "October of next year", "octubre del año que viene": two expressions, the year
            // the month's.
            found.year = year.year
        }
        return found
    }

    /// A year named relative to the document's ("last year", "l'an dernier") at `index`.
    func relativeYear(at index: Int) -> (year: Int, end: Int)? {
        guard resolver.anchor != nil, let relative = relativeUnit(at: index), relative.value.utf8.count == 4, let year = Int(relative.value) else { return nil }
        return (year, relative.end)
    }

    func calendarDate(at index: Int) -> TimeFind? {
        guard let parts = calendarParts(at: index) else { return nil }
        let tense = parts.relation == .next ? .future : parts.relation == .last ? .past : self.tense(at: index)
        if let day = parts.day {
            guard let value = resolver.day(year: parts.year, month: parts.month, day: day, tense: tense) else { return nil }
            // "mardi 14 mars au soir".
            if let part = word(.period, at: parts.end) {
                return TimeFind(start: index, end: part.end, kind: .time, value: value + "T" + part.word.value)
            }
            return TimeFind(start: index, end: parts.end, kind: .date, value: value)
        }
        let value = resolver.month(parts.month, year: parts.year, relation: parts.relation, tense: tense)
        return TimeFind(start: index, end: parts.end, kind: .date, value: value)
    }

    /// The first day of a range, which takes its month from the second: "3" in "du 3 au 5 mai".
    func dayRangeStart(at index: Int) -> TimeFind? {
        guard let first = dayOfMonth(at: index) else { return nil }
        var next = first.end
        if let symbol = tokens[safe: next], symbol.kind == .symbol, ["-", "/"].contains(symbol.folded) {
            next += 1
        } else if let link = word(.prep, at: next) {
            next = link.end
        } else {
            return nil
        }
        guard let second = calendarParts(at: next), second.day != nil,
            let value = resolver.day(year: second.year, month: second.month, day: first.day, tense: tense(at: index))
        else { return nil }
        return TimeFind(start: index, end: first.end, kind: .date, value: value, resume: next)
    }

    /// A year: "2023" after a preposition ("en 2023"), before punctuation, in a range, or named
    /// as a year ("l'année 2001", "el 2009"); not a count ("2023 salariés").
    func yearExpression(at index: Int) -> TimeFind? {
        var start = skipDeterminer(at: index)
        var named = start > index
        if let unit = unitWord(at: start), unit.unit == "Y", !unit.plural {
            start = unit.end
            named = true
        }
        let found: (year: Int, end: Int)
        if let year = year(at: start) {
            guard named || acceptsBareYear(at: start) else { return nil }
            found = (year, start + 1)
        } else if let spelled = spelledYear(at: start), named || spelled.unambiguous || wordEnds(.prep, before: start) {
            found = (spelled.year, spelled.end)
        } else if let short = shortYear(at: start) {
            found = short
        } else {
            return nil
        }
        let find = TimeFind(start: index, end: found.end, kind: .date, value: CalendarDay.year(found.year))
        return word(.unit, at: skipDeterminer(at: index)) == nil ? withoutNounDeterminer(find) : find
    }

    /// A year in words: "nineteen ninety-six" (which is nothing else), "two thousand" (which
    /// may be a count).
    func spelledYear(at index: Int) -> (year: Int, end: Int, unambiguous: Bool)? {
        guard let century = word(.number, at: index), let hundreds = century.word.integer else { return nil }
        if (11...20).contains(hundreds), let rest = count(at: century.end), let value = Int(rest.quantity), (10...99).contains(value) {
            return (hundreds * 100 + value, rest.end, true)
        }
        guard (1...2).contains(hundreds), let thousand = word(.number, at: century.end), thousand.word.integer == 1000 else { return nil }
        if let rest = count(at: thousand.end), let value = Int(rest.quantity), (1...99).contains(value), word(.unit, at: rest.end) == nil {
            return (hundreds * 1000 + value, rest.end, false)
        }
        return (hundreds * 1000, thousand.end, false)
    }

    /// A year in two digits after a preposition, before punctuation: "en 97 (", "in '98.".
    private func shortYear(at index: Int) -> (year: Int, end: Int)? {
        // Not "the age of 56", nor a list or range going on ("los 70 y 80").
        guard wordEnds(.prep, before: index), !wordEnds(.of, before: index), index < 2 || tokens[index - 2].kind != .number else { return nil }
        let at = isSymbol("'", at: index) ? index + 1 : index
        guard let value = number(at: at), tokens[at].digitCount == 2, value > 31, let next = tokens[safe: at + 1], next.kind == .symbol,
            [".", ",", ";", ")", "("].contains(next.folded)
        else { return nil }
        return (1900 + value, at + 1)
    }

    private func acceptsBareYear(at index: Int) -> Bool {
        // An early "year" before a plain word is a count ("1080 pixels", "1200 workers").
        if let value = tokens[index].number, value < 1900, let next = tokens[safe: index + 1], next.kind == .word, phrases[index + 1].isEmpty {
            return false
        }
        if wordEnds(.prep, before: index) || wordEnds(.of, before: index) { return true }
        // "a 1996 law": an article before a year makes it qualify the noun after it.
        if index > 0, tokens[index].number.map({ $0 >= 1900 }) == true,
            phrases[index - 1].contains(where: { $0.word.kind == .number && $0.word.value == "1" && $0.end == index }) {
            return true
        }
        // "in both 1990 and 1991": a year in a list of years.
        if let link = word(.prep, at: index + 1), year(at: link.end) != nil { return true }
        if index >= 2, ["-", "/"].contains(tokens[index - 1].folded), year(at: index - 2) != nil { return true }
        // "the company's 1989 results".
        if index >= 2, tokens[index - 1].folded == "s", tokens[index - 2].folded == "'", isGlued(index - 1) { return true }
        guard let next = tokens[safe: index + 1], !next.lineBreakBefore else { return true }
        if next.kind == .symbol {
            return [".", ",", ";", ":", ")", "!", "?", "»", "\"", "\u{201D}", "-", "/"].contains(next.folded) && !(next.folded == "." && isGlued(index + 1) && tokens[safe: index + 2]?.kind == .number)
        }
        return word([.month, .season], at: index + 1) != nil
    }

    /// "les années 60", "the 1990s", "the '80s", "die 90er Jahre", "los años 90".
    func decade(at index: Int) -> TimeFind? {
        let start = skipDeterminer(at: index)
        func value(_ number: Int, digits: Int) -> String? {
            guard number % 10 == 0 else { return nil }
            if digits == 4 { return String(number / 10) }
            guard digits == 2 else { return nil }
            return number == 0 ? "200" : "19\(number / 10)"
        }
        // Before the number: "années 60", "anni '90".
        if let word = word(.decade, at: start), tokens[start].folded != "er" {
            var at = word.end
            if isSymbol("'", at: at) { at += 1 }
            if let number = number(at: at), let decade = value(number, digits: tokens[at].digitCount) {
                return TimeFind(start: index, end: at + 1, kind: .date, value: decade)
            }
        }
        var at = start
        if isSymbol("'", at: at) { at += 1 }
        guard let number = number(at: at), let decade = value(number, digits: tokens[at].digitCount) else { return nil }
        // After the number: "90er Jahre", "1990s".
        if isGlued(at + 1), let after = word(.decade, at: at + 1) {
            return TimeFind(start: index, end: after.end, kind: .date, value: decade)
        }
        if isGlued(at + 1), tokens[safe: at + 1]?.folded == "s" {
            return TimeFind(start: index, end: at + 2, kind: .date, value: decade)
        }
        return nil
    }

    /// "le XXe siècle", "the 20th century", "el siglo XXI".
    func century(at index: Int) -> TimeFind? {
        let start = skipDeterminer(at: index)
        if let ordinal = centuryNumber(at: start), let unit = unitWord(at: ordinal.end), unit.unit == "CE", !unit.plural {
            return TimeFind(start: index, end: unit.end, kind: .date, value: CalendarDay.two(ordinal.number - 1))
        }
        if let unit = unitWord(at: start), unit.unit == "CE", !unit.plural, let ordinal = centuryNumber(at: unit.end) {
            return TimeFind(start: index, end: ordinal.end, kind: .date, value: CalendarDay.two(ordinal.number - 1))
        }
        return nil
    }

    private func centuryNumber(at index: Int) -> (number: Int, end: Int)? {
        guard let token = tokens[safe: index] else { return nil }
        if let number = number(at: index), tokens[index].digitCount <= 2, let mark = tokens[safe: index + 1], isGlued(index + 1),
            ["e", "eme", "th", "st", "nd", "rd", "er", "o"].contains(mark.folded) {
            return (number, index + 2)
        }
        guard token.kind == .word, token.capitalized || token.folded.allSatisfy({ "ivxlc".contains($0) }) else { return nil }
        var letters = Substring(token.folded)
        for suffix in ["eme", "e", "er"] where letters.hasSuffix(suffix) && letters.count > suffix.count {
            letters = letters.dropLast(suffix.count)
            break
        }
        guard let number = RomanNumeral.value(of: letters), (1...30).contains(number) else { return nil }
        return (number, index + 1)
    }

    /// "l'été", "l'été prochain", "summer 2023", "last winter".
    func season(at index: Int) -> TimeFind? {
        guard let (season, relation, framedEnd) = framed(.season, at: index) else { return nil }
        // A determiner or a relation before the season word.
        let framedBefore = word(.season, at: index) == nil
        var end = framedEnd
        var year: Int?
        // "fall 2023", "the fall of 2023", but not "will fall by 2030".
        if end == season.end, let found = yearAfter(at: end, twoDigits: false), !season.word.value.hasSuffix("?") || word(.prep, at: end) == nil || word(.of, at: end) != nil {
            year = found.year
            end = found.end
        }
        // A season word alone needs a preposition before it, and no auxiliary: "été" is also a
        // participle. A word marked "?" is also a verb: it needs a relation or a year ("last fall").
        let ambiguous = season.word.value.hasSuffix("?")
        guard relation != .unmarked || year != nil || !ambiguous && (framedBefore || end > season.end || wordEnds(.prep, before: index) && !followsTenseCue(index))
        else { return nil }
        let name = String(season.word.value.prefix(2))
        // "en été", "in winter": any year's season, as habits are told ("la demande augmente en été").
        if relation == .unmarked, year == nil, !framedBefore, wordEnds(.habitual, before: index) {
            return TimeFind(start: index, end: end, kind: .date, value: "XXXX-" + name)
        }
        let value = resolver.season(name, year: year, relation: relation, tense: tense(at: index))
        return TimeFind(start: index, end: end, kind: .date, value: value)
    }

    /// A fuzzy part of a period: "mi-octobre" (MID), "fin février" (END), "early 1990" (START),
    /// "la fin de l'année", "a principios de año", "Anfang März".
    func fuzzyExpression(at index: Int) -> TimeFind? {
        guard let fuzzy = word(.fuzzy, at: index), let modifier = TimeExpression.Modifier(rawValue: fuzzy.word.value) else { return nil }
        var starts = [fuzzy.end]
        if isSymbol("-", at: fuzzy.end) { starts.append(fuzzy.end + 1) }
        for start in starts { if let of = word(.of, at: start) { starts.append(of.end) } }
        var best: TimeFind?
        for start in starts {
            for core in fuzzyCores(at: start) where core.end > best?.end ?? 0 { best = core }
        }
        guard var found = best else { return nil }
        found.start = index
        found.modifier = modifier
        return found
    }

    private func fuzzyCores(at index: Int) -> [TimeFind] {
        var cores = [
            calendarDate(at: index), decade(at: index), century(at: index), season(at: index), relativeUnit(at: index),
            weekdayExpression(at: index), relativeDay(at: index),
        ]
            .compactMap { $0 }
        if let year = year(at: index) { cores.append(TimeFind(start: index, end: index + 1, kind: .date, value: CalendarDay.year(year))) }
        // "fin de l'année", "début du mois": the unit alone is the current one.
        let start = skipDeterminer(at: index)
        if let unit = unitWord(at: start), !unit.plural, ["Y", "M", "W", "Q", "DE", "CE"].contains(unit.unit), let value = resolver.shifted(unit: unit.unit, by: 0) {
            cores.append(TimeFind(start: index, end: unit.end, kind: .date, value: value))
        }
        return cores
    }
}
