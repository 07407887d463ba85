import NewsdeskCore
import NewsdeskText

/// The features the learned line model reads, one list of hashed feature ids per line of a page:
/// what the line is on its own (length, punctuation, case, digits, glued words, function-word
/// share, cue-lexicon hits, credit patterns, its first and last word), what the rule-based
/// classifier made of it, where it sits (position in the page, distance to the nearest prose),
/// what its neighbours are, and whether the page repeats it (a headline recurs as the
/// `<title>` line and as share text).
enum LineFeatures {
    /// One line's shape, computed once per line and read again as a neighbour's.
    struct Shape {
        var words: String
        var prose: Bool
        var rule: String
    }

    static func features(of lines: [TextLine], rules: [LineLabel]) -> [[UInt32]] {
        let functionWords = FunctionWords(document: lines)
        let shapes = lines.indices.map { Shape(words: bucket(lines[$0].wordCount), prose: lines[$0].isProse, rule: ruleName(rules[$0])) }
        let keys = lines.map { TextFold.matchKey($0.text) }
        var counts: [String: Int] = [:]
        for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
        let sortedKeys = counts.keys.sorted()
        let prose = lines.indices.filter { lines[$0].isProse }
        let firstBody = rules.firstIndex(where: isBody) ?? lines.count
        let lastBody = rules.lastIndex(where: isBody) ?? -1
        let lastHeadline = lines.indices.prefix(firstBody).last { lines[$0].isHeadlineLike && lines[$0].wordCount >= 3 }

        return lines.indices.map { index in
            var names = intrinsic(lines[index], functionWords: functionWords)
            let shape = shapes[index]
            names.append("rule=\(shape.rule)")
            names.append("rule=\(shape.rule)|w=\(shape.words)")
            // Position in the page and against the body the rules found.
            names.append("decile=\(index * 10 / max(lines.count, 1))")
            if index < 3 { names.append("head=\(index)") }
            if lines.count - index <= 3 { names.append("tail=\(lines.count - index)") }
            let region = index < firstBody ? "before" : index > lastBody ? "after" : "inside"
            names.append("region=\(region)")
            names.append("region=\(region)|w=\(shape.words)|p=\(shape.prose)")
            if index == lastHeadline { names.append("lastHeadlineBeforeBody") }
            // Distance to the nearest prose line on each side.
            let before = prose.last { $0 < index }.map { index - $0 }
            let after = prose.first { $0 > index }.map { $0 - index }
            names.append("proseBefore=\(distance(before))")
            names.append("proseAfter=\(distance(after))")
            names.append("proseAround=\(distance(before))|\(distance(after))|w=\(shape.words)")
            // Neighbours.
            for offset in [-2, -1, 1, 2] {
                let other = index + offset
                guard shapes.indices.contains(other) else {
                    names.append("n\(offset)=none")
                    continue
                }
                names.append("n\(offset).rule=\(shapes[other].rule)")
                names.append("n\(offset).w=\(shapes[other].words)|p=\(shapes[other].prose)")
            }
            let previous = index > 0 ? shapes[index - 1].prose : false
            let next = index + 1 < shapes.count ? shapes[index + 1].prose : false
            names.append("sandwich=\(previous)|\(next)|w=\(shape.words)")
            // Recurrence within the page.
            let key = keys[index]
            if !key.isEmpty {
                names.append("repeats=\(min(counts[key, default: 0], 3))")
                if key.utf8.count >= 12 {
                    if isPrefixOfAnother(key, sorted: sortedKeys) { names.append("prefixOfAnother") }
                    if extendsAnother(key, counts: counts) { names.append("extendsAnother") }
                }
            }
            return names.map(hash)
        }
    }

    /// Whether another line of the page starts with this one ("Headline" and "Headline | Site"):
    /// in sorted order, the lines that extend a key follow it.
    private static func isPrefixOfAnother(_ key: String, sorted: [String]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].hasPrefix(key)
    }

    /// Whether the line is another line of the page followed by more words.
    private static func extendsAnother(_ key: String, counts: [String: Int]) -> Bool {
        var prefix = ""
        for word in key.split(separator: " ").dropLast() {
            prefix += prefix.isEmpty ? String(word) : " " + word
            if prefix.utf8.count >= 12, counts[prefix] != nil { return true }
        }
        return false
    }

    /// Evidence from the line alone.
    static func intrinsic(_ line: TextLine, functionWords: FunctionWords) -> [String] {
        let text = line.text
        let words = bucket(line.wordCount)
        var names = ["bias", "w=\(words)", "c=\(lengthBucket(text.count))", "ends=\(line.endsSentence)", "prose=\(line.isProse)"]
        if line.isQuotation { names.append("quotation") }
        if line.wordCount >= 3 {
            let share = functionWords.share(of: line)
            names.append("fw=\(share == 0 ? 0 : Int(share * 5) + 1)|w=\(words)")
        }
        names.append(contentsOf: casePattern(text))
        names.append(contentsOf: punctuation(text))
        let pieces = GluedMenu.pieces(of: text).count
        if pieces > 1 { names.append("glued=\(min(pieces, 4))") }
        if GluedMenu.isGluedMenu(line) { names.append("gluedMenu") }
        if let reason = LeftoverCues.reason(for: text) { names.append("cue=\(reason.rawValue)") }
        if line.wordCount <= 30 {
            if CreditLineParser.parse(text) != nil { names.append("creditPattern") }
            if NewsAgencies.first(in: text) != nil { names.append("agency|w=\(words)") }
            if PersonName.isName(text) { names.append("personName") }
            if LineClassifier.isDateLine(line) { names.append("dateLine") }
        }
        if line.wordCount <= 8 {
            let folded = TextFold.matchKey(text).split(separator: " ")
            if let first = folded.first { names.append("first=\(first.prefix(14))") }
            if let last = folded.last, folded.count > 1 { names.append("last=\(last.prefix(14))") }
        }
        return names
    }

    private static func casePattern(_ text: String) -> [String] {
        let tokens = text.split(separator: " ")
        let lettered = tokens.compactMap { $0.first(where: \.isLetter) }
        guard let first = lettered.first else { return ["noLetters"] }
        let capitalised = lettered.filter(\.isUppercase).count
        var names = ["firstUpper=\(first.isUppercase)", "capShare=\(capitalised * 4 / lettered.count)"]
        if text.contains(where: \.isLetter), !text.contains(where: \.isLowercase) { names.append("allCaps") }
        let digits = text.filter(\.isNumber).count
        if digits > 0 { names.append("digits=\(min(digits * 10 / max(text.count, 1), 3))") }
        return names
    }

    private static func punctuation(_ text: String) -> [String] {
        var names: [String] = []
        if let first = text.first, "*•·-–—▪►>|[(".contains(first) { names.append("starts=\(first)") }
        if let last = text.last, ":|»>›-–".contains(last) { names.append("endsWith=\(last)") }
        for (mark, name) in [("|", "pipe"), ("©", "copyright"), ("@", "at"), ("http", "url"), ("www.", "url"), ("__", "field"), ("…", "ellipsis"), ("...", "ellipsis"), (" / ", "slash")]
        where text.contains(mark) {
            names.append("has=\(name)")
        }
        return names
    }

    private static func isBody(_ label: LineLabel) -> Bool {
        if case .body = label { true } else { false }
    }

    static func ruleName(_ label: LineLabel) -> String {
        switch label {
        case .title: "title"
        case .body(let kind): "body.\(kind.rawValue)"
        case .credit(let credit): "credit.\(credit.role.rawValue)"
        case .caption: "caption"
        case .copyright: "copyright"
        case .outletByline: "outletByline"
        case .removed(let reason): "removed.\(reason.rawValue)"
        }
    }

    static func bucket(_ words: Int) -> String {
        switch words {
        case 0...5: "\(words)"
        case 6...8: "6-8"
        case 9...14: "9-14"
        case 15...24: "15-24"
        case 25...49: "25-49"
        default: "50+"
        }
    }

    private static func lengthBucket(_ characters: Int) -> Int {
        var bucket = 0
        var limit = 8
        while characters > limit, bucket < 8 {
            bucket += 1
            limit *= 2
        }
        return bucket
    }

    private static func distance(_ lines: Int?) -> String {
        guard let lines else { return "none" }
        return lines <= 3 ? "\(lines)" : lines <= 8 ? "4-8" : "9+"
    }

    /// FNV-1a of the feature name, folded to the model's table.
    static func hash(_ name: String) -> UInt32 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: value ^ (value >> 32)) & (LineModel.featureSlots - 1)
    }
}
