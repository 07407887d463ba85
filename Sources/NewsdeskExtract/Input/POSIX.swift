#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX calls input handling needs, with errno turned into words.
enum POSIX {
    /// An errno value from a failed call.
    struct SystemError: Error {
        let code: Int32
        var message: String { POSIX.errorMessage(code) }
        var isLoop: Bool { code == ELOOP }
    }

    static func errorMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or directory"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "symbolic link loop"
        case EISDIR: "is a directory"
        case ENOTDIR: "a component of the path is not a directory"
        case ENAMETOOLONG: "path too long"
        case EMFILE, ENFILE: "too many open files"
        default: String(cString: strerror(code))
        }
    }

    enum FileKind { case regular, directory, symbolicLink, namedPipe, socket, device }

    struct Status {
        var kind: FileKind
        var size: Int
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            kind =
                switch info.st_mode & S_IFMT {
                case S_IFREG: .regular
                case S_IFDIR: .directory
                case S_IFLNK: .symbolicLink
                case S_IFIFO: .namedPipe
                case S_IFSOCK: .socket
                default: .device
                }
            size = Int(info.st_size)
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// `stat` (following links) or `lstat`; the errno on failure.
    static func status(_ path: String, followLinks: Bool) -> Result<Status, SystemError> {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return .failure(SystemError(code: errno)) }
        return .success(Status(info))
    }

    /// `fstat` of an open descriptor.
    static func status(descriptor: Int32) -> Result<Status, SystemError> {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(SystemError(code: errno)) }
        return .success(Status(info))
    }

    /// The names in a directory, sorted, without `.` and `..`.
    static func directoryEntries(_ path: String) -> Result<[String], SystemError> {
        guard let directory = opendir(path) else { return .failure(SystemError(code: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// Reads a file descriptor to its end, failing with `nil` past `limit` bytes. A regular
    /// file (whose size is the hint) is read straight into its array, with no zeroed buffer
    /// and no copy; a pipe grows the array by doubling.
    static func readAll(_ descriptor: Int32, limit: Int, sizeHint: Int) -> Result<[UInt8]?, SystemError> {
        var bytes: [UInt8] = []
        // One byte more than the hint, so that the read that meets the end fits.
        var capacity = min(max(sizeHint, 0), limit) + 1
        while true {
            var failure: SystemError?
            var reachedEnd = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let base = buffer.baseAddress else { return }
                // The bytes read so far move to the larger array first.
                previous.withUnsafeBufferPointer { old in
                    if let oldBase = old.baseAddress { base.initialize(from: oldBase, count: old.count) }
                }
                count = previous.count
                while count < buffer.count {
                    let read = read(descriptor, base + count, buffer.count - count)
                    if read < 0 {
                        if errno == EINTR { continue }
                        failure = SystemError(code: errno)
                        return
                    }
                    if read == 0 {
                        reachedEnd = true
                        return
                    }
                    count += read
                }
            }
            if let failure { return .failure(failure) }
            if bytes.count > limit { return .success(nil) }
            if reachedEnd { return .success(bytes) }
            capacity = min(capacity * 2, limit + 1)
        }
    }

    /// Opens without blocking: opening a named pipe for reading would otherwise wait until a
    /// program opens it for writing, with no way to give up. Reads of a regular file ignore the flag.
    static func openForReading(_ path: String) -> Result<Int32, SystemError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        return descriptor < 0 ? .failure(SystemError(code: errno)) : .success(descriptor)
    }

    static func closeFile(_ descriptor: Int32) { _ = close(descriptor) }
}
