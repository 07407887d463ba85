import NewsdeskCore

/// The statistical part of language identification: character n-gram log-probabilities
/// (orders 1–5, within words) for 76 languages and word frequencies for 37 of them.
///
/// Built by `scripts/build-langid-model.sh` from PyPI and Debian data (see Resources/langid/README.md) and
/// read from `Resources/langid/` at run time (plain files, not compiled in). Loading takes tens of milliseconds, so share one instance:
/// `LanguageModel.standard`.
public struct LanguageModel: Sendable {
    /// ISO 639-1 codes, in the model's language order.
    public let codes: [String]
    /// Character n-gram tables, orders 1 to 5 (index 0 to 4).
    let orders: [NGramTable]
    let words: WordTable

    /// The model shipped with Newsdesk, loaded once on first use.
    public static let standard: Result<LanguageModel, LanguageModelError> = Result { () throws(LanguageModelError) in
        try LanguageModel(directory: try locateDirectory())
    }

    /// Loads the model files from a directory (the `langid` folder of the resources).
    public init(directory: String) throws(LanguageModelError) {
        func map(_ name: String) throws(LanguageModelError) -> MappedFile {
            let path = directory + "/" + name
            guard let file = MappedFile(path: path) else { throw .notFound(searched: [path]) }
            return file
        }
        var orders: [NGramTable] = []
        for order in 1...5 {
            let name = "ngrams-\(order).bin"
            orders.append(try NGramTable(file: try map(name), name: name))
        }
        self.orders = orders
        let wordFiles = ["words-1.bin", "words-2.bin"]
        var mapped: [MappedFile] = []
        for name in wordFiles { mapped.append(try map(name)) }
        words = try WordTable(files: mapped, names: wordFiles)
        codes = words.codes
        guard orders.allSatisfy({ $0.codes == codes }) else {
            throw .corrupt(directory, "model files disagree on their languages")
        }
        // A posting names its language in 8 bits.
        guard codes.count <= 256 else { throw .corrupt(directory, "more than 256 languages") }
    }

    /// Where the model lives: `Resources/langid`, found by NewsdeskCore's `ResourceLocator`
    /// (`$NEWSDESK_RESOURCES`, beside the executable, or the source checkout).
    static func locateDirectory() throws(LanguageModelError) -> String {
        do {
            return try ResourceLocator.directory("langid", containing: "words-1.bin")
        } catch {
            throw .notFound(searched: error.searched)
        }
    }
}
