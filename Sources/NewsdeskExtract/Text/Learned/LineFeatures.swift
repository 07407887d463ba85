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

    /// How the page repeats a line: how many lines read the same (0 for a line without
    /// words), and, for a line long enough (`recurrenceKeyLength`), whether another line
    /// extends it ("Headline" and "Headline | Site") and whether it extends another.
    struct Recurrence: Equatable {
        var repeats = 0
        var prefixOfAnother = false
        var extendsAnother = false
    }

    /// Each line's recurrence in the page, computed once for the line model and the trees.
    static func recurrence(of lines: [TextLine]) -> [Recurrence] {
        let keys = lines.map(\.key)
        var counts: [String: Int] = [:]
        for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
        let sortedKeys = counts.keys.sorted()
        // Substrings, so that a line's prefixes are looked up without a copy.
        let keySet = Set(sortedKeys.map { Substring($0) })
        return keys.map { key in
            guard !key.isEmpty else { return Recurrence() }
            let long = key.utf8.count >= recurrenceKeyLength
            return Recurrence(repeats: counts[key, default: 0], prefixOfAnother: long && isPrefixOfAnother(key, sorted: sortedKeys),
                              extendsAnother: long && extendsAnother(key, keys: keySet))
        }
    }

    static func features(of lines: [TextLine], rules: [LineLabel], functionWords: FunctionWords, recurrence: [Recurrence]) -> [[UInt32]] {
        let shapes = lines.indices.map { Shape(words: bucket(lines[$0].wordCount), prose: lines[$0].isProse, rule: ruleName(rules[$0])) }
        let prose = lines.indices.filter { lines[$0].isProse }
        let firstBody = rules.firstIndex(where: \.isBody) ?? lines.count
        let lastBody = rules.lastIndex(where: \.isBody) ?? -1
        let lastHeadline = lines.indices.prefix(firstBody).last { lines[$0].isHeadlineLike && lines[$0].wordCount >= 3 }
        let main = mainRun(lines)
        // Prose lines up to each line, for counts in a window.
        var proseBefore = [0]
        for line in lines { proseBefore.append(proseBefore[proseBefore.count - 1] + (line.isProse ? 1 : 0)) }
        func proseCount(around index: Int, _ radius: Int) -> Int {
            let low = max(0, index - radius), high = min(lines.count, index + radius + 1)
            return proseBefore[high] - proseBefore[low] - (lines[index].isProse ? 1 : 0)
        }

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
            // Against the page's main run of prose.
            let place = index < main.lowerBound ? "before\(distance(main.lowerBound - index))" : index >= main.upperBound ? "after\(distance(index - main.upperBound + 1))" : "inside"
            names.append("main=\(place)")
            names.append("main=\(place)|w=\(shape.words)|p=\(shape.prose)")
            names.append("main=\(place)|rule=\(shape.rule)")
            names.append("near=\(min(proseCount(around: index, 3), 4))|far=\(densityBucket(proseCount(around: index, 10)))|w=\(shape.words)")
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
            let repeated = recurrence[index]
            if repeated.repeats > 0 {
                names.append("repeats=\(min(repeated.repeats, 3))")
                if repeated.prefixOfAnother { names.append("prefixOfAnother") }
                if repeated.extendsAnother { names.append("extendsAnother") }
            }
            return names.map(\.id)
        }
    }

    /// The run of lines that holds the most prose: the lines of greatest total gain, where a
    /// prose line gains its words and any other line costs a little (the longest-sum run, in
    /// one pass). Empty at the end of the page when the page has no prose.
    static func mainRun(_ lines: [TextLine]) -> Range<Int> {
        var best = lines.count..<lines.count
        var bestGain = 0
        var start = 0
        var gain = 0
        for (index, line) in lines.enumerated() {
            gain += line.isProse ? line.wordCount : -3
            if gain <= 0 {
                gain = 0
                start = index + 1
            } else if gain > bestGain {
                bestGain = gain
                best = start..<(index + 1)
            }
        }
        return best
    }

    private static func densityBucket(_ count: Int) -> String {
        switch count {
        case 0: "0"
        case 1...2: "1-2"
        case 3...5: "3-5"
        case 6...10: "6-10"
        default: "11+"
        }
    }

    /// Shortest key (UTF-8 bytes) read for a line another extends or that extends another.
    static let recurrenceKeyLength = 12

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
    private static func extendsAnother(_ key: String, keys: Set<Substring>) -> Bool {
        if key.charactersAreScalars {
            // Words are cut at spaces: each prefix is the key up to a space, read off its bytes.
            let utf8 = key.utf8
            var offset = 0
            for index in utf8.indices {
                defer { offset += 1 }
                if utf8[index] == 0x20, offset >= recurrenceKeyLength, keys.contains(key[..<index]) { return true }
            }
            return false
        }
        var prefix = ""
        for word in key.split(separator: " ").dropLast() {
            prefix += prefix.isEmpty ? String(word) : " " + word
            if prefix.utf8.count >= recurrenceKeyLength, keys.contains(Substring(prefix)) { return true }
        }
        return false
    }

    /// Evidence from the line alone.
    static func intrinsic(_ line: TextLine, functionWords: FunctionWords) -> [FeatureName] {
        let text = line.text
        let words = bucket(line.wordCount)
        var names: [FeatureName] = ["bias", "w=\(words)", "c=\(lengthBucket(line.length))", "ends=\(line.endsSentence)", "prose=\(line.isProse)"]
        if line.isQuotation { names.append("quotation") }
        if line.wordCount >= 3 {
            let share = functionWords.share(of: line)
            names.append("fw=\(share == 0 ? 0 : Int(share * 5) + 1)|w=\(words)")
        }
        let characters = LineCharacters(text, plain: line.charactersAreScalars)
        names.append(contentsOf: casePattern(characters))
        names.append(contentsOf: punctuation(text, characters))
        if characters.gluedJoints > 0 { names.append("glued=\(min(characters.gluedJoints, 3))") }
        // Cue phrases, credit, byline and date patterns reach the model through the rule label.
        if line.wordCount <= 30, NewsAgencies.first(in: text) != nil { names.append("agency|w=\(words)") }
        if line.wordCount <= 8 {
            let folded = line.keyWords
            if let first = folded.first { names.append("first=\(first.prefix(14))") }
            if let last = folded.last, folded.count > 1 { names.append("last=\(last.prefix(14))") }
        }
        return names
    }

    private static func casePattern(_ characters: LineCharacters) -> [FeatureName] {
        guard let first = characters.firstWordCapitalised else { return ["noLetters"] }
        var names: [FeatureName] = ["firstUpper=\(first)", "capShare=\(characters.capitalisedStarts * 4 / characters.wordStarts)"]
        if characters.hasLetter, !characters.hasLowercase { names.append("allCaps") }
        if characters.digits > 0 { names.append("digits=\(min(characters.digits * 10 / characters.scalars, 3))") }
        return names
    }

    private static func punctuation(_ text: String, _ characters: LineCharacters) -> [FeatureName] {
        var names = characters.marks.map { "has=\($0)" as FeatureName }
        if let first = text.unicodeScalars.first, "*•·-–—▪►>|[(".unicodeScalars.contains(first) { names.append("starts=\(first)") }
        if let last = text.unicodeScalars.last, ":|»>›-–".unicodeScalars.contains(last) { names.append("endsWith=\(last)") }
        return names
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
}
