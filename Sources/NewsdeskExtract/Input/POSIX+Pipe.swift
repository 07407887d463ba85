#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension POSIX {
    /// Why a pipe gave no document.
    enum PipeFailure: Error {
        case system(SystemError)
        /// Nothing came for the whole idle limit: a named pipe that no program writes to.
        case idle
        /// The caller asked to stop (an interrupted run).
        case stopped
    }

    /// Reads a pipe opened with `O_NONBLOCK` to its end, failing with `nil` past `limit` bytes,
    /// without blocking for longer than a tenth of a second at a time: between waits it asks
    /// `shouldStop`, and it gives up after `idleLimit` without a byte. A named pipe that no
    /// program has opened for writing waits (poll reports nothing on Linux) rather than ending.
    static func readPipe(
        _ descriptor: Int32, limit: Int, idleLimit: Duration, shouldStop: () -> Bool
    ) -> Result<[UInt8]?, PipeFailure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var idleSince = ContinuousClock.now
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, 100)
            if ready < 0 && errno != EINTR { return .failure(.system(SystemError(code: errno))) }
            if shouldStop() { return .failure(.stopped) }
            guard ready > 0 else {
                if ContinuousClock.now - idleSince > idleLimit { return .failure(.idle) }
                continue
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return .failure(.system(SystemError(code: errno)))
            }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            if bytes.count > limit { return .success(nil) }
            idleSince = ContinuousClock.now
        }
    }
}
