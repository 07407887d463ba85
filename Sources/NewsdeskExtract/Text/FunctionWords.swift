import Foundation
import NewsdeskCore
import NewsdeskText

/// Function words per language (Resources/lexicons/stopwords): the share of them in a line is
/// evidence of running text. Menus, tag lists and headlines have few; prose has many.
struct FunctionWords {
    /// Language code → folded function words (`TextFold.matchKey` form); empty when the
    /// lexicons cannot be read (see `loadProblem`).
    static let lexicons: [String: Set<String>] = loaded.lexicons

    /// Why the function-word lexicons could not be read, or nil when they were. Without them
    /// no line looks like running text by its function words, and the plain-text cleaner
    /// decides from the other evidence. Reading this loads the lexicons if nothing has yet.
    static var loadProblem: LexiconProblem? { loaded.problem }

    /// Loaded once per process, on first use.
    private static let loaded: (lexicons: [String: Set<String>], problem: LexiconProblem?) = {
        do {
            return (try load(from: ResourceLocator.directory("lexicons/stopwords", containing: "en.txt")), nil)
        } catch {
            return ([:], LexiconProblem(lexicon: "lexicons/stopwords", error: error))
        }
    }()

    /// Every `<language>.txt` file of `directory`: one word a line, `#` lines are comments.
    static func load(from directory: String) throws -> [String: Set<String>] {
        var lexicons: [String: Set<String>] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".txt") {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            let words = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.map { TextFold.matchKey($0) }
            lexicons[String(file.dropLast(4))] = Set(words.filter { !$0.isEmpty })
        }
        return lexicons
    }

    /// The function words of the document's language: the lexicon that covers most of its words.
    let words: Set<String>

    init(document lines: [TextLine]) {
        var counts: [String: Int] = [:]
        for line in lines {
            for word in TextFold.matchKey(line.text).split(separator: " ") {
                for (language, lexicon) in Self.lexicons where lexicon.contains(String(word)) { counts[language, default: 0] += 1 }
            }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        words = best.flatMap { Self.lexicons[$0.key] } ?? []
    }

    /// The share of a line's words that are function words (0 when the language is unknown).
    func share(of line: TextLine) -> Double {
        let tokens = TextFold.matchKey(line.text).split(separator: " ")
        guard !tokens.isEmpty, !words.isEmpty else { return 0 }
        return Double(tokens.filter { words.contains(String($0)) }.count) / Double(tokens.count)
    }

    /// A run of capitalised words without a single function word: "Nieuws Regio Sport Cultuur
    /// Weer" is a menu bar, not a headline.
    func isMenuLike(_ line: TextLine) -> Bool {
        guard line.wordCount >= 3, !words.isEmpty, share(of: line) == 0 else { return false }
        return line.text.split(separator: " ").allSatisfy { word in word.first.map { $0.isUppercase || !$0.isLetter } ?? true }
    }
}
