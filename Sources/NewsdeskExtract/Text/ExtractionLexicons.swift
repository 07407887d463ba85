/// A lexicon that extraction could not load. Extraction goes on without it, from the other
/// evidence, but removes less page furniture: the installation is broken, and a tool should
/// say so (`ExtractionLexicons.problems`). Library code does not print.
public struct LexiconProblem: Error, Sendable, CustomStringConvertible {
    /// The lexicon's folder under `Resources/` ("lexicons/leftovers").
    public let lexicon: String
    /// What went wrong: the resource was not found (`ResourceLocator.NotFound`, which says where
    /// it was looked for and how to point to it) or a file could not be read.
    public let error: any Error

    public init(lexicon: String, error: any Error) {
        self.lexicon = lexicon
        self.error = error
    }

    /// The underlying error's description, which names the resource.
    public var description: String { "\(error)" }
}

/// The lexicons extraction reads from `Resources/lexicons/`: furniture cues
/// (`lexicons/leftovers`) and function words (`lexicons/stopwords`); and the plain-text
/// cleaner's line model (`Resources/linemodel`).
public enum ExtractionLexicons {
    /// The lexicons that could not be loaded, empty when all were. Each lexicon is loaded once
    /// per process, on first use; reading this loads any not yet loaded, so a tool can report
    /// problems before extracting anything.
    public static var problems: [LexiconProblem] {
        [LeftoverCues.loadProblem, FunctionWords.loadProblem, LearnedLineClassifier.loadProblem].compactMap { $0 }
    }
}
