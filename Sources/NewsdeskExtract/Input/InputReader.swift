public import NewsdeskCore

/// Reads an input's bytes, refusing files over the size limit before reading them whole.
public struct InputReader: Sendable {
    public let maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// The bytes of a file or of standard input, or why they could not be had.
    public func read(_ item: InputItem) -> Result<[UInt8], Rejection> {
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
            case .success(let status): size = status.kind == .regular ? status.size : 0
            case .failure: size = 0
            }
            if size > maxBytes {
                return .failure(Rejection(.tooLarge, "\(ByteCount(size)) is over the \(ByteCount(maxBytes)) limit"))
            }
            return readDescriptor(descriptor, sizeHint: size)
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
