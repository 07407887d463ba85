import Foundation
public import NewsdeskCore
import NewsdeskText

/// Cue phrases that mark a short line as page furniture rather than article text, one lexicon
/// per language in `Resources/lexicons/leftovers/` (see its README). A line is a leftover only
/// when it is short and the cue covers most of it, so a sentence that merely mentions
/// "newsletter" stays.
///
/// Matching ignores case, accents, punctuation and spacing ("Partager  l’article :" matches
/// "Partager l'article"). Cues are language evidence, not exact strings: each lexicon holds the
/// usual wordings, and prefix cues (`…*`) accept a short continuation.
public enum LeftoverCues {
    /// One cue as its lexicon file writes it, for readers that match in their own way (the
    /// HTML extractor folds and scores lines itself).
    struct Cue: Sendable {
        enum Form: Sendable {
            /// `Cue`: the whole line.
            case line
            /// `Cue*`: the line starts with the cue.
            case prefix
            /// `# cue`: the cue follows a number ("12 commentaires").
            case counted
            /// `cue #`: the cue precedes a date or a time ("Mis à jour le 3 mai").
            case dated
            /// `*cue*`: the cue appears anywhere in a short line ("… all rights reserved").
            case phrase
            /// `>cue`: the cue anywhere in a block that closes an article ("… support our
            /// journalism"); too common in prose to count anywhere else.
            case closing
            /// `+word`: a button word; a short line of button words and fillers is a widget.
            case word
            /// `?word`: a word that may stand between button words ("Share on Facebook").
            case filler
        }

        var reason: Removal.Reason
        var form: Form
        /// The cue without its markers.
        var text: String
    }

    /// The cue lexicons: every `*.txt` file of the resource folder.
    struct Lexicon {
        var exact: [String: Removal.Reason] = [:]
        var prefixes: [(String, Removal.Reason)] = []
        /// Labels that follow a number ("12 commentaires").
        var counted: [String: Removal.Reason] = [:]
        /// Every cue of every file, in file order, with its form.
        var cues: [Cue] = []
    }

    /// The cue lexicons, empty when they cannot be read (see `loadProblem`).
    static let lexicon: Lexicon = loaded.lexicon

    /// Why the cue lexicons could not be read, or nil when they were. Without them the cleaner
    /// still works from line shape and position, but removes less furniture: the installation
    /// is broken, and a tool should say so (`ExtractionLexicons.problems` gathers every lexicon's).
    /// Reading this loads the lexicons if nothing has yet.
    public static var loadProblem: LexiconProblem? { loaded.problem }

    /// Loaded once per process, on first use.
    private static let loaded: (lexicon: Lexicon, problem: LexiconProblem?) = {
        do {
            let directory = try ResourceLocator.directory("lexicons/leftovers", containing: "en.txt")
            return (try load(from: directory), nil)
        } catch {
            return (Lexicon(), LexiconProblem(lexicon: "lexicons/leftovers", error: error))
        }
    }()

    static func load(from directory: String) throws -> Lexicon {
        var lexicon = Lexicon()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            // Lines and fields are cut on bytes: character views would break every line into
            // graphemes, which made loading the lexicons cost more than extracting a page.
            for line in text.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
                guard let tab = line.firstIndex(of: 0x09),
                    let cue = parse(Substring(line[line.index(after: tab)...]), reason: Removal.Reason(rawValue: String(Substring(line[..<tab]))))
                else { continue }
                lexicon.cues.append(cue)
                let key = TextFold.matchKey(cue.text)
                guard !key.isEmpty else { continue }
                switch cue.form {
                case .line: if lexicon.exact[key] == nil { lexicon.exact[key] = cue.reason }
                case .prefix: lexicon.prefixes.append((key, cue.reason))
                case .counted: lexicon.counted[key] = cue.reason
                // The other forms need a line's shape (its length, its links), which only
                // the HTML extractor scores.
                case .dated, .phrase, .closing, .word, .filler: break
                }
            }
        }
        return lexicon
    }

    /// A lexicon entry's cue field read into its form and bare text.
    static func parse(_ field: Substring, reason: Removal.Reason) -> Cue? {
        let form: Cue.Form
        var text = field
        if text.hasPrefix("# ") {
            form = .counted
            text = text.dropFirst(2)
        } else if text.hasSuffix(" #") {
            form = .dated
            text = text.dropLast(2)
        } else if text.count > 2, text.hasPrefix("*"), text.hasSuffix("*") {
            form = .phrase
            text = text.dropFirst().dropLast()
        } else if text.hasSuffix("*") {
            form = .prefix
            text = text.dropLast()
        } else if text.hasPrefix(">") {
            form = .closing
            text = text.dropFirst()
        } else if text.hasPrefix("+") {
            form = .word
            text = text.dropFirst()
        } else if text.hasPrefix("?") {
            form = .filler
            text = text.dropFirst()
        } else {
            form = .line
        }
        let bare = String(TextFold.trim(text))
        return bare.isEmpty ? nil : Cue(reason: reason, form: form, text: bare)
    }

    /// The reason a line is page furniture, or nil when no cue accounts for it.
    public static func reason(for line: String) -> Removal.Reason? {
        reason(for: line, key: nil)
    }

    /// `reason(for:)`, with the line's key (`TextFold.matchKey`) when it is folded already.
    static func reason(for line: String, key folded: String?) -> Removal.Reason? {
        // At most 160 characters; a line of as many bytes has no more.
        guard line.utf8.count <= 160 || line.count <= 160 else { return nil }
        let key = folded ?? TextFold.matchKey(line)
        guard !key.isEmpty else { return nil }
        if let reason = lexicon.exact[key] { return reason }
        if let reason = countedLabel(key) { return reason }
        // A prefix cue with a long continuation is a sentence, not a prompt, unless the whole
        // line stands in brackets ("(Reporting by …; Editing by …)").
        let bracketed = line.hasPrefix("(") && line.hasSuffix(")")
        let candidates = key.charactersAreScalars ? prefixesByFirstByte[key.utf8[key.utf8.startIndex]] ?? [] : lexicon.prefixes
        for (prefix, reason) in candidates where key.hasPrefix(prefix) {
            if key.count <= prefix.count + (bracketed ? 150 : 60) { return reason }
        }
        return nil
    }

    /// For each first byte, in file order, the prefix cues that a key starting with it may
    /// start with: those that start with the byte, and any whose characters are not all
    /// scalars. (Between texts whose characters are scalars, a prefix is a prefix of bytes.)
    private static let prefixesByFirstByte: [UInt8: [(String, Removal.Reason)]] = {
        var table: [UInt8: [(String, Removal.Reason)]] = [:]
        for byte in UInt8.min...UInt8.max {
            table[byte] = lexicon.prefixes.filter { prefix, _ in prefix.utf8.first == byte || !prefix.charactersAreScalars }
        }
        return table
    }()

    /// Counters such as "12 commentaires", "Comments (3)", "1 234 partages", "3 min de lecture":
    /// the line without its numbers is a counted cue (`#` in the lexicon: "# commentaires").
    private static func countedLabel(_ key: String) -> Removal.Reason? {
        // A character is a number by its first scalar: without a numeric scalar, no number.
        guard key.unicodeScalars.contains(where: \.isNumeric) else { return nil }
        let words = key.split(separator: " ")
        let labels = words.filter { !$0.allSatisfy(\.isNumber) }
        guard words.count > labels.count, !labels.isEmpty else { return nil }
        return lexicon.counted[labels.joined(separator: " ")]
    }
}
