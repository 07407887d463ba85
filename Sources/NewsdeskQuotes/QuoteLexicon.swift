import NewsdeskCore
import NewsdeskText
import Foundation
import Synchronization

/// The words of one language that attribute speech, and those around them: cue verbs in every
/// inflected form, source phrases ("selon", "according to"), complementizers, pronouns,
/// determiners, the words skipped between a speaker and its verb, and those that join or end a
/// role. Keys are lower case with their accents, apostrophes made straight.
/// `Resources/lexicons/quotes/README.md` lists the kinds and how the files are built.
struct QuoteLexicon: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case cue, source, that, pronoun, det, skip, aux, prep, stop, suffix, bare, base, male, female

        /// The kind's bit in a word's set (a switch: this is asked for every token many times).
        var bit: UInt16 {
            switch self {
            case .cue: 1 << 0
            case .source: 1 << 1
            case .that: 1 << 2
            case .pronoun: 1 << 3
            case .det: 1 << 4
            case .skip: 1 << 5
            case .aux: 1 << 6
            case .prep: 1 << 7
            case .stop: 1 << 8
            case .suffix: 1 << 9
            case .bare: 1 << 10
            case .base: 1 << 11
            case .male: 1 << 12
            case .female: 1 << 13
            }
        }
    }

    /// Set in a word's bits when a source phrase of several words begins with it.
    static let phraseStart: UInt16 = 1 << 15

    /// One-word entries, by their word: a bit set of kinds.
    private(set) var words: [String: UInt16] = [:]
    /// Source phrases of several tokens, by their first token.
    private(set) var phrases: [String: [[String]]] = [:]
    /// French inverted-pronoun endings ("-t-il"), longest first.
    private(set) var suffixes: [String] = []

    init() {}

    func has(_ word: String, _ kind: Kind) -> Bool {
        bits(of: word) & kind.bit != 0
    }

    /// The kinds of a word (a lexicon key) as a bit set, with `phraseStart`; 0 for a word the
    /// lexicon does not know.
    func bits(of word: String) -> UInt16 {
        words[word] ?? 0
    }

    /// The key of a word as the lexicon spells it: lower case, typographic apostrophe made straight.
    static func key(_ word: some StringProtocol) -> String {
        let lower = word.lowercased()
        // Scalars, not Foundation's `contains`, which costs a locale-aware search per call.
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    mutating func add(_ kind: Kind, _ entry: String) {
        let key = Self.key(entry)
        if kind == .suffix {
            suffixes.append(key)
            suffixes.sort { $0.count > $1.count }
            return
        }
        // Only source phrases ("according to", "selon les") are cut into words: tokenizing
        // every one of the thousands of cue forms cost more than a document's analysis.
        if kind == .source {
            let tokens = Tokenizer().tokens(in: key).map { Self.key(key[utf8: $0.span]) }
            if tokens.count > 1 {
                phrases[tokens[0], default: []].append(tokens)
                words[tokens[0], default: 0] |= Self.phraseStart
                return
            }
        }
        words[key, default: 0] |= kind.bit
    }
}

extension QuoteLexicon {
    static let languages = ["en", "fr", "de", "es", "it", "pt"]

    /// The lexicon of a language, read on first use; nil for a language without one.
    static func forLanguage(_ code: String?) -> QuoteLexicon? {
        guard let code, languages.contains(code) else { return nil }
        if let cached = cache.withLock({ $0[code] }) { return cached }
        var lexicon = QuoteLexicon()
        if let directory = installation.directory {
            // A missing file is reported by `loadProblem`; the tests read every file strictly.
            try? lexicon.read(contentsOf: directory + "/\(code).tsv")
        }
        cache.withLock { $0[code] = lexicon }
        return lexicon
    }

    /// Why the lexicons cannot be read, or nil when they can.
    static var loadProblem: String? { installation.problem }

    private static let cache = Mutex<[String: QuoteLexicon]>([:])

    private static let installation: (directory: String?, problem: String?) = {
        do {
            let directory = try ResourceLocator.directory("lexicons/quotes", containing: "en.tsv")
            let missing = languages.map { "\($0).tsv" }.filter { !FileManager.default.fileExists(atPath: directory + "/" + $0) }
            return (directory, missing.isEmpty ? nil : "quote lexicons: missing \(missing.joined(separator: ", ")) in \(directory)")
        } catch {
            return (nil, "quote lexicons: \(error)")
        }
    }()

    typealias FormatError = LexiconFile.FormatError

    mutating func read(contentsOf path: String) throws {
        try read(LexiconFile.text(ofFile: path), file: path)
    }

    /// Reads `KIND<TAB>FORM` lines.
    mutating func read(_ text: String, file: String) throws {
        try LexiconFile.forEachRow(in: text) { line, fields in
            guard fields.count == 2, let kind = Kind(rawValue: String(fields[0])) else {
                throw FormatError(file: file, line: line, reason: "expected KIND<TAB>FORM with a known kind")
            }
            add(kind, String(fields[1]))
        }
    }
}
