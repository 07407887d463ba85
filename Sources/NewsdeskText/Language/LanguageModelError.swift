/// Why the language model could not be loaded.
public enum LanguageModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No directory with the model files was found; lists the places searched.
    case notFound(searched: [String])
    /// A model file is damaged or of another version.
    case corrupt(String, String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "language model not found (set NEWSDESK_RESOURCES to the Resources directory); searched: "
                + searched.joined(separator: ", ")
        case .corrupt(let file, let reason):
            "language model file \(file) is unreadable: \(reason)"
        }
    }
}
