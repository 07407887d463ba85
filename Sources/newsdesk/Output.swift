import Foundation

/// Buffered writing to standard output and standard error. A closed pipe (`newsdesk … | head`)
/// ends the program quietly with status 0, as command-line tools do.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 64 * 1024 { flush() }
    }

    static func write(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 64 * 1024 { flush() }
    }

    static func line(_ text: String = "") {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= 64 * 1024 { flush() }
    }

    static func flush() {
        writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes a message line to standard error at once (unbuffered).
    static func error(_ text: String) {
        errorRaw(text + "\n")
    }

    /// Writes to standard error as is (progress bars redraw their line).
    static func errorRaw(_ text: String) {
        writeAll(Array(text.utf8), to: 2)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            offset += written
        }
    }

    /// Writes a value as JSON (keys sorted, so output is stable): one line, or indented.
    static func json(_ value: some Encodable, pretty: Bool) throws {
        line(try jsonString(value, pretty: pretty))
    }

    static func jsonString(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Ignore SIGPIPE so a closed pipe surfaces as EPIPE, handled above.
    static func prepare() { signal(SIGPIPE, SIG_IGN) }
}
