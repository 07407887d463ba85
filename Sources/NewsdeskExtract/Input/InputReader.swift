public import NewsdeskCore

/// Reads an input's bytes, refusing files over the size limit before reading them whole.
public struct InputReader: Sendable {
    public let maxBytes: Int
    /// How long a named pipe may go without sending a byte before it is given up.
    public let pipeIdleLimit: Duration

    public init(maxBytes: Int, pipeIdleLimit: Duration = .seconds(10)) {
        self.maxBytes = maxBytes
        self.pipeIdleLimit = pipeIdleLimit
    }

    /// The bytes of a file or of standard input, or why they could not be had. A named pipe is
    /// waited on for at most `pipeIdleLimit` at a time, and not at all once `shouldStop` says so.
    public func read(_ item: InputItem, shouldStop: () -> Bool = { false }) -> Result<[UInt8], Rejection> {
        switch item {
        case .unusable(_, let rejection):
            return .failure(rejection)
        case .standardInput:
            return readDescriptor(0, sizeHint: 0)
        case .record(_, let bytes, _):
            guard bytes.count <= maxBytes else {
                return .failure(Rejection(.tooLarge, "\(ByteCount(bytes.count)) is over the \(ByteCount(maxBytes)) limit"))
            }
            return .success(bytes)
        case .file(let path):
            let descriptor: Int32
            switch POSIX.openForReading(path) {
            case .success(let opened): descriptor = opened
            case .failure(let code): return .failure(Rejection(.unreadable, code.message))
            }
            defer { POSIX.closeFile(descriptor) }
            // Size of what was opened, not of what the path pointed to a moment before.
            let size: Int
            switch POSIX.status(descriptor: descriptor) {
            case .success(let status) where status.kind == .directory:
                return .failure(Rejection(.unreadable, "is a directory"))
            case .success(let status) where status.kind == .namedPipe:
                return readPipe(descriptor, shouldStop: shouldStop)
            case .success(let status): size = status.kind == .regular ? status.size : 0
            case .failure: size = 0
            }
            if size > maxBytes {
                return .failure(Rejection(.tooLarge, "\(ByteCount(size)) is over the \(ByteCount(maxBytes)) limit"))
            }
            return readDescriptor(descriptor, sizeHint: size)
        }
    }

    private func readPipe(_ descriptor: Int32, shouldStop: () -> Bool) -> Result<[UInt8], Rejection> {
        switch POSIX.readPipe(descriptor, limit: maxBytes, idleLimit: pipeIdleLimit, shouldStop: shouldStop) {
        case .success(let bytes?): .success(bytes)
        case .success(nil): .failure(Rejection(.tooLarge, "more than the \(ByteCount(maxBytes)) limit"))
        case .failure(.idle): .failure(Rejection(.unreadable, "a named pipe that sent nothing for \(pipeIdleLimit.components.seconds) s"))
        case .failure(.stopped): .failure(Rejection(.unreadable, "interrupted while waiting on a named pipe"))
        case .failure(.system(let code)): .failure(Rejection(.unreadable, code.message))
        }
    }

    private func readDescriptor(_ descriptor: Int32, sizeHint: Int) -> Result<[UInt8], Rejection> {
        switch POSIX.readAll(descriptor, limit: maxBytes, sizeHint: sizeHint) {
        case .success(let bytes?): .success(bytes)
        case .success(nil): .failure(Rejection(.tooLarge, "more than the \(ByteCount(maxBytes)) limit"))
        case .failure(let code): .failure(Rejection(.unreadable, code.message))
        }
    }
}
