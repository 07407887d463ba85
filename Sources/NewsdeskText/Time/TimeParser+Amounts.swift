/// Amounts of time and times of day: durations ("deux jours", "the past two months",
/// "27-year"), sets ("chaque lundi", "daily", "par an"), clock times ("18 h 30", "8 a.m."),
/// and vague references ("maintenant", "recently").
extension TimeParser {
    /// A count at `index`: digits ("3", "30,4"), number words ("deux", "twenty-five"), or a vague
    /// one ("plusieurs": "X"). The quantity is written as TIMEX3 writes it.
    func count(at index: Int) -> (quantity: String, end: Int)? {
        if let whole = tokens[safe: index]?.number, !(index >= 1 && isGlued(index) && [",", "."].contains(tokens[index - 1].folded)) {
            // A decimal count: "30,4 secondes", "1.5 hours".
            if let separator = tokens[safe: index + 1], [",", "."].contains(separator.folded), isGlued(index + 1), isGlued(index + 2),
                let fraction = tokens[safe: index + 2], fraction.kind == .number, !isSymbol("%", at: index + 3) {
                return ("\(whole).\(fraction.folded)", index + 3)
            }
            if number(at: index) != nil { return (String(whole), index + 1) }
        }
        guard let first = word(.number, at: index) else { return nil }
        if first.word.value == "X" { return ("X", first.end) }
        guard let value = Double(first.word.value) else { return nil }
        // "twenty-five", "vingt-cinq", "twenty five".
        var end = first.end
        var total = value
        let link = isSymbol("-", at: end) ? end + 1 : end
        if value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, let unit = word(.number, at: link), let ones = unit.word.integer, (1...9).contains(ones) {
            total += Double(ones)
            end = unit.end
        }
        return (Self.quantity(total), end)
    }

    static func quantity(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The TIMEX3 duration of `quantity` units: "P2D", "PT30M", "P10Y" for a decade, "PXY";
    /// a unit of several ("5Y", a "quinquennat") multiplies.
    static func durationValue(quantity: String, unit: String) -> String {
        let amount = Double(quantity)
        if let (size, letter) = multiple(unit) {
            return "P\(amount.map { Self.quantity($0 * Double(size)) } ?? quantity)\(letter)"
        }
        switch unit {
        case "H", "MIN", "S":
            return "PT\(quantity)\(unit == "MIN" ? "M" : unit)"
        case "DE", "CE":
            guard let amount else { return "P\(quantity)\(unit)" }
            return "P\(Self.quantity(amount * (unit == "DE" ? 10 : 100)))Y"
        case "Q":
            guard let amount else { return "P\(quantity)Q" }
            return "P\(Self.quantity(amount * 3))M"
        default:
            if let amount, amount == 0.5 {
                switch unit {
                case "Y": return "P6M"
                case "D": return "PT12H"
                default: break
                }
            }
            return "P\(quantity)\(unit)"
        }
    }

    /// The size and TIMEX3 letter of a unit of several ("5Y": five years), or nil for a unit of one.
    static func multiple(_ unit: String) -> (size: Int, letter: String)? {
        let digits = unit.prefix { $0.isNumber }
        guard let size = Int(digits), digits.count < unit.count else { return nil }
        return (size, String(unit.dropFirst(digits.count)))
    }

    /// "deux jours", "environ une heure", "plus de vingt ans", "the past two months",
    /// "ces derniers jours", "27-year", "the first nine months".
    func duration(at index: Int) -> TimeFind? {
        var start = index
        var modifier: TimeExpression.Modifier?
        if let approx = word(.approx, at: start) {
            modifier = .approx
            start = approx.end
        } else if let bound = word([.more, .less], at: start), count(at: bound.end) != nil {
            // "over 20 years", but "over the past 20 years" is a preposition and a duration.
            start = bound.end
        }
        var span: TimeWordMatch?
        if let last = word([.last, .next], at: start), last.word.value == "pre" {
            span = last
            start = last.end
        }
        let afterDeterminer = skipDeterminer(at: start)
        var countStart = afterDeterminer
        if let ordinal = word(.ordinal, at: countStart), count(at: ordinal.end) != nil { countStart = ordinal.end }
        if let count = count(at: countStart) {
            var unitStart = count.end
            // "two more weeks".
            if let more = word(.more, at: unitStart), more.end == unitStart + 1, unitWord(at: more.end) != nil { unitStart = more.end }
            // "les dix dernières années", "the three coming days".
            // Not "300,000 last year": the unit must be plural, or have no plural form ("mois").
            if let between = word([.last, .next], at: unitStart), let unit = unitWord(at: between.end), unit.plural || !hasPluralForm(unit.unit) {
                unitStart = between.end
            }
            let hyphenated = isSymbol("-", at: unitStart) && isGlued(unitStart)
            if hyphenated { unitStart += 1 }
            // "6-year" qualifies a noun and is singular; "three-quarters" is a fraction; "a
            // second-term president" goes on past the unit.
            // "the 1988 quarter" is a year's quarter, not 1988 of them; "a second round", "une
            // seconde fois" are ordinals.
            guard let unit = unitWord(at: unitStart), !(hyphenated && unit.plural), unit.plural || year(at: countStart) == nil,
                !(unit.unit == "S" && !unit.plural && tokens[safe: unit.end].map { $0.kind == .word && !$0.capitalized && phrases[unit.end].isEmpty } == true),
                !(isSymbol("-", at: unit.end) && isGlued(unit.end) && tokens[safe: unit.end + 1]?.kind == .word && word(.age, at: unit.end + 1) == nil),
                !isAge(unit: unit.unit, count: countStart, end: unit.end, bounded: start > index || unitStart > count.end + (hyphenated ? 1 : 0))
            else { return nil }
            // "the 6-year term": the determiner belongs to the noun the duration qualifies.
            let spanStart = hyphenated && index == start && afterDeterminer > start ? afterDeterminer : index
            return TimeFind(start: spanStart, end: unit.end, kind: .duration, value: Self.durationValue(quantity: count.quantity, unit: unit.unit), modifier: modifier)
        }
        start = afterDeterminer
        // "for years", "over decades".
        if span == nil, start == index, let unit = unitWord(at: start), unit.plural, ["Y", "M", "W", "DE"].contains(unit.unit), wordEnds(.prep, before: start),
            !isGlued(start) {
            return TimeFind(start: index, end: unit.end, kind: .duration, value: Self.durationValue(quantity: "X", unit: unit.unit))
        }
        // "quinquennat", "a fortnight": a unit of several is an amount of time by itself.
        if span == nil, start == index, let unit = unitWord(at: start), !unit.plural, let (size, letter) = Self.multiple(unit.unit) {
            return TimeFind(start: index, end: unit.end, kind: .duration, value: "P\(size)\(letter)")
        }
        if span != nil, let unit = unitWord(at: start), unit.plural {
            return TimeFind(start: index, end: unit.end, kind: .duration, value: Self.durationValue(quantity: "X", unit: unit.unit), modifier: modifier)
        }
        return nil
    }

    /// "8" in "de 8 à 24 mois", "two" in "two to six days", "60" in "60 and 90 days": the first
    /// amount of a range or list is a duration in the unit of the second, as TimeML
    /// annotates the two ends apart (not the "2" of "les enfants de 2 à 8 ans", an age).
    func durationRangeStart(at index: Int) -> TimeFind? {
        // Not within "the next 12 to 18 months"; not "two and a half years".
        guard let first = count(at: index), let link = word(.prep, at: first.end), !wordEnds(.last, before: index), !wordEnds(.next, before: index),
            let second = count(at: link.end), let low = Double(first.quantity), let high = Double(second.quantity), high > low,
            let unit = unitWord(at: second.end),
            let end = duration(at: link.end), end.start == link.end, end.end == unit.end, longestFind(at: link.end)?.kind == .duration
        else { return nil }
        return TimeFind(start: index, end: first.end, kind: .duration, value: Self.durationValue(quantity: first.quantity, unit: unit.unit))
    }

    /// Whether the language writes `unit` ("Y") differently in the plural ("years").
    private func hasPluralForm(_ unit: String) -> Bool {
        lexicon.phrases.values.contains { $0.contains { $0.kind == .unit && $0.value == unit + "*" } }
    }

    /// Whether a number of years is someone's age: "Jean, 87 ans,", "âgé de 54 ans", "a
    /// 37-year-old", "de 15 ans" after a noun, "les 18-25 ans". `bounded` is true after "plus
    /// de", "environ".
    private func isAge(unit: String, count: Int, end: Int, bounded: Bool) -> Bool {
        guard unit == "Y", !bounded else { return false }
        if let after = word(.age, at: isSymbol("-", at: end) ? end + 1 : end), after.end > end { return true }
        guard count > 0 else { return false }
        // "une peine de 2 ans de prison": a length of something.
        if word(.of, at: end) != nil { return false }
        // An age group: "les 18-25 ans", "les enfants de 2 à 8 ans" (judged by its first number).
        if count >= 2, tokens[count - 2].kind == .number, isSymbol("-", at: count - 1) || word(.prep, at: count - 1)?.end == count {
            let first = count - 2
            if isSymbol("-", at: count - 1), first >= 1, word(.det, at: first - 1) != nil { return true }
            return isAge(unit: unit, count: first, end: end, bounded: bounded)
        }
        // "Jean, 87 ans, a été" (an apposition), not "Graz, six ans après".
        let before = tokens[count - 1]
        let closed = tokens[safe: end].map { [",", ")", ".", ";"].contains($0.folded) } ?? true
        if before.isSymbol(",") || before.isSymbol("(") { return closed }
        // "un Britannique de 15 ans", "Juan Pérez, de 55 años".
        if word(.of, at: count - 1) != nil, count >= 2,
            word(.age, at: count - 2) != nil || tokens[count - 2].isSymbol(",") && closed
                || tokens[count - 2].kind == .word && word(.unit, at: count - 2) == nil && !isTimeWord(at: count - 2) {
            return true
        }
        return false
    }

    /// Whether token `index` holds a word of the time grammar other than a connector.
    private func isTimeWord(at index: Int) -> Bool {
        phrases[index].contains { ![.of, .prep, .det, .number].contains($0.word.kind) }
    }

    /// "chaque lundi", "tous les ans", "every two weeks", "daily", "an" in "par an".
    func setExpression(at index: Int) -> TimeFind? {
        if let word = word(.setword, at: index) {
            return TimeFind(start: index, end: word.end, kind: .set, value: word.word.value)
        }
        guard let every = word(.every, at: index) else { return nil }
        let perUnit = every.word.value == "per"
        var start = every.end
        var quantity = "1"
        if !perUnit, let count = count(at: start) {
            quantity = count.quantity
            start = count.end
        }
        let spanStart = perUnit ? every.end : index
        // Not "al año anterior", the year before.
        if let unit = unitWord(at: start), !(perUnit && (unit.plural || relationAfter(at: unit.end) != nil)) {
            return TimeFind(start: spanStart, end: unit.end, kind: .set, value: Self.durationValue(quantity: quantity, unit: unit.unit))
        }
        guard !perUnit else { return nil }
        if let weekday = weekdayName(at: start) {
            return TimeFind(start: index, end: weekday.end, kind: .set, value: "XXXX-WXX-\(weekday.number)")
        }
        if let part = word(.period, at: start) {
            return TimeFind(start: index, end: part.end, kind: .set, value: "XXXX-XX-XXT\(part.word.value)")
        }
        // "each July", "chaque printemps".
        if let month = month(at: start, abbreviationsToo: false) {
            return TimeFind(start: index, end: month.end, kind: .set, value: "XXXX-\(CalendarDay.two(month.month))")
        }
        if let season = word(.season, at: start), !season.word.value.hasSuffix("?") {
            return TimeFind(start: index, end: season.end, kind: .set, value: "XXXX-\(season.word.value.prefix(2))")
        }
        return nil
    }

    /// A weekday name, singular or plural ("jeudis", "Mondays"), and the index after it.
    private func weekdayName(at index: Int) -> (number: Int, end: Int)? {
        if let weekday = word(.weekday, at: index), let number = weekday.word.integer { return (number, weekday.end) }
        guard let token = tokens[safe: index], token.kind == .word, token.folded.hasSuffix("s") else { return nil }
        let singular = String(token.folded.dropLast())
        guard let number = lexicon.phrases[singular]?.first(where: { $0.kind == .weekday })?.integer else { return nil }
        return (number, index + 1)
    }

    /// "18 h", "19 h 30", "18h30", "18:00 UTC", "8 a.m.", "20 Uhr", "à 18 heures", "midi", and
    /// the day it is on.
    func clockTime(at index: Int) -> TimeFind? {
        guard let (clock, end) = clock(at: index) else { return nil }
        return timeOnDay(start: index, end: end, clock: clock)
    }

    /// A time of day at `index`: its TIMEX3 form ("T18:30") and the index after it.
    private func clock(at index: Int) -> (clock: String, end: Int)? {
        // Not the "midi" of "après-midi".
        let noonAt = skipDeterminer(at: index)
        if let noon = word(.noon, at: noonAt), let hour = noon.word.integer, !(isSymbol("-", at: noonAt - 1) && isGlued(noonAt)) {
            return ("T\(CalendarDay.two(hour)):00", noon.end)
        }
        // "las 18:00 UTC": a determiner may lead.
        let at = skipDeterminer(at: index)
        guard let hour = tokens[safe: at]?.number, tokens[at].digitCount <= 2, hour <= 24 else { return nil }
        var minute = 0
        var end: Int
        let separator = tokens[safe: at + 1]?.folded
        // Italian "alle 18", "alle 18.30": a word that only comes before an hour.
        let afterHourWord = at == index && wordEnds(.clock, before: index)
        // "18:00", and "10.30" before a clock word ("a las 10.30 horas", "um 20.15 Uhr").
        if separator == ":" || separator == "." && (word(.clock, at: at + 3) != nil || afterHourWord), isGlued(at + 1), isGlued(at + 2),
            let minutes = tokens[safe: at + 2]?.number, tokens[at + 2].digitCount == 2, minutes < 60 {
            minute = minutes
            end = at + 3
            if isSymbol(":", at: end), isGlued(end), tokens[safe: end + 1]?.digitCount == 2 { end += 2 }
            if separator == ".", let clock = word(.clock, at: end) { end = clock.end }
        } else if number(at: at) != nil, let clock = word(.clock, at: at + 1), clock.word.value != "before" {
            // "heures" after a count is a duration unless a preposition asks for a time ("à 18 heures").
            let word = tokens[at + 1].folded
            guard word.count <= 3 || unitWord(at: at + 1) == nil || wordEnds(.prep, before: index) else { return nil }
            end = clock.end
            if let minutes = number(at: end), tokens[end].digitCount == 2, minutes < 60 {
                minute = minutes
                end += 1
            }
        } else if number(at: at) != nil, self.word(.meridiem, at: at + 1) != nil {
            end = at + 1
        } else if afterHourWord, number(at: at) != nil, word([.unit, .month, .monthabbr], at: at + 1) == nil,
            // "alle 18, …", "alle 18 in piazza", but not "alle 18 persone".
            tokens[safe: at + 1].map({ $0.kind != .word || $0.capitalized || !phrases[at + 1].isEmpty }) ?? true {
            end = at + 1
        } else {
            return nil
        }
        var hour24 = hour
        if let meridiem = word(.meridiem, at: end) {
            if meridiem.word.value == "PM", hour < 12 { hour24 += 12 }
            if meridiem.word.value == "AM", hour == 12 { hour24 = 0 }
            end = meridiem.end
        }
        var zoneMark = ""
        if let zone = word(.zone, at: end) {
            end = zone.end
            if zone.word.value == "Z" { zoneMark = "Z" }
        }
        return ("T\(CalendarDay.two(hour24)):\(CalendarDay.two(minute))\(zoneMark)", end)
    }

    /// A time of day and the day it is on: the day named right after it ("10 p.m. Wednesday",
    /// "5 p.m. EST, Nov. 6", "noon Thursday"), else the day named after the time that ends its
    /// range ("entre 0 h 30 et 4 h mardi"), else the last day named before it in its paragraph,
    /// else the document's day.
    private func timeOnDay(start: Int, end: Int, clock: String) -> TimeFind? {
        if let day = dayNamed(after: end) {
            return withoutNounDeterminer(TimeFind(start: start, end: day.end, kind: .time, value: day.value + clock))
        }
        if let link = word(.prep, at: end), let rangeEnd = self.clock(at: link.end), let day = dayNamed(after: rangeEnd.end) {
            return withoutNounDeterminer(TimeFind(start: start, end: end, kind: .time, value: day.value + clock))
        }
        return withoutNounDeterminer(TimeFind(start: start, end: end, kind: .time, value: dayBefore(start) + clock))
    }

    /// A day named right after a time of day that ends at `index`, after a comma or a preposition.
    private func dayNamed(after index: Int) -> TimeFind? {
        let dayStart = isSymbol(",", at: index) ? index + 1 : (word(.prep, at: index)?.end ?? index)
        return [weekdayExpression(at: dayStart), calendarDate(at: dayStart), relativeDay(at: dayStart)].compactMap({ $0 }).first.flatMap { $0.value.count == 10 ? $0 : nil }
    }

    /// The day a clock time at `index` is on: the last day named before it in its paragraph
    /// ("samedi, … à 15 h", "Le même jour, … à 14 h 15"), else the document's day.
    private func dayBefore(_ index: Int) -> String {
        var start = index
        while start > 0, index - start < 200, !tokens[start].lineBreakBefore { start -= 1 }
        let named = found.last { $0.start >= start && $0.end <= index && Self.day(of: $0) != nil }
        return named.flatMap(Self.day(of:)) ?? resolver.today
    }

    /// "maintenant", "now", "recently", "à l'avenir".
    func reference(at index: Int) -> TimeFind? {
        guard let reference = word(.ref, at: index) else { return nil }
        return TimeFind(start: index, end: reference.end, kind: .date, value: reference.word.value)
    }
}
