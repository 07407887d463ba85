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
    let words: NGramTable

    /// The model shipped with Newsdesk, loaded once on first use.
    public static let standard: Result<LanguageModel, LanguageModelError> = Result { () throws(LanguageModelError) in
        try LanguageModel(directory: try locateDirectory())
    }

    /// Loads the model files from a directory (the `langid` folder of the resources).
    public init(directory: String) throws(LanguageModelError) {
        func table(_ names: String...) throws(LanguageModelError) -> NGramTable {
            var files: [MappedFile] = []
            for name in names {
                let path = directory + "/" + name
                guard let file = MappedFile(path: path) else { throw .notFound(searched: [path]) }
                files.append(file)
            }
            return try withExtendedLifetime(files) { () throws(LanguageModelError) in
                try NGramTable(parts: zip(files, names).map { ($0.bytes, $1) })
            }
        }
        var orders: [NGramTable] = []
        for order in 1...5 { orders.append(try table("ngrams-\(order).bin")) }
        self.orders = orders
        words = try table("words-1.bin", "words-2.bin")
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
