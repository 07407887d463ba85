import NewsdeskCore
import Foundation
import Synchronization

/// What a lexicon phrase means to the time grammar; `Resources/lexicons/time/README.md` lists
/// the kinds and their values.
struct TimeWord: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        case month, monthabbr, weekday, day, period, unit, relative, number, ordinal, season, fuzzy, approx, more, less
        case ref, this, last, next, det, ago, earlier, later, every, setword, weekend, noon, clock, meridiem
        case zone, decade, prep, of, future, futuresuffix, past, pastsuffix, age
    }

    let kind: Kind
    let value: String

    var integer: Int? { Int(value) }
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
    /// The first token of every phrase: a position whose token is not here starts no phrase.
    private(set) var firstTokens: Set<String> = []
    private(set) var longestPhrase = 1
    /// Verb endings of the future tense, lower case with their accents ("rá", "ront").
    private(set) var futureSuffixes: [String] = []
    /// Verb endings of past tenses ("ed", "ó").
    private(set) var pastSuffixes: [String] = []

    init() {}

    mutating func add(_ word: TimeWord, phrase: String) {
        switch word.kind {
        case .futuresuffix: futureSuffixes.append(phrase.lowercased()); return
        case .pastsuffix: pastSuffixes.append(phrase.lowercased()); return
        default: break
        }
        let key: String
        let first: String
        if phrase.unicodeScalars.allSatisfy(TextFold.isAlphabetic) {
            // One word, most entries: its token is its folded form.
            key = TextFold.fold(phrase)
            first = key
        } else {
            let tokens = TimeTokenizer.tokens(of: phrase)
            guard let token = tokens.first else { return }
            key = tokens.map(\.folded).joined(separator: " ")
            first = token.folded
            longestPhrase = max(longestPhrase, tokens.count)
        }
        guard !key.isEmpty, phrases[key]?.contains(word) != true else { return }
        phrases[key, default: []].append(word)
        firstTokens.insert(first)
    }

    /// Every phrase that starts at token `index`, longest first.
    func matches(in tokens: [TimeToken], at index: Int) -> [TimeWordMatch] {
        guard index < tokens.count, firstTokens.contains(tokens[index].folded) else { return [] }
        var found: [TimeWordMatch] = []
        var key = ""
        var keys: [(String, Int)] = []
        for length in 1...min(longestPhrase, tokens.count - index) {
            let token = tokens[index + length - 1]
            // A phrase does not run over a line break.
            if length > 1 && token.lineBreakBefore { break }
            key += (length > 1 ? " " : "") + token.folded
            keys.append((key, index + length))
        }
        for (key, end) in keys.reversed() {
            for word in phrases[key] ?? [] { found.append(TimeWordMatch(word: word, end: end)) }
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

    struct FormatError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    mutating func read(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try read(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads `KIND<TAB>VALUE<TAB>PHRASE` lines, cut on bytes (a character view would break
    /// every line into graphemes, which costs more than the analysis of an article).
    mutating func read(_ text: String, file: String) throws {
        for (number, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = TimeWord.Kind(rawValue: String(Substring(fields[0]))) else {
                throw FormatError(file: file, line: number + 1, reason: "expected KIND<TAB>VALUE<TAB>PHRASE with a known kind")
            }
            add(TimeWord(kind: kind, value: String(Substring(fields[1]))), phrase: String(Substring(fields[2])))
        }
    }
}
