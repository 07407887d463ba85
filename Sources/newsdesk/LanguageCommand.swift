import ArgumentParser
import Foundation
import NewsdeskText

struct LanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "Identify the language of a text, or of each of its lines.",
        discussion: """
            Prints an ISO 639-1 code and a confidence (0–1), or und when the text has too few \
            letters, is mostly digits and symbols, reads as no language (random bytes, base64, \
            hexadecimal) or is too ambiguous. With --lines, prints one result per input line, in \
            input order; this streams, so millions of lines are fine.

            The model is read from Resources/langid (set NEWSDESK_RESOURCES to the Resources \
            directory when the binary lives elsewhere).

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("every text was identified (und is an answer)"),
        ExitStatus.Row(status: 1, meaning: "the command could not run: the language model or the input cannot be read"),
        ExitStatus.partial("a read error stopped the input part-way; the results before it were printed"),
        ExitStatus.usage,
    ])

    @Argument(help: ArgumentHelp("A file, or - for standard input.", valueName: "file"))
    var path: String

    @Flag(help: "Identify each line separately.")
    var lines = false

    @Option(help: ArgumentHelp("Only consider these languages (comma-separated ISO 639-1 codes).", valueName: "codes"))
    var only: String?

    @Option(help: "Guesses below this confidence are printed as und.")
    var minConfidence: Double = 0

    @Option(help: "Output format: text (code and confidence, tab-separated) or json (one object per line).")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        guard let only else { return }
        let codes = Self.codes(only)
        guard !codes.isEmpty else { throw ValidationError("--only needs at least one language code") }
        if case .success(let model) = LanguageModel.standard {
            let unknown = codes.subtracting(model.codes).sorted()
            if !unknown.isEmpty {
                throw ValidationError("--only: unsupported language(s) \(unknown.joined(separator: ", ")); "
                    + "supported: \(model.codes.joined(separator: " "))")
            }
        }
    }

    private static func codes(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }

    func run() throws {
        Output.prepare()
        var identifier: LanguageIdentifier
        do {
            identifier = try LanguageIdentifier.standard(only: only.map(Self.codes))
        } catch {
            Output.error("newsdesk: \(error)")
            throw ExitCode.failure
        }
        identifier.minimumConfidence = minConfidence

        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                Output.error("newsdesk: cannot open \(path): \(String(cString: strerror(errno)))")
                throw ExitCode.failure
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }

        var reader = LineReader(descriptor: descriptor)
        if lines {
            let cache = WordScoreCache()
            while let done = reader.nextLine({ identifier.identify(utf8: $0, cache: cache) }) {
                printGuess(done)
            }
        } else {
            let all = reader.readAll()
            printGuess(all.withUnsafeBufferPointer { identifier.identify(utf8: $0) })
        }
        Output.flush()
        if reader.failed {
            Output.error("newsdesk: read error on \(path): \(String(cString: strerror(reader.errorNumber)))")
            throw ExitStatus.partial
        }
    }

    private func printGuess(_ guess: LanguageGuess) {
        let confidence = Self.formatted(guess.confidence)
        switch format {
        case .text:
            Output.write(guess.code)
            Output.write("\t")
            Output.line(confidence)
        case .json:
            Output.write("{\"language\":\"")
            Output.write(guess.code)
            Output.write("\",\"confidence\":")
            Output.write(confidence)
            Output.line("}")
        }
    }

    /// Three decimals without Foundation's formatter (hot path for --lines).
    static func formatted(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        if thousandths == 1000 { return "1" }
        if thousandths == 0 { return "0" }
        let digits = String(thousandths)
        return "0." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

/// Buffered line reading from a file descriptor: lines are handed out as byte buffers, with no
/// String built per line. A final line without a newline counts; "\r\n" endings are trimmed.
struct LineReader {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private(set) var failed = false
    private(set) var errorNumber: Int32 = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Reads the next line and passes it to `body`; nil at the end of input.
    mutating func nextLine<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let result = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
                start = newline + 1
                scanned = start
                return result
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let result = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
                start = buffer.count
                return result
            }
            fill()
        }
    }

    /// Everything left in the input.
    mutating func readAll() -> [UInt8] {
        while !atEnd { fill() }
        return Array(buffer[start...])
    }

    private mutating func fill() {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + old, chunk)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            failed = true
            errorNumber = errno
            count = 0
        }
        buffer.removeSubrange((old + max(count, 0))...)
        if count == 0 { atEnd = true }
    }
}
