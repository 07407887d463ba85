import Foundation
import NewsdeskCore

/// Function words per language (Resources/lexicons/stopwords): the share of them in a line is
/// evidence of running text. Menus, tag lists and headlines have few; prose has many.
struct FunctionWords {
    /// Language code → folded function words (`LeftoverCues.matchKey` form).
    static let lexicons: [String: Set<String>] = {
        do {
            let directory = try ResourceLocator.directory("lexicons/stopwords", containing: "en.txt")
            var lexicons: [String: Set<String>] = [:]
            for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".txt") {
                let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
                let words = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.map { LeftoverCues.matchKey($0) }
                lexicons[String(file.dropLast(4))] = Set(words.filter { !$0.isEmpty })
            }
            return lexicons
        } catch {
            FileHandle.standardError.write(Data("newsdesk: warning: \(error)\n".utf8))
            return [:]
        }
    }()

    /// The function words of the document's language: the lexicon that covers most of its words.
    let words: Set<String>

    init(document lines: [TextLine]) {
        var counts: [String: Int] = [:]
        for line in lines {
            for word in LeftoverCues.matchKey(line.text).split(separator: " ") {
                for (language, lexicon) in Self.lexicons where lexicon.contains(String(word)) { counts[language, default: 0] += 1 }
            }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        words = best.flatMap { Self.lexicons[$0.key] } ?? []
    }

    /// The share of a line's words that are function words (0 when the language is unknown).
    func share(of line: TextLine) -> Double {
        let tokens = LeftoverCues.matchKey(line.text).split(separator: " ")
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
