public import NewsdeskCore
import NewsdeskText

/// Recognises credit lines: news-agency credits ("Avec l'AFP", "Source: dpa", "© AFP 2024"),
/// bylines ("Par Julie Martin avec AP", "By Sarah Cole, Reuters"), image credits
/// ("Photo: X / AFP", "Crédits photo : AFP") and datelines ("PARIS (AFP) - ").
///
/// Language-general: French, English, German, Spanish, Italian, Portuguese and Dutch markers,
/// and the world news and photo agencies of `NewsAgencies`. Only short lines (under 200 characters) can be
/// credit lines. Plain scanning, no regular expressions.
public enum CreditLineParser {
    /// The longest line that can be a credit line, in characters.
    public static let maxLineLength = 200

    /// The credit a whole line stands for, or nil when the line is not a credit line.
    public static func parse(_ line: String) -> Credit? {
        guard line.utf8.count < maxLineLength * 4 else { return nil }
        let text = cleanedLine(line)
        let length = text.scalarCount
        guard length >= 2, length < maxLineLength else { return nil }
        let folded = FoldedLine(String(text))
        // Every kind of credit line opens with a marker or names an agency; most lines do
        // neither, and one scan for agencies settles them.
        guard opensWithMarker(folded) || !folded.agencies(in: 0..<folded.count).isEmpty else { return nil }
        // The credit keeps the line as it appeared, only trimmed.
        let original = String(TextFold.trim(line))
        if let credit = imageCredit(folded, text: original) { return credit }
        if let credit = copyrightCredit(folded, text: original) { return credit }
        if let credit = agencyLine(folded, text: original) { return credit }
        if let credit = byline(folded, text: original) { return credit }
        return nil
    }

    /// The agency credit of a dateline that opens a paragraph ("PARIS (AFP) - ",
    /// "WASHINGTON, May 23 (Reuters) -", "Madrid, 23 may (EFE).-"), or nil. The paragraph
    /// itself is left as it is.
    public static func dateline(_ paragraph: String) -> Credit? {
        let head = String(paragraph.unicodeScalars.prefix(120))
        let line = FoldedLine(head)
        guard let open = line.firstIndex(of: "(", before: 90) else { return nil }
        // The place (and date) before the agency: short, not a sentence.
        let place = line.folded[0..<open]
        if place.count > 70 { return nil }
        for index in place.indices.dropLast() where place[index] == "." && place[index + 1] == " " {
            // "23 mai." is fine; a full stop after a long run of words is a sentence.
            if index > 40 { return nil }
        }
        guard let close = line.firstIndex(of: ")", from: open + 1), close - open <= 40 else { return nil }
        let agencies = line.agencies(in: (open + 1)..<close)
        guard let first = agencies.first, line.onlyAgencies(in: (open + 1)..<close, agencies) else { return nil }
        // A dash, colon or full stop follows (possibly ".-" or " -").
        var index = close + 1
        if index < line.count, line.folded[index] == "." { index += 1 }
        index = line.skipSpaces(index)
        guard index < line.count else { return nil }
        let mark = line.folded[index]
        guard mark == "-" || mark == ":" || mark == "." || mark == "|" else { return nil }
        index += 1
        while index < line.count, line.folded[index] == "-" { index += 1 }
        let text = line.original(0..<index).whitespaceTrimmed
        return Credit(role: .agency, agency: first.name, text: text)
    }

    /// An image credit inside a caption ("… (Photo: X / AFP)", "… © Reuters", "… AFP PHOTO / X"):
    /// the credit and the caption without it.
    static func imageCredit(inCaption caption: String) -> (credit: Credit, caption: String)? {
        let line = FoldedLine(caption)
        guard line.count > 0 else { return nil }
        // An explicit marker: the credit runs from it to the end (or to its closing parenthesis).
        var best: Int?
        for marker in captionMarkerScalars {
            if let found = line.find(scalars: marker), best.map({ found < $0 }) ?? true {
                if found > 0, line.isWordChar(line.folded[found - 1]), marker.first?.isAlphabetic == true { continue }
                best = found
            }
        }
        var start: Int
        var end = line.count
        if let marker = best {
            start = marker
            if start > 0, line.folded[start - 1] == "(" || line.folded[start - 1] == "[" {
                start -= 1
                if let close = line.firstIndex(of: line.folded[start] == "(" ? ")" : "]", from: start) { end = close + 1 }
            }
        } else {
            // A trailing segment that is a credit: after the last sentence end, '|' or '('.
            var cut = 0
            var index = line.count - 1
            while index > 0 {
                let scalar = line.folded[index]
                if scalar == "|" || scalar == "(" || (scalar == " " && (line.folded[index - 1] == "." || line.folded[index - 1] == "|")) {
                    cut = scalar == "(" ? index : index + 1
                    break
                }
                index -= 1
            }
            let agencies = line.agencies(in: 0..<line.count)
            guard let last = agencies.last, last.range.lowerBound >= cut else { return nil }
            if line.count - cut <= 90, cut > 0 || parse(line.original(cut..<line.count)) != nil {
                start = cut
            } else {
                // "… nel Bresciano ANSA/FILIP", "… in Paris AFP": the credit starts at the agency,
                // followed by nothing or by "/Photographer".
                var after = last.range.upperBound
                while after < line.count, line.folded[after] == " " { after += 1 }
                guard line.count - last.range.lowerBound <= 60,
                    after == line.count || line.folded[after] == "/" || line.folded[after] == ")"
                else { return nil }
                start = last.range.lowerBound
                if start > 0, line.folded[start - 1] == "(" { start -= 1 }
            }
        }
        let creditText = line.original(start..<end).whitespaceTrimmed
        guard !creditText.isEmpty, creditText.count < maxLineLength else { return nil }
        var credit = parse(creditText) ?? Credit(role: .image, text: creditText)
        credit.role = .image
        if credit.agency == nil { credit.agency = NewsAgencies.first(in: creditText) }
        if credit.name == nil { credit.name = imageCreditName(FoldedLine(creditText)) }
        let rest = (line.original(0..<start) + " " + line.original(end..<line.count)).whitespaceTrimmed
        let restText = String(TextFold.trim(rest, extra: ["-", "–", "—", "|", "/", "(", ")", ",", ";", ":"]))
        return (credit, restText)
    }

    /// The image credit that ends a caption printed as a plain paragraph ("Marco Odermatt, in
    /// Wengen. © AFP / Jane Doe", "… (Foto: dpa)"): only an explicit marker counts, since prose
    /// may well end with an agency's name.
    static func markedImageCredit(endingCaption text: String) -> Credit? {
        // Most paragraphs end with no marker at all: look at their last bytes before parsing.
        guard endMayHoldCreditMarker(text) else { return nil }
        let body = text.hasSuffix(".") ? String(text.dropLast()) : text  // "… (Foto: X)."
        guard let found = imageCredit(inCaption: text), !found.caption.isEmpty, body.hasSuffix(found.credit.text) else { return nil }
        let credit = FoldedLine(found.credit.text)
        return captionMarkers.contains { credit.find($0) != nil } ? found.credit : nil
    }

    /// Whether the last 120 bytes of a text hold a colon, "©" or a credit word (any case).
    private static func endMayHoldCreditMarker(_ text: String) -> Bool {
        let utf8 = text.utf8
        var end = utf8.suffix(120).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return end.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            return bytes.contains(0x3A) || HTMLClassifier.contains(bytes, "\u{A9}") || HTMLClassifier.contains(bytes, "(c)")
                || HTMLClassifier.contains(bytes, "photo") || HTMLClassifier.contains(bytes, "getty")
                || HTMLClassifier.contains(bytes, "credit") || HTMLClassifier.contains(bytes, "copyright")
        }
    }

    /// Person names in a byline ("Par Julie Martin et Paul Dupont", "By A, B and C"), without
    /// the prefix and without any agency. Empty when the text does not look like names.
    static func names(inByline text: String) -> [String] {
        let line = FoldedLine(String(cleanedLine(text)))
        var start = 0
        for prefix in bylinePrefixes {
            if let end = line.matchPrefix(prefix, at: 0) {
                start = end
                break
            }
        }
        let agencies = line.agencies(in: start..<line.count)
        var end = line.count
        if let first = agencies.first, line.onlyAgencies(in: first.range.lowerBound..<line.count, agencies) {
            end = first.range.lowerBound
        }
        return splitNames(line, start..<end)
    }

    /// Whether the line opens with one of the markers an image, copyright, agency or byline
    /// credit may start with.
    private static func opensWithMarker(_ line: FoldedLine) -> Bool {
        guard let first = line.folded.first, let markers = lineMarkersByFirst[first] else { return false }
        return markers.contains { line.matchPrefix($0, at: 0) != nil }
    }

    // MARK: - Line kinds

    private static func imageCredit(_ line: FoldedLine, text: String) -> Credit? {
        var rest: Int?
        for marker in imageMarkers {
            if let end = line.matchPrefix(marker, at: 0) {
                rest = end
                break
            }
        }
        if rest == nil {
            // "AFP PHOTO / X", "AP Photo/X", "Reuters/X"
            let agencies = line.agencies(in: 0..<min(line.count, 40))
            if let first = agencies.first, first.range.lowerBound == 0 {
                if let end = line.matchPrefix(" photo", at: first.range.upperBound) {
                    rest = end
                } else if first.range.upperBound < line.count, line.folded[first.range.upperBound] == "/",
                    !line.onlyAgencies(in: 0..<line.count, line.agencies(in: 0..<line.count))
                {
                    rest = first.range.upperBound + 1
                    return Credit(role: .image, agency: first.name, name: imageCreditName(line, from: rest!), text: text)
                }
                if let rest {
                    return Credit(role: .image, agency: first.name, name: imageCreditName(line, from: rest), text: text)
                }
            }
            return nil
        }
        guard let start = rest else { return nil }
        let agency = line.agencies(in: start..<line.count).first?.name
        return Credit(role: .image, agency: agency, name: imageCreditName(line, from: start), text: text)
    }

    private static func copyrightCredit(_ line: FoldedLine, text: String) -> Credit? {
        var start: Int?
        for marker in copyrightMarkers {
            if let end = line.matchPrefix(marker, at: 0) {
                start = end
                break
            }
        }
        guard var index = start else { return nil }
        index = line.skipSpaces(index)
        if index < line.count, line.folded[index] == ":" { index += 1 }
        let agencies = line.agencies(in: index..<line.count)
        if let first = agencies.first {
            // "© AFP 2024", "Copyright 2025 The Associated Press. All rights reserved.": the
            // agency owns the text. ("© X / AFP" under a picture is made an image credit by
            // the caption handling.)
            let name = line.onlyAgencies(in: index..<line.count, agencies) ? nil : imageCreditName(line, from: index)
            return Credit(role: name == nil ? .agency : .image, agency: first.name, name: name, text: text)
        }
        guard let name = imageCreditName(line, from: index) else { return nil }
        return Credit(role: .image, name: name, text: text)
    }

    private static func agencyLine(_ line: FoldedLine, text: String) -> Credit? {
        var start = 0
        for marker in agencyMarkers {
            if let end = line.matchPrefix(marker, at: 0) {
                start = end
                break
            }
        }
        let agencies = line.agencies(in: start..<line.count)
        guard line.onlyAgencies(in: start..<line.count, agencies) else { return nil }
        if let first = agencies.first { return Credit(role: .agency, agency: first.name, text: text) }
        // "Avec agences", "Mit Agenturen": a credit without a named agency.
        guard start > 0, line.containsWord(of: genericAgencyWords, in: start..<line.count) else { return nil }
        return Credit(role: .agency, text: text)
    }

    private static func byline(_ line: FoldedLine, text: String) -> Credit? {
        var start = 0
        var hasPrefix = false
        for prefix in bylinePrefixes {
            if let end = line.matchPrefix(prefix, at: 0) {
                start = end
                hasPrefix = true
                break
            }
        }
        let agencies = line.agencies(in: start..<line.count)
        var end = line.count
        var agency: String?
        if let first = agencies.first {
            guard line.onlyAgencies(in: first.range.lowerBound..<line.count, agencies) else { return nil }
            end = first.range.lowerBound
            agency = first.name
        }
        guard hasPrefix || agency != nil else { return nil }
        let names = splitNames(line, start..<end)
        guard !names.isEmpty else { return nil }
        return Credit(role: .byline, agency: agency, name: names.joined(separator: ", "), text: text)
    }

    // MARK: - Names

    /// Splits a run of names ("Julie Martin et Paul Dupont", "A, B and C") and validates each;
    /// trailing connectors ("avec", "with", ",", "(") are dropped. Empty when any part is not a name.
    static func splitNames(_ line: FoldedLine, _ range: Range<Int>) -> [String] {
        var words: [(Range<Int>, String)] = []  // original-case words with their folded form
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = line.folded[index]
            if scalar == "," || scalar == "&" || scalar == ";" || scalar == "/" || scalar == "|" || scalar == "+" {
                words.append((index..<(index + 1), ","))
                index += 1
                continue
            }
            if scalar == " " || scalar == "(" || scalar == ")" || scalar == "-" || scalar == ":" || scalar == "[" || scalar == "]" {
                index += 1
                continue
            }
            let start = index
            while index < range.upperBound {
                let next = line.folded[index]
                if next == " " || next == "," || next == "(" || next == ")" || next == "&" || next == ";" || next == "/" || next == "|" || next == "[" || next == "]" { break }
                index += 1
            }
            var wordEnd = index
            // A trailing hyphen or colon is punctuation, not part of the word.
            while wordEnd > start, line.folded[wordEnd - 1] == "-" || line.folded[wordEnd - 1] == ":" { wordEnd -= 1 }
            if wordEnd > start { words.append((start..<wordEnd, String(scalars: line.folded[start..<wordEnd]))) }
        }
        // Drop trailing connectors.
        while let last = words.last, last.1 == "," || connectorWords.contains(last.1) { words.removeLast() }
        guard !words.isEmpty else { return [] }
        var names: [String] = []
        var current: [Range<Int>] = []
        func close() -> Bool {
            // A particle cannot end a name ("Matthieu Hy le 07/05" → "Matthieu Hy").
            while let last = current.last, current.count > 1,
                nameParticles.contains(String(scalars: line.folded[last])),
                !line.original[last.lowerBound].isUppercase
            {
                current.removeLast()
            }
            guard !current.isEmpty else { return false }
            guard current.count <= 5 else { return false }
            var capitalised = 0
            for word in current {
                let first = line.original[word.lowerBound]
                let folded = String(scalars: line.folded[word])
                if first.isUppercase {
                    capitalised += 1
                } else if !nameParticles.contains(folded) {
                    return false
                }
                for scalar in line.folded[word] where scalar.properties.numericType != nil { return false }
            }
            guard capitalised > 0 else { return false }
            if current.count == 1 {
                let word = current[0]
                let folded = String(scalars: line.folded[word])
                if dateWords.contains(folded) || connectorWords.contains(folded) { return false }
                // A lone capitalised word ("PARIS") is a place more often than a name.
                if line.original[word].allSatisfy({ !$0.isLowercase }) { return false }
            }
            let name = current.map { line.original($0) }.joined(separator: " ")
            names.append(name)
            current.removeAll()
            return true
        }
        for (range, folded) in words {
            if folded == "," || nameSeparators.contains(folded) {
                if current.isEmpty && names.isEmpty { continue }  // a leading "/" or ","
                guard close() else { return [] }
            } else {
                current.append(range)
            }
        }
        guard close() else { return [] }
        return names
    }

    private static func imageCreditName(_ line: FoldedLine, from start: Int = 0) -> String? {
        let agencies = line.agencies(in: start..<line.count)
        // The name is the part before the first agency (or after it, for "AFP/X").
        var candidates: [Range<Int>] = []
        if let first = agencies.first {
            candidates.append(start..<first.range.lowerBound)
            candidates.append(agencies.last!.range.upperBound..<line.count)
        } else {
            candidates.append(start..<line.count)
        }
        for range in candidates where range.count > 1 {
            let names = splitNames(line, range)
            if names.count == 1 { return names[0] }
        }
        return nil
    }

    /// The line without edge dashes and bullets, enclosing brackets and a final period.
    /// (Scalar by scalar: character views break graphemes, which cost more than all the rest.)
    private static func cleanedLine(_ line: String) -> Substring {
        // (Indices rather than `dropLast()`, which counts the scalars from the start.)
        var text = TextFold.trim(line, extra: ["-", "–", "—", "*", "•", "|", "_", "="])
        // "(Avec AFP)", "[AFP]"
        var scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            let inner = scalars[scalars.index(after: scalars.startIndex)..<scalars.index(before: scalars.endIndex)]
            if !inner.contains("(") && !inner.contains(")") { text = TextFold.trim(Substring(inner)) }
        }
        scalars = text.unicodeScalars
        if scalars.last == "." {
            let body = Substring(scalars[..<scalars.index(before: scalars.endIndex)])
            if !endsWithAbbreviation(body) { text = TextFold.trim(body) }
        }
        return text
    }

    /// Whether a line before its final period ends with an initial or a name suffix
    /// ("Joe S", "Perry Bacon Jr"), whose period belongs to the name.
    private static func endsWithAbbreviation(_ text: Substring) -> Bool {
        let scalars = TextFold.trim(text).unicodeScalars
        guard let space = scalars.lastIndex(of: " ") else { return false }
        let lastWord = scalars[scalars.index(after: space)...]
        if lastWord.count == 1, let letter = lastWord.first, letter.isUppercase { return true }
        return lastWord.elementsEqual("Jr".unicodeScalars) || lastWord.elementsEqual("Sr".unicodeScalars)
    }

    // MARK: - Vocabulary (folded: lower case, no accents)

    private static let imageMarkers = [
        "photo credits:", "photo credit:", "photos credits:", "image credits:", "image credit:", "picture credit:",
        "credit photo:", "credits photo:", "credit photos:", "credits photos:", "credit image:", "credits:", "credit:",
        "photos:", "photo:", "photo by ", "photos by ", "photograph:", "photograph by ", "photography:",
        "fotos:", "foto:", "foto von ", "bilder:", "bild:", "bildquelle:", "image:", "images:", "picture:", "pictures:",
        "illustration:", "illustrations:", "infographie:", "grafik:", "fotografia:", "imagen:", "imagem:",
        "ph.:", "ph:", "ph. ", "beitragsbild:", "titelbild:", "aufmacherbild:", "featured image:",
    ]

    private static let captionMarkers: [String] = [
        "photo credits", "photo credit", "image credit", "credit photo", "credits photo", "credits:", "credit:",
        "photos:", "photo:", "photo by", "photograph:", "foto:", "fotos:", "bild:", "bildquelle:", "image:",
        "picture:", "illustration:", "©", "(c) ", "copyright", "afp photo", "ap photo", "getty images",
        "fotografia:", "imagen:", "imagem:",
    ]

    /// `captionMarkers` as scalars, split once rather than for every caption.
    private static let captionMarkerScalars = captionMarkers.map { Array($0.unicodeScalars) }

    /// "Source:" labels, folded ("Źródło:" → "zrodlo:"): before an agency they make an agency
    /// line; a short line they open at the end of an article is a source credit (`ArticleEdges`).
    static let sourceLabels = [
        "sources:", "source:", "quellen:", "quelle:", "fuentes:", "fuente:", "fonti:", "fonte:", "fontes:", "bronnen:",
        "bron:", "zrodla:", "zrodlo:",
    ]

    private static let copyrightMarkers = ["©", "(c)", "copyright ©", "copyright"]

    private static let agencyMarkers = [
        "avec l'", "avec les", "avec la", "avec", "d'apres l'", "d'apres", "selon l'", "selon",
        "with", "agencies:", "agency:",
        "mit material von", "mit material der", "mit material", "mit",
        "con informacion de", "con informacion", "con", "com informacoes da", "com informacoes de", "com",
    ] + sourceLabels + [
        "agences:", "agence:", "agenturen:", "texte:", "text:", "texto:", "testo:", "met",
        "by", "par", "von", "por", "di", "door",
    ]

    private static let bylinePrefixes = [
        "par ", "by ", "von ", "por ", "di ", "door ", "texte:", "text:", "texto:", "testo:", "reportage:",
        "propos recueillis par ", "written by ", "reported by ", "words by ", "escrito por ", "a cura di ",
        "de nuestro corresponsal ", "ein bericht von ",
    ]

    private static let lineMarkersByFirst = Dictionary(
        grouping: imageMarkers + copyrightMarkers + agencyMarkers + bylinePrefixes, by: { $0.unicodeScalars.first ?? " " }
    )

    static let genericAgencyWords: Set<String> = [
        "agences", "agence", "agencies", "agency", "agenturen", "agentur", "agencias", "agencia", "agenzie",
        "agenzia", "wires", "wire", "agentschappen",
    ]

    private static let connectorWords: Set<String> = [
        "avec", "with", "mit", "con", "com", "and", "et", "und", "y", "e", "for", "pour", "fur", "per", "de", "du",
        "from", "met", "en", "of", "the", "par", "by", "von", "por", "di", "a",
    ]

    private static let nameSeparators: Set<String> = ["and", "et", "und", "y", "e", "en", "&"]

    private static let nameParticles: Set<String> = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "do", "dos", "das", "di", "del", "della",
        "al", "el", "bin", "ibn", "ten", "ter", "zu", "d'", "l'", "st.", "y", "mc",
    ]

    private static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "today", "yesterday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "staff", "admin",
    ]
}

extension FoldedLine {
    /// Whether `range` holds only the given agency names, separators, years and filler words.
    func onlyAgencies(in range: Range<Int>, _ agencies: [NewsAgencies.Match]) -> Bool {
        var index = range.lowerBound
        var next = 0
        var sawAgencyOrGeneric = false
        while index < range.upperBound {
            if next < agencies.count, agencies[next].range.lowerBound == index {
                index = agencies[next].range.upperBound
                next += 1
                sawAgencyOrGeneric = true
                continue
            }
            let scalar = folded[index]
            if isWordChar(scalar) {
                let start = index
                while index < range.upperBound, isWordChar(folded[index]) || folded[index] == "'" {
                    if next < agencies.count, agencies[next].range.lowerBound == index { break }
                    index += 1
                }
                let word = String(scalars: folded[start..<index])
                if CreditLineParser.genericAgencyWords.contains(word) {
                    sawAgencyOrGeneric = true
                    continue
                }
                if Self.fillerWords.contains(word) { continue }
                if word.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) && word.unicodeScalars.count <= 4 { continue }
                return false
            }
            switch scalar {
            case " ", "/", ",", "&", "+", "-", "(", ")", ".", ";", "|", "[", "]", ":", "'", "\"", "©": index += 1
            default: return false
            }
        }
        return sawAgencyOrGeneric
    }

    private static let fillerWords: Set<String> = [
        "et", "and", "und", "y", "e", "with", "avec", "mit", "con", "com", "l'", "l", "la", "les", "the", "photo",
        "photos", "foto", "fotos", "images", "image", "de", "der", "des", "da", "del", "di", "du", "media", "wire",
        "video", "news", "press", "service", "services", "source", "sources", "quelle", "fuente", "fonte", "u",
    ]
}

