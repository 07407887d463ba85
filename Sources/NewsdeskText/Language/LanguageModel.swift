import Foundation

/// The statistical part of language identification: character n-gram log-probabilities
/// (orders 1–5, within words) for 75 languages and word frequencies for about 40 of them.
///
/// Built by `scripts/build-langid-model.sh` from PyPI data (see Resources/langid/README.md) and
/// read from `Resources/langid/`. Loading takes tens of milliseconds, so share one instance:
/// `LanguageModel.standard`.
public struct LanguageModel: Sendable {
    /// ISO 639-1 codes, in the model's language order.
    public let codes: [String]
    let lowOrders: NGramTable
    let highOrders: NGramTable
    let words: NGramTable

    /// The model shipped with Newsdesk, loaded once on first use.
    public static let standard: Result<LanguageModel, LanguageModelError> = Result { () throws(LanguageModelError) in
        try LanguageModel(directory: try locateDirectory())
    }

    /// Loads the model files from a directory (the `langid` folder of the resources).
    public init(directory: String) throws(LanguageModelError) {
        func table(_ name: String) throws(LanguageModelError) -> NGramTable {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw .notFound(searched: [path]) }
            return try NGramTable(bytes: [UInt8](data), name: name)
        }
        lowOrders = try table("ngrams-1-3.bin")
        highOrders = try table("ngrams-4-5.bin")
        words = try table("words.bin")
        codes = lowOrders.codes
        guard highOrders.codes == codes, words.codes == codes else {
            throw .corrupt(directory, "model files disagree on their languages")
        }
    }

    /// Where the model lives: `$NEWSDESK_RESOURCES/langid`, then `Resources/langid` beside the
    /// executable or one or two levels up (an installed tree, `.build/release`), then the source
    /// checkout this module was compiled from (tests, development builds).
    static func locateDirectory() throws(LanguageModelError) -> String {
        var candidates: [String] = []
        if let root = ProcessInfo.processInfo.environment["NEWSDESK_RESOURCES"], !root.isEmpty {
            candidates.append(root + "/langid")
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            var directory = executable
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("Resources/langid").path)
                candidates.append(directory.appendingPathComponent("share/newsdesk/langid").path)
                directory.deleteLastPathComponent()
            }
        }
        // #filePath is Sources/NewsdeskText/Language/LanguageModel.swift in the checkout.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Resources/langid").path)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/words.bin") {
            return candidate
        }
        throw .notFound(searched: candidates)
    }
}
