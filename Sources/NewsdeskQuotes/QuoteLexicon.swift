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
    }

    /// One-word entries, by their word: a bit set of kinds.
    private(set) var words: [String: UInt16] = [:]
    /// Source phrases of several tokens, by their first token.
    private(set) var phrases: [String: [[String]]] = [:]
    /// French inverted-pronoun endings ("-t-il"), longest first.
    private(set) var suffixes: [String] = []

    init() {}

    func has(_ word: String, _ kind: Kind) -> Bool {
        guard let bits = words[word] else { return false }
        return bits & Self.bit(kind) != 0
    }

    private static func bit(_ kind: Kind) -> UInt16 {
        UInt16(1) << UInt16(Kind.allCases.firstIndex(of: kind) ?? 0)
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
                return
            }
        }
        words[key, default: 0] |= Self.bit(kind)
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
