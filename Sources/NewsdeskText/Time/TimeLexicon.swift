import NewsdeskCore
import Foundation

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
        let tokens = TimeTokenizer.tokens(of: phrase)
        guard let first = tokens.first else { return }
        let key = tokens.map(\.folded).joined(separator: " ")
        if phrases[key, default: []].contains(word) { return }
        phrases[key, default: []].append(word)
        firstTokens.insert(first.folded)
        longestPhrase = max(longestPhrase, tokens.count)
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
    /// The lexicons of the languages the time grammar knows, read once per process on first use.
    static func forLanguage(_ code: String?) -> TimeLexicon? {
        guard let code else { return nil }
        return loaded.lexicons[code]
    }

    /// Why the lexicons could not be read, or nil when they were.
    static var loadProblem: String? { loaded.problem }

    /// The codes of the languages that have a lexicon.
    static let languages = ["en", "fr", "de", "es", "it", "pt"]

    private static let loaded: (lexicons: [String: TimeLexicon], problem: String?) = {
        do {
            let directory = try ResourceLocator.directory("lexicons/time", containing: "cldr-en.tsv")
            var lexicons: [String: TimeLexicon] = [:]
            for code in languages {
                var lexicon = TimeLexicon()
                for file in ["cldr-\(code).tsv", "\(code).tsv"] {
                    try lexicon.read(contentsOf: directory + "/" + file)
                }
                lexicons[code] = lexicon
            }
            return (lexicons, nil)
        } catch {
            return ([:], "time lexicons: \(error)")
        }
    }()

    struct FormatError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    mutating func read(contentsOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try read(text, file: path)
    }

    mutating func read(_ text: String, file: String) throws {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = TimeWord.Kind(rawValue: String(fields[0])) else {
                throw FormatError(file: file, line: number + 1, reason: "expected KIND<TAB>VALUE<TAB>PHRASE with a known kind")
            }
            add(TimeWord(kind: kind, value: String(fields[1])), phrase: String(fields[2]))
        }
    }
}
