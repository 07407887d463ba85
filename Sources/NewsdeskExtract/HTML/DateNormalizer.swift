import NewsdeskCore

/// Normalises the date strings pages carry to the article contract's ISO 8601 forms:
/// `2024-05-23T18:00:00+02:00` when a time and a zone are known (the page's own offset kept, "Z"
/// when it says UTC), `2024-05-23` when only a date is. No Foundation: a small hand scanner.
enum DateNormalizer {
    /// ISO 8601 date or date-time with the page's offset, or nil when `text` holds no plausible date.
    static func normalize(_ text: String) -> String? {
        // Every form has a number: most texts asked about have none and stop here.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let scalars = Array(TextFold.trim(text).unicodeScalars.prefix(200))
        guard !scalars.isEmpty else { return nil }
        if let value = iso(scalars) { return value }
        if let value = epoch(scalars) { return value }
        if let value = textual(scalars) { return value }
        return nil
    }

    /// A day-first date with a two-digit year, "31.10.23" (2023-10-31), standing alone in a
    /// short text: only datelines use it, since elsewhere such numbers are often not dates.
    static func shortYear(_ text: String) -> String? {
        let bytes = Array(TextFold.trim(text).utf8)
        var index = 0
        while index + 8 <= bytes.count {
            let startsNumber = index == 0 || !isDigit(bytes[index - 1])
            if startsNumber, let (day, afterDay) = number1or2(bytes, index), afterDay < bytes.count, bytes[afterDay] == 0x2E,
                let (month, afterMonth) = number1or2(bytes, afterDay + 1), afterMonth < bytes.count, bytes[afterMonth] == 0x2E,
                let year = number(bytes, afterMonth + 1, 2), afterMonth + 3 == bytes.count || !isDigit(bytes[afterMonth + 3]),
                let date = format(year <= 50 ? 2000 + year : 1900 + year, month, day)
            {
                return date
            }
            index += 1
        }
        return nil
    }

    /// A date in a URL path: /2024/05/23/, /2024-05-23, /20240523/, /23-05-2024-title.
    static func fromURL(_ url: String) -> String? {
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
                        let date = format(year, month, day)
                    {
                        return date
                    }
                } else if let month = number(bytes, position, 2), let day = number(bytes, position + 2, 2),
                    position + 4 == bytes.count || !isDigit(bytes[position + 4]), let date = format(year, month, day)
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
        return format(year, month, day)
    }

    /// The month-first reading of a numeric date that also reads day-first ("11/01/2023":
    /// 2023-11-01 where `normalize` says 2023-01-11), or nil when the text is not that ambiguous.
    static func otherReading(_ text: String) -> String? {
        let bytes = Array(TextFold.trim(text).utf8.prefix(40))
        guard let (first, afterFirst) = number1or2(bytes, 0), afterFirst < bytes.count else { return nil }
        let separator = bytes[afterFirst]
        guard separator == 0x2F || separator == 0x2E || separator == 0x2D,
            let (second, afterSecond) = number1or2(bytes, afterFirst + 1), afterSecond < bytes.count, bytes[afterSecond] == separator,
            let year = number(bytes, afterSecond + 1, 4), afterSecond + 5 == bytes.count || !isDigit(bytes[afterSecond + 5]),
            first != second, first <= 12, second <= 12
        else { return nil }
        return format(year, first, second)
    }

    /// Days since 1970-01-01 of an ISO date's calendar day.
    static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
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
        guard let date = format(year, month, day) else { return nil }
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
        let (year, month, day) = civil(fromDays: days)
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
            if a.digits == 4, b.digits <= 2, c.digits <= 2, let date = format(x, y, z) { return date }
            if c.digits == 4, a.digits <= 2, b.digits <= 2 {
                var (day, month) = (x, y)
                if month > 12 && day <= 12 { swap(&day, &month) }
                if let date = format(z, month, day) { return date }
            }
        }
        // Dates with a month name.
        let fillers: Set<String> = ["de", "del", "of", "the", "di", "do", "da", "le", "el", "den", "im"]
        for position in tokens.indices where tokens[position].number == nil {
            guard let month = monthNumber(tokens[position].text) else { continue }
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
            guard let foundYear = year, let date = format(foundYear, month, foundDay) else { continue }
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

    private static func monthNumber(_ word: String) -> Int? {
        if let value = monthNames[word] { return value }
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

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1970...2100).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month, year) else { return nil }
        return format4(year) + "-" + two(month) + "-" + two(day)
    }

    /// The date and time as the page gave them, with the page's own offset ("+02:00"), or
    /// "Z" when the page says UTC: converting would move the calendar date the publisher printed.
    private static func stamp(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ offset: Int) -> String? {
        guard hour < 24, minute < 60, second < 61, let date = format(year, month, day) else { return nil }
        let time = date + "T" + two(hour) + ":" + two(minute) + ":" + two(min(second, 59))
        guard offset != 0 else { return time + "Z" }
        let magnitude = abs(offset)
        return time + (offset < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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

    private static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"],
            ["jan", "feb", "marz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
            ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
            ["ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia"],
            ["styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik", "listopad", "grudzien"],
            ["ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu", "prosince"],
            // Russian and Ukrainian, in the genitive of dates ("15 августа 2016") and the nominative.
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        ]
        for list in lists {
            for (index, name) in list.enumerated() where table[name] == nil { table[name] = index + 1 }
        }
        table["sept"] = 9
        return table
    }()

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
            let zones: [String: Int] = [
                "GMT": 0, "UTC": 0, "UT": 0, "WET": 0, "BST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
                "EET": 120, "EEST": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
                "MDT": -360, "PST": -480, "PDT": -420, "JST": 540, "KST": 540, "IST": 330, "MSK": 180,
            ]
            guard var offset = zones[letters.uppercased()] else { return nil }
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
