import NewsdeskCore
import Foundation
import Synchronization

/// What a lexicon phrase means to the time grammar; `Resources/lexicons/time/README.md` lists
/// the kinds and their values.
struct TimeWord: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case month, monthabbr, weekday, day, period, unit, relative, number, ordinal, season, fuzzy, approx, more, less
        case ref, this, last, next, det, ago, earlier, later, every, setword, weekend, noon, clock, meridiem
        case zone, decade, prep, of, future, futuresuffix, past, pastsuffix, untensed, age, half, term, holiday
        case sameday, fromnow, habitual, relpronoun
    }

    let kind: Kind
    let value: String

    var integer: Int? { Int(value) }
}

extension TimeWord.Kind {
    /// Kinds that begin an expression only before a calendar word or a number: determiners,
    /// counts, modifiers, connectors ("the", "plus de", "il y a").
    var isLeading: Bool {
        switch self {
        case .det, .number, .approx, .more, .less, .this, .last, .next, .every, .earlier, .later, .ago, .ordinal, .prep, .of: true
        default: false
        }
    }

    /// Kinds that are never the core of an expression: the leading ones, tense cues, and words
    /// that only follow a number ("h", "a.m.", "UTC", "old").
    var isConnecting: Bool {
        switch self {
        case .future, .futuresuffix, .past, .pastsuffix, .untensed, .age, .clock, .meridiem, .zone, .term, .habitual, .relpronoun: true
        default: isLeading
        }
    }
}

/// A lexicon phrase found in the text: what it means and the token after it.
struct TimeWordMatch: Sendable {
    let word: TimeWord
    let end: Int
}

/// The time words of one language: its CLDR calendar words and the project's grammar words,
/// keyed by their folded tokens joined with single spaces.
struct TimeLexicon: Sendable {
    private(set) var phrases: [String: [TimeWord]] = [:]
    /// Every proper beginning of a phrase of several tokens ("il", "il y"): where a longer phrase
    /// may go on. A position whose token is neither a phrase nor here starts no phrase.
    private(set) var beginnings: Set<String> = []
    private(set) var longestPhrase = 1
    /// Verb endings of the future tense, lower case with their accents ("rá", "ront").
    private(set) var futureSuffixes: [String] = []
    /// Verb endings of past tenses ("ed", "ó").
    private(set) var pastSuffixes: [String] = []
    /// One-word tense cues, lower case with their accents: folded, French "à" would be "a" (has).
    private(set) var futureWords: Set<String> = []
    private(set) var pastWords: Set<String> = []
    /// Words with a tense's ending that are no verb in that tense ("succeed", "hundred").
    private(set) var untensedWords: Set<String> = []
    /// One-word day names (weekdays, "gestern") and parts of the day, folded: the halves of
    /// compounds like German "Donnerstagabend", which the parser reads as two words.
    private(set) var compoundHeads: [String] = []
    private(set) var compoundTails: Set<String> = []

    init() {}

    mutating func add(_ word: TimeWord, phrase: String) {
        let isOneWord = phrase.unicodeScalars.allSatisfy(TextFold.isAlphabetic)
        switch word.kind {
        case .futuresuffix: futureSuffixes.append(phrase.lowercased()); return
        case .pastsuffix: pastSuffixes.append(phrase.lowercased()); return
        case .future where isOneWord: futureWords.insert(phrase.lowercased()); return
        case .past where isOneWord: pastWords.insert(phrase.lowercased()); return
        case .untensed: untensedWords.insert(phrase.lowercased()); return
        default: break
        }
        let key: String
        if isOneWord {
            // One word, most entries: its token is its folded form.
            key = TextFold.fold(phrase)
        } else {
            let tokens = TimeTokenizer.tokens(of: phrase)
            guard !tokens.isEmpty else { return }
            key = tokens.map(\.folded).joined(separator: " ")
            longestPhrase = max(longestPhrase, tokens.count)
            for length in 1..<tokens.count { beginnings.insert(tokens[..<length].map(\.folded).joined(separator: " ")) }
        }
        guard !key.isEmpty, phrases[key]?.contains(word) != true else { return }
        phrases[key, default: []].append(word)
        if isOneWord && (word.kind == .weekday || word.kind == .day) && !compoundHeads.contains(key) { compoundHeads.append(key) }
        if isOneWord && word.kind == .period { compoundTails.insert(key) }
    }

    /// Every phrase that starts at token `index`, longest first.
    func matches(in tokens: [TimeToken], at index: Int) -> [TimeWordMatch] {
        guard index < tokens.count else { return [] }
        var found: [TimeWordMatch] = []
        var key = tokens[index].folded
        var end = index + 1
        while true {
            if let words = phrases[key] {
                // Longest first: a longer phrase's words go before the shorter ones found so far.
                found.insert(contentsOf: words.map { TimeWordMatch(word: $0, end: end) }, at: 0)
            }
            // A phrase goes on only from a known beginning, and not over a line break.
            guard end < tokens.count, end - index < longestPhrase, !tokens[end].lineBreakBefore, beginnings.contains(key) else { break }
            key += " " + tokens[end].folded
            end += 1
        }
        return found
    }
}

extension TimeLexicon {
    /// The codes of the languages that have a lexicon.
    static let languages = ["en", "fr", "de", "es", "it", "pt"]

    /// The lexicon of a language the time grammar knows, read on first use (a call of
    /// `newsdesk analyze` reads only the languages of its inputs).
    static func forLanguage(_ code: String?) -> TimeLexicon? {
        guard let code, languages.contains(code) else { return nil }
        if let cached = cache.withLock({ $0[code] }) { return cached }
        let lexicon = load(code)
        cache.withLock { $0[code] = lexicon }
        return lexicon
    }

    /// Why the lexicons cannot be read (their folder or a file is missing), or nil when they can.
    static var loadProblem: String? { installation.problem }

    private static let cache = Mutex<[String: TimeLexicon]>([:])

    private static let installation: (directory: String?, problem: String?) = {
        do {
            let directory = try ResourceLocator.directory("lexicons/time", containing: "cldr-en.tsv")
            let missing = languages.flatMap { ["cldr-\($0).tsv", "\($0).tsv"] }
                .filter { !FileManager.default.fileExists(atPath: directory + "/" + $0) }
            return (directory, missing.isEmpty ? nil : "time lexicons: missing \(missing.joined(separator: ", ")) in \(directory)")
        } catch {
            return (nil, "time lexicons: \(error)")
        }
    }()

    private static func load(_ code: String) -> TimeLexicon {
        var lexicon = TimeLexicon()
        guard let directory = installation.directory else { return lexicon }
        for file in ["cldr-\(code).tsv", "\(code).tsv"] {
            // A missing file is reported by `loadProblem`; a malformed line is skipped (the
            // lexicon tests read every file strictly).
            try? lexicon.read(contentsOf: directory + "/" + file)
        }
        return lexicon
    }

    typealias FormatError = LexiconFile.FormatError

    mutating func read(contentsOf path: String) throws {
        try read(LexiconFile.text(ofFile: path), file: path)
    }

    /// Reads `KIND<TAB>VALUE<TAB>PHRASE` lines.
    mutating func read(_ text: String, file: String) throws {
        try LexiconFile.forEachRow(in: text) { line, fields in
            guard fields.count == 3, let kind = TimeWord.Kind(rawValue: String(fields[0])) else {
                throw FormatError(file: file, line: line, reason: "expected KIND<TAB>VALUE<TAB>PHRASE with a known kind")
            }
            add(TimeWord(kind: kind, value: String(fields[1])), phrase: String(fields[2]))
        }
    }
}
