import NewsdeskCore
import NewsdeskText

/// The leftover-cue lexicons (`Resources/lexicons/leftovers/`, shared with the plain-text
/// cleaner) indexed for HTML lines: every cue reduced by `TextFold.key`, one table per form.
/// What a line's length or links must be for a cue to count stays in `BoilerplateLines`.
struct FurnitureCues: Sendable {
    /// `Cue`: whole lines.
    var lines: [String: Removal.Reason] = [:]
    /// `Cue*`: line starts.
    var prefixes: [(key: String, reason: Removal.Reason)] = []
    /// `# cue`: labels after a number.
    var counted: [String: Removal.Reason] = [:]
    /// `cue #`: labels before a date or a time.
    var dated: [(key: String, reason: Removal.Reason)] = []
    /// `*cue*`: phrases anywhere in a short line, by their first byte (one scan of a line
    /// finds them all).
    var phrases = [[Phrase]](repeating: [], count: 256)
    /// `>cue`: phrases of blocks at an article's edges, by their first byte.
    var closing = [[Phrase]](repeating: [], count: 256)
    /// One bit per pair of first bytes that some phrase (of either kind) starts with: most
    /// positions of a line start none, and are passed after one bit test.
    var phraseStarts = [UInt64](repeating: 0, count: 1024)

    typealias Phrase = (bytes: [UInt8], reason: Removal.Reason)
    /// `+word` and `?word`: share-button words and the words that may stand between them.
    var buttonWords: Set<String> = []
    var buttonFillers: Set<String> = []
    /// Related-article and tag labels ("Lire aussi", "Tags"), which may head a line of links,
    /// as scalars, by their first scalar.
    var labels: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]

    static let shared = FurnitureCues(LeftoverCues.lexicon.cues)

    init(_ cues: [LeftoverCues.Cue]) {
        for cue in cues where cue.reason != .credit {
            // Credit lines are read by `CreditLineParser`, which keeps who is credited.
            let key = TextFold.key(TextFold.fold(cue.text))
            guard let first = key.utf8.first else { continue }
            switch cue.form {
            case .line: if lines[key] == nil { lines[key] = cue.reason }
            case .prefix: prefixes.append((key, cue.reason))
            case .counted: if counted[key] == nil { counted[key] = cue.reason }
            case .dated: dated.append((key, cue.reason))
            case .phrase:
                phrases[Int(first)].append((Array(key.utf8), cue.reason))
                markPhraseStart(key)
            case .closing:
                closing[Int(first)].append((Array(key.utf8), cue.reason))
                markPhraseStart(key)
            case .word: buttonWords.insert(key)
            case .filler: buttonFillers.insert(key)
            }
            if (cue.form == .line || cue.form == .prefix) && (cue.reason == .related || cue.reason == .tags) {
                let scalars = Array(key.unicodeScalars)
                if let first = scalars.first, !(labels[first]?.contains(scalars) ?? false) { labels[first, default: []].append(scalars) }
            }
        }
    }

    private mutating func markPhraseStart(_ key: String) {
        let bytes = Array(key.utf8)
        guard let first = bytes.first else { return }
        // A one-byte phrase has no second byte: it marks every pair it may start.
        for second in bytes.count > 1 ? bytes[1]...bytes[1] : 0...255 {
            let pair = Self.pair(first, second)
            phraseStarts[pair >> 6] |= 1 << UInt64(pair & 63)
        }
    }

    @inline(__always)
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// The reason of the first `Cue*` the line key starts with, at a word boundary.
    func prefixReason(_ key: String) -> Removal.Reason? {
        guard let first = key.utf8.first else { return nil }
        for entry in prefixes where entry.key.utf8.first == first && Self.startsWord(key, entry.key) { return entry.reason }
        return nil
    }

    /// The reason of the first phrase found in the line key (in line order) that `accept` takes.
    /// With `closing`, the phrases of article edges count too.
    func phraseReason(in key: String, closing: Bool = false, accept: (Removal.Reason) -> Bool) -> Removal.Reason? {
        var key = key
        return key.withUTF8 { bytes in
            phraseStarts.withUnsafeBufferPointer { phraseStarts in
                for start in bytes.indices {
                    let first = Int(bytes[start])
                    let pair = Self.pair(bytes[start], start + 1 < bytes.count ? bytes[start + 1] : 0)
                    guard phraseStarts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    if let found = Self.match(phrases[first], in: bytes, at: start, accept) { return found }
                    if closing, let found = Self.match(self.closing[first], in: bytes, at: start, accept) { return found }
                }
                return nil
            }
        }
    }

    /// The reason of the first of `candidates` that `bytes` hold at `start` and `accept` takes.
    private static func match(
        _ candidates: [Phrase], in bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ accept: (Removal.Reason) -> Bool
    )
        -> Removal.Reason?
    {
        for phrase in candidates where start + phrase.bytes.count <= bytes.count {
            var offset = 1
            while offset < phrase.bytes.count && bytes[start + offset] == phrase.bytes[offset] { offset += 1 }
            // Bytes first: `accept` compares reasons, which are strings.
            if offset == phrase.bytes.count && accept(phrase.reason) { return phrase.reason }
        }
        return nil
    }

    /// The reason of a `cue #` the line key starts with, at a word boundary.
    func datedReason(_ key: String) -> Removal.Reason? {
        for entry in dated where Self.startsWord(key, entry.key) { return entry.reason }
        return nil
    }

    /// "12 commentaires", "Kommentare (4)": a line of numbers and one counted label.
    func counterReason(_ key: String) -> Removal.Reason? {
        var labelWords: [Substring] = []
        var counts = false
        for word in key.utf8.split(separator: 0x20) {
            if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { counts = true } else { labelWords.append(Substring(word)) }
        }
        guard counts, !labelWords.isEmpty else { return nil }
        let label = labelWords.joined(separator: " ")
        if let reason = counted[label] { return reason }
        return lines[label] == .comments ? .comments : nil
    }

    /// A row of share buttons: button words ("Facebook", "Partager") with only fillers and
    /// numbers between them, all in Latin letters.
    func isButtonRow(_ key: String) -> Bool {
        var strong = 0
        var rest = Substring(key)
        while !rest.isEmpty {
            let word: Substring
            if let space = rest.utf8.firstIndex(of: 0x20) {
                word = rest[..<space]
                rest = rest[rest.utf8.index(after: space)...]
            } else {
                word = rest
                rest = rest[rest.endIndex...]
            }
            if word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { continue }
            // Button words are short Latin words: anything else ends the test at once.
            guard word.utf8.count <= 12, word.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            let text = String(word)
            if buttonWords.contains(text) {
                strong += 1
            } else if !buttonFillers.contains(text) {
                return false
            }
        }
        return strong > 0
    }

    /// The end of a label at the start of `line` (folded), when the label ends a word there:
    /// "lire aussi" matches "lire aussi : …" and "lire-aussi", not "lire aussitôt".
    func labelEnd(in line: Substring.UnicodeScalarView) -> String.Index? {
        guard let first = line.first, let candidates = labels[first] else { return nil }
        var best: String.Index?
        for label in candidates {
            if let end = Self.match(label, at: line), best.map({ end > $0 }) ?? true { best = end }
        }
        return best
    }

    /// Where `label` (words separated by single spaces) ends at the start of `line`, any run
    /// of non-letters standing for a space. (Read by index: most lines are passed after their
    /// first few scalars.)
    static func match(_ label: [Unicode.Scalar], at line: Substring.UnicodeScalarView) -> String.Index? {
        var index = line.startIndex
        let end = line.endIndex
        for scalar in label {
            if scalar == " " {
                guard index < end, !TextFold.isWordScalar(line[index]) else { return nil }
                while index < end, !TextFold.isWordScalar(line[index]) { index = line.index(after: index) }
            } else {
                guard index < end, line[index] == scalar else { return nil }
                index = line.index(after: index)
            }
        }
        if index < end, TextFold.isWordScalar(line[index]) { return nil }
        return index
    }

    private static func startsWord(_ key: String, _ prefix: String) -> Bool {
        guard key.hasPrefixBytes(prefix) else { return false }
        let utf8 = key.utf8
        let next = utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)
        return next == utf8.endIndex || utf8[next] == 0x20
    }
}
