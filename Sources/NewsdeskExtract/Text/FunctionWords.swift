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
        let languages = Self.languages
        var counts = [Int](repeating: 0, count: languages.count)
        for line in lines {
            for word in line.keyWords {
                for language in Self.languagesOfWord[String(word)] ?? [] { counts[language] += 1 }
            }
        }
        // The most words; on a tie, the first language by code.
        let best = languages.indices.filter { counts[$0] > 0 }.max { (counts[$0], languages[$1]) < (counts[$1], languages[$0]) }
        words = best.flatMap { Self.lexicons[languages[$0]] } ?? []
    }

    /// The languages of the lexicons, and for each function word the languages that have it
    /// (indices into `languages`): one look-up per word of a document, not one per language.
    private static let languages = lexicons.keys.sorted()
    private static let languagesOfWord: [String: [Int]] = {
        var table: [String: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            for word in lexicons[language] ?? [] { table[word, default: []].append(index) }
        }
        return table
    }()

    /// The share of a line's words that are function words (0 when the language is unknown).
    func share(of line: TextLine) -> Double {
        let tokens = line.keyWords
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
