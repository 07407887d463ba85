import NewsdeskCore

/// Normalises the date strings pages carry to the article contract's ISO 8601 forms:
/// `2024-05-23T18:00:00+02:00` when a time and a zone are known (the page's own offset kept, "Z"
/// when it says UTC), `2024-05-23` when only a date is. No Foundation: a small hand scanner.
///
/// Dates are publication dates: only years from 1970 to 2100 are plausible, and not the epoch's
/// first day, a placeholder (see `isoDate`).
/// Month names are read in the languages of `MonthNames`, zone abbreviations as
/// `ZoneAbbreviations` knows them; calendar arithmetic is `CivilCalendar`'s.
public enum DateNormalizer {
    /// The ISO 8601 date or date-time `text` gives, with the page's offset, or nil when it holds
    /// no plausible date. Reads ISO forms ("2024-05-23T18:00:00+02:00", "20240523", "2024/05/23"),
    /// Unix times in seconds or milliseconds, numeric dates ("23.05.2024", "23/05/2024", read day
    /// first unless the day is over 12) and dates with a month name anywhere in a short text
    /// ("Publié le 23 mai 2024 à 18h", "May 23, 2024", "23 de mayo de 2024",
    /// "Thu, 23 May 2024 18:00:00 GMT").
    @inlinable
    public static func normalize(_ text: String) -> String? {
        // Every form has a number: most texts asked about have none and stop here, in the
        // caller's code.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return normalize(withDigits: text)
    }

    @usableFromInline
    static func normalize(withDigits text: String) -> String? {
        let scalars = Array(TextFold.trim(text).unicodeScalars.prefix(200))
        guard !scalars.isEmpty else { return nil }
        if let value = iso(scalars) { return value }
        if let value = epoch(scalars) { return value }
        if let value = textual(scalars) { return value }
        return nil
    }

    /// A day-first date with a two-digit year, "31.10.23" (2023-10-31; years up to 50 are in
    /// this century), in a short text. Only for places where a date is expected, such as
    /// datelines: elsewhere such numbers are often not dates.
    public static func shortYearDate(in text: String) -> String? {
        let bytes = Array(TextFold.trim(text).utf8)
        var index = 0
        while index + 8 <= bytes.count {
            let startsNumber = index == 0 || !isDigit(bytes[index - 1])
            if startsNumber, let (day, afterDay) = number1or2(bytes, index), afterDay < bytes.count, bytes[afterDay] == 0x2E,
                let (month, afterMonth) = number1or2(bytes, afterDay + 1), afterMonth < bytes.count, bytes[afterMonth] == 0x2E,
                let year = number(bytes, afterMonth + 1, 2), afterMonth + 3 == bytes.count || !isDigit(bytes[afterMonth + 3]),
                let date = isoDate(year <= 50 ? 2000 + year : 1900 + year, month, day)
            {
                return date
            }
            index += 1
        }
        return nil
    }

    /// The date in a URL's path: /2024/05/23/, /2024-05-23, /20240523/, /23-05-2024-title.
    public static func date(inURL url: String) -> String? {
        let bytes = Array(url.utf8)
        var index = 0
        while index + 8 <= bytes.count {
            guard bytes[index] == 0x2F else {
                index += 1
                continue
            }
            let start = index + 1
            if let year = number(bytes, start, 4), (1990...2100).contains(year) {
                var position = start + 4
                if position < bytes.count, bytes[position] == 0x2F || bytes[position] == 0x2D || bytes[position] == 0x5F {
                    let separator = bytes[position]
                    position += 1
                    if let (month, afterMonth) = number1or2(bytes, position), afterMonth < bytes.count, bytes[afterMonth] == separator,
                        let (day, afterDay) = number1or2(bytes, afterMonth + 1),
                        afterDay == bytes.count || !isDigit(bytes[afterDay]),
                        let date = isoDate(year, month, day)
                    {
                        return date
                    }
                } else if let month = number(bytes, position, 2), let day = number(bytes, position + 2, 2),
                    position + 4 == bytes.count || !isDigit(bytes[position + 4]), let date = isoDate(year, month, day)
                {
                    return date
                }
            } else if let date = dayFirstSlug(bytes, at: start) {
                return date
            }
            index += 1
        }
        return nil
    }

    /// A day-first date opening a path segment, as some CMSs write slugs: /23-01-2022-title.
    private static func dayFirstSlug(_ bytes: [UInt8], at start: Int) -> String? {
        guard let (day, afterDay) = number1or2(bytes, start), afterDay < bytes.count, bytes[afterDay] == 0x2D,
            let (month, afterMonth) = number1or2(bytes, afterDay + 1), afterMonth < bytes.count, bytes[afterMonth] == 0x2D,
            let year = number(bytes, afterMonth + 1, 4), afterMonth + 5 == bytes.count || !isDigit(bytes[afterMonth + 5])
        else { return nil }
        return isoDate(year, month, day)
    }

    /// The month-first reading of a numeric date that also reads day-first ("11/01/2023":
    /// 2023-11-01 where `normalize` says 2023-01-11), or nil when the text is not that ambiguous.
    public static func monthFirstReading(of text: String) -> String? {
        let bytes = Array(TextFold.trim(text).utf8.prefix(40))
        guard let (first, afterFirst) = number1or2(bytes, 0), afterFirst < bytes.count else { return nil }
        let separator = bytes[afterFirst]
        guard separator == 0x2F || separator == 0x2E || separator == 0x2D,
            let (second, afterSecond) = number1or2(bytes, afterFirst + 1), afterSecond < bytes.count, bytes[afterSecond] == separator,
            let year = number(bytes, afterSecond + 1, 4), afterSecond + 5 == bytes.count || !isDigit(bytes[afterSecond + 5]),
            first != second, first <= 12, second <= 12
        else { return nil }
        return isoDate(year, first, second)
    }

    /// Days since 1970-01-01 of the calendar day an ISO date or date-time names (its first ten
    /// characters, "2024-05-23"; a time and an offset after them are not read), or nil when
    /// they are not three numbers.
    public static func dayNumber(ofISODate iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    // MARK: - Forms

    /// 2024-05-23, 2024-05-23T18:00:00+02:00, 2024-05-23 18:00, 20240523T180000Z, 2024/05/23.
    private static func iso(_ s: [Unicode.Scalar]) -> String? {
        var scanner = Scanner(s)
        guard let year = scanner.digits(exactly: 4), (1970...2100).contains(year) else { return nil }
        let separator = scanner.peek
        var month: Int
        var day: Int
        if separator == "-" || separator == "/" || separator == "." {
            scanner.advance()
            guard let m = scanner.digits(upTo: 2), scanner.eat(separator!), let d = scanner.digits(upTo: 2) else { return nil }
            month = m
            day = d
        } else {
            guard let m = scanner.digits(exactly: 2), let d = scanner.digits(exactly: 2) else { return nil }
            month = m
            day = d
        }
        guard let date = isoDate(year, month, day) else { return nil }
        // Time?
        guard scanner.eat("T") || scanner.eat("t") || scanner.eat(" ") else {
            return scanner.atEnd || !isDigitScalar(scanner.peek) ? date : nil
        }
        guard let hour = scanner.digits(exactly: 2) else { return date }
        _ = scanner.eat(":")
        guard let minute = scanner.digits(exactly: 2) else { return date }
        var second = 0
        if scanner.eat(":") || isDigitScalar(scanner.peek) {
            second = scanner.digits(exactly: 2) ?? 0
        }
        if scanner.eat(".") || scanner.eat(",") { _ = scanner.digits(upTo: 9) }
        scanner.skipSpaces()
        guard let offset = scanner.zone() else { return date }
        return stamp(year, month, day, hour, minute, second, offset) ?? date
    }

    /// Seconds or milliseconds since 1970 (10 or 13 digits).
    private static func epoch(_ s: [Unicode.Scalar]) -> String? {
        guard s.count == 10 || s.count == 13, s.allSatisfy(isDigitScalar) else { return nil }
        var value = 0
        for scalar in s { value = value * 10 + Int(scalar.value - 48) }
        if s.count == 13 { value /= 1000 }
        guard value > 631_152_000, value < 4_102_444_800 else { return nil }  // 1990 ... 2100
        let days = value / 86_400
        let rest = value % 86_400
        let (year, month, day) = CivilCalendar.date(fromDayNumber: days)
        return String(format4(year)) + "-" + two(month) + "-" + two(day) + "T" + two(rest / 3600) + ":" + two(rest % 3600 / 60) + ":"
            + two(rest % 60) + "Z"
    }

    /// "May 23, 2024", "23 May 2024", "Thu, 23 May 2024 18:00:00 GMT", "23 mai 2024",
    /// "23. Mai 2024", "23 de mayo de 2024", "23.05.2024", "23/05/2024", also inside a longer
    /// text ("Publié le 23 mai 2024 à 18h", "Posted by Ann on May 23, 2024").
    private static func textual(_ s: [Unicode.Scalar]) -> String? {
        struct Token {
            var text: String
            var number: Int?
            var digits: Int
            var start: Int
            var end: Int
        }
        var tokens: [Token] = []
        var index = 0
        while index < s.count && tokens.count < 60 {
            let scalar = s[index]
            if isDigitScalar(scalar) {
                let start = index
                var value = 0
                while index < s.count, isDigitScalar(s[index]) {
                    if index - start < 9 { value = value * 10 + Int(s[index].value - 48) }
                    index += 1
                }
                tokens.append(Token(text: "", number: value, digits: index - start, start: start, end: index))
            } else if scalar.isAlphabetic {
                let start = index
                while index < s.count, s[index].isAlphabetic { index += 1 }
                let word = TextFold.fold(String(scalars: s[start..<index]))
                tokens.append(Token(text: word, number: nil, digits: 0, start: start, end: index))
            } else {
                index += 1
            }
        }
        // Numeric dates: 23.05.2024, 23/05/2024, 2024.05.23 (separators must match), and with
        // a space after each dot as style guides write them (23. 5. 2024, "4.&thinsp;2.&thinsp;2022").
        func separated(_ end: Int, _ start: Int) -> Bool {
            start == end + 1 || s[end] == "." && s[(end + 1)..<start].allSatisfy { $0 == " " || $0 == "\u{A0}" || $0 == "\u{2009}" || $0 == "\u{202F}" }
        }
        for position in tokens.indices where position + 2 < tokens.count {
            let a = tokens[position], b = tokens[position + 1], c = tokens[position + 2]
            guard let x = a.number, let y = b.number, let z = c.number, separated(a.end, b.start), separated(b.end, c.start) else { continue }
            let first = s[a.end], second = s[b.end]
            guard first == second, first == "." || first == "/" || first == "-" else { continue }
            if a.digits == 4, b.digits <= 2, c.digits <= 2, let date = isoDate(x, y, z) { return date }
            if c.digits == 4, a.digits <= 2, b.digits <= 2 {
                var (day, month) = (x, y)
                if month > 12 && day <= 12 { swap(&day, &month) }
                if let date = isoDate(z, month, day) { return date }
            }
        }
        // Dates with a month name.
        let fillers: Set<String> = ["de", "del", "of", "the", "di", "do", "da", "le", "el", "den", "im"]
        for position in tokens.indices where tokens[position].number == nil {
            guard let month = MonthNames.number(of: tokens[position].text) else { continue }
            var day: Int?
            var before = position - 1
            if before >= 0, fillers.contains(tokens[before].text) { before -= 1 }
            if before >= 0, let value = tokens[before].number, tokens[before].digits <= 2, (1...31).contains(value) {
                day = value
            }
            var after = position + 1
            if after < tokens.count, fillers.contains(tokens[after].text) { after += 1 }
            if day == nil, after < tokens.count, let value = tokens[after].number, tokens[after].digits <= 2, (1...31).contains(value) {
                day = value
                after += 1
            }
            guard let foundDay = day else { continue }
            var year: Int?
            var probe = after
            var steps = 0
            while probe < tokens.count && steps < 3 {
                if let value = tokens[probe].number, tokens[probe].digits == 4 {
                    year = value
                    break
                }
                if tokens[probe].number != nil && !fillers.contains(tokens[probe].text) { break }
                probe += 1
                steps += 1
            }
            guard let foundYear = year, let date = isoDate(foundYear, month, foundDay) else { continue }
            // A time with a zone right after the year ("… 2024 18:00:00 GMT").
            let timeStart = tokens[probe].end
            var cursor = timeStart
            while cursor < s.count, s[cursor] == " " || s[cursor] == "," { cursor += 1 }
            if cursor < s.count, isDigitScalar(s[cursor]), let time = timeAndZone(Array(s[cursor...])) {
                return stamp(foundYear, month, foundDay, time.0, time.1, time.2, time.3) ?? date
            }
            return date
        }
        return nil
    }

    /// "18:00:00 GMT", "18:00 +0200" → hour, minute, second, offset in minutes.
    private static func timeAndZone(_ s: [Unicode.Scalar]) -> (Int, Int, Int, Int)? {
        var scanner = Scanner(s)
        guard let hour = scanner.digits(upTo: 2), scanner.eat(":"), let minute = scanner.digits(exactly: 2) else { return nil }
        var second = 0
        if scanner.eat(":") { second = scanner.digits(exactly: 2) ?? 0 }
        scanner.skipSpaces()
        guard let offset = scanner.zone() else { return nil }
        return (hour, minute, second, offset)
    }

    // MARK: - Calendar

    /// "2024-05-23" for a plausible publication date (a year from 1970 to 2100, a day of that
    /// month), else nil. 1970-01-01, the Unix epoch, is no date either: it is what a CMS prints
    /// for an empty timestamp (zero seconds), so a page carrying it has no known date.
    public static func isoDate(year: Int, month: Int, day: Int) -> String? {
        guard (1970...2100).contains(year), CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        guard (year, month, day) != (1970, 1, 1) else { return nil }
        return format4(year) + "-" + two(month) + "-" + two(day)
    }

    private static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String? {
        isoDate(year: year, month: month, day: day)
    }

    /// The date and time as the page gave them, with the page's own offset ("+02:00"), or
    /// "Z" when the page says UTC: converting would move the calendar date the publisher printed.
    private static func stamp(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int) -> String? {
        guard hour < 24, minute < 60, second < 61, let date = isoDate(year, month, day) else { return nil }
        let time = date + "T" + two(hour) + ":" + two(minute) + ":" + two(min(second, 59))
        guard offset != 0 else { return time + "Z" }
        let magnitude = abs(offset)
        return time + (offset < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func format4(_ value: Int) -> String { String(value) }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isDigitScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + length) {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }

    private static func number1or2(_ bytes: [UInt8], _ start: Int) -> (Int, Int)? {
        guard start < bytes.count, isDigit(bytes[start]) else { return nil }
        if start + 1 < bytes.count, isDigit(bytes[start + 1]) {
            if start + 2 < bytes.count, isDigit(bytes[start + 2]) { return nil }
            return (Int(bytes[start] - 0x30) * 10 + Int(bytes[start + 1] - 0x30), start + 2)
        }
        return (Int(bytes[start] - 0x30), start + 1)
    }

    /// A tiny cursor over scalars.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        mutating func advance() { index += 1 }

        mutating func eat(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() {
            while let scalar = peek, scalar == " " || scalar == "\u{A0}" { index += 1 }
        }

        mutating func digits(exactly count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let scalar = scalars[index + offset]
                guard scalar.value >= 0x30 && scalar.value <= 0x39 else { return nil }
                value = value * 10 + Int(scalar.value - 0x30)
            }
            index += count
            return value
        }

        mutating func digits(upTo count: Int) -> Int? {
            var value = 0
            var read = 0
            while read < count, let scalar = peek, scalar.value >= 0x30 && scalar.value <= 0x39 {
                value = value * 10 + Int(scalar.value - 0x30)
                index += 1
                read += 1
            }
            return read > 0 ? value : nil
        }

        /// Z, +02:00, +0200, -05, GMT, UTC, GMT+2, and common zone abbreviations; minutes east of UTC.
        mutating func zone() -> Int? {
            guard let scalar = peek else { return nil }
            if scalar == "Z" || scalar == "z" {
                index += 1
                return 0
            }
            if scalar == "+" || scalar == "-" || scalar == "\u{2212}" {
                index += 1
                let sign = scalar == "+" ? 1 : -1
                guard let hours = digits(exactly: 2) ?? digits(upTo: 1) else { return nil }
                _ = eat(":")
                let minutes = digits(exactly: 2) ?? 0
                guard hours <= 14, minutes < 60 else { return nil }
                return sign * (hours * 60 + minutes)
            }
            var letters = ""
            while let next = peek, next.isAlphabetic, letters.count < 5 {
                letters.unicodeScalars.append(next)
                index += 1
            }
            guard var offset = ZoneAbbreviations.offset(of: letters) else { return nil }
            if letters.uppercased() == "GMT" || letters.uppercased() == "UTC", let sign = peek, sign == "+" || sign == "-" {
                index += 1
                if let hours = digits(upTo: 2) {
                    _ = eat(":")
                    let minutes = digits(exactly: 2) ?? 0
                    offset = (sign == "+" ? 1 : -1) * (hours * 60 + minutes)
                }
            }
            return offset
        }
    }
}
