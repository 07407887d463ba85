public import NewsdeskCore

/// One input named on the command line or found in a directory.
public enum InputItem: Sendable, Equatable {
    /// A file (or a pipe named explicitly) to read.
    case file(path: String)
    /// Standard input (`-`).
    case standardInput
    /// A path that cannot be read, with the reason (missing, broken link, loop, …).
    case unusable(path: String, Rejection)
    /// A document given with what is known of it (a line of `analyze --input-format jsonl`),
    /// named for messages ("records.jsonl:3").
    case record(name: String, bytes: [UInt8], metadata: InputMetadata)

    /// The path as shown in messages.
    public var path: String {
        switch self {
        case .file(let path), .unusable(let path, _): path
        case .record(let name, _, _): name
        case .standardInput: "-"
        }
    }
}
