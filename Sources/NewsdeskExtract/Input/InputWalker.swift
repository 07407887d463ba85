import NewsdeskCore

/// Expands command-line paths into input items: files as they are, directories recursively
/// (sorted, hidden entries skipped, each directory visited once so symlink loops end), `-` as
/// standard input. Paths that cannot be used come out as `.unusable` with the reason, in
/// order, so the batch goes on and the user learns about each one.
public struct InputWalker: Sequence, IteratorProtocol {
    private var pending: [(path: String, explicit: Bool)]
    private var visitedDirectories = Set<[UInt64]>()

    public init(paths: [String]) {
        pending = paths.reversed().map { ($0, true) }
    }

    public mutating func next() -> InputItem? {
        while let (path, explicit) = pending.popLast() {
            if path == "-" && explicit { return .standardInput }
            if let item = visit(path, explicit: explicit) { return item }
        }
        return nil
    }

    private mutating func visit(_ path: String, explicit: Bool) -> InputItem? {
        let status: POSIX.Status
        switch POSIX.status(path, followLinks: true) {
        case .success(let found): status = found
        case .failure(let code): return .unusable(path: path, Rejection(.unreadable, reason(for: code, at: path)))
        }
        switch status.kind {
        case .regular:
            return .file(path: path)
        case .directory:
            guard visitedDirectories.insert([status.device, status.inode]).inserted else {
                return explicit ? .unusable(path: path, Rejection(.unreadable, "directory already visited (symbolic link loop?)")) : nil
            }
            switch POSIX.directoryEntries(path) {
            case .success(let names):
                let base = path.hasSuffix("/") ? path : path + "/"
                pending += names.reversed().filter { !$0.hasPrefix(".") }.map { (base + $0, false) }
                return nil
            case .failure(let code):
                return .unusable(path: path, Rejection(.unreadable, "cannot list directory: \(code.message)"))
            }
        case .namedPipe where explicit:
            // A pipe named on the command line is read, as `<(cmd)` gives one.
            return .file(path: path)
        case .namedPipe, .socket, .device, .symbolicLink:
            // Inside a directory a pipe could block the batch forever; a socket or a device is
            // never a document (`/dev/zero` would be read until the size limit).
            return .unusable(path: path, Rejection(.notADocument, "not a regular file (\(Self.describe(status.kind)))"))
        }
    }

    private static func describe(_ kind: POSIX.FileKind) -> String {
        switch kind {
        case .namedPipe: "a named pipe"
        case .socket: "a socket"
        case .device: "a device"
        case .symbolicLink: "a symbolic link"
        case .regular, .directory: "a file"
        }
    }

    /// Words for a failed `stat`, telling a broken link from a missing file.
    private func reason(for code: POSIX.SystemError, at path: String) -> String {
        if case .success(let link) = POSIX.status(path, followLinks: false), link.kind == .symbolicLink {
            return code.isLoop ? "symbolic link loop" : "broken symbolic link (\(code.message))"
        }
        return code.message
    }
}
