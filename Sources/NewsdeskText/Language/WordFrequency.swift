/// How common words are in each language: the language model's word table alone (about the
/// 24,000 most frequent words of each of 37 languages, from wordfreq; see
/// Resources/langid/README.md), for stages that tell common words from names. Opening it maps
/// two files and nothing else, so a stage that needs it does not pay for the n-gram tables.
public struct WordFrequencies: Sendable {
    let table: WordTable

    /// The table shipped with Newsdesk, loaded once on first use.
    public static let standard: Result<WordFrequencies, LanguageModelError> = Result { () throws(LanguageModelError) in
        let directory = try LanguageModel.locateDirectory()
        let names = ["words-1.bin", "words-2.bin"]
        var files: [MappedFile] = []
        for name in names {
            guard let file = MappedFile(path: directory + "/" + name) else { throw .notFound(searched: [directory + "/" + name]) }
            files.append(file)
        }
        return WordFrequencies(table: try WordTable(files: files, names: names))
    }

    /// The natural log of a lower-cased word's share of running text in `language`; nil when
    /// the word is not among the language's frequent words or the language has no word table.
    public func logFrequency(_ lowercased: some StringProtocol, language: String) -> Double? {
        guard let index = table.codes.firstIndex(of: language) else { return nil }
        var hasher = KeyHasher()
        for byte in lowercased.utf8 { hasher.add(byte) }
        for posting in table.view.lookup(hasher.key) where Int(posting >> 8) == index {
            return -Double(posting & 0xFF) / Double(NGramTable.stepsPerNat)
        }
        return nil
    }
}
