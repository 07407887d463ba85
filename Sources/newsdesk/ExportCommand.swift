import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskPipeline
import NewsdeskStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every stored article, streaming, in ingest order.",
        discussion: """
            jsonl writes one article object of the JSON contract per line; csv writes one row per \
            article (id, url, source, domain, title, description, authors, published, modified, language, \
            encoding, duplicateOf, story, storyline, text). \
            Memory stays constant however large the archive. With --output, the file appears only \
            when the export is complete.

            \(exitStatus)
            """
    )

    static let exitStatus = ExitStatus.help([
        ExitStatus.success("every article was exported"),
        ExitStatus.Row(status: 1, meaning: "the command could not run: the database cannot be opened, is damaged or is not Newsdesk's, or the output file cannot be written"),
        ExitStatus.usage,
    ])

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: jsonl or csv.")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.openForReading()
        var sink = try ExportSink(path: output)
        if format == .csv {
            sink.write(CSV.row([
                "id", "url", "source", "domain", "title", "description", "authors", "published", "modified", "language",
                "encoding", "duplicateOf", "story", "storyline", "text",
            ]))
        }
        try reportingStoreErrors { () throws(StoreError) in
            try articleStore.forEachArticle { stored in
                let article = stored.article
                switch format {
                case .jsonl:
                    sink.write(readingLayers(stored).jsonData())
                    sink.write([0x0A])
                case .csv:
                    sink.write(CSV.row([
                        article.id, article.url ?? "", article.source.name ?? "", article.source.domain ?? "",
                        article.title ?? "", article.description ?? "", article.authors.joined(separator: "; "),
                        article.published ?? "", article.modified ?? "", article.language ?? "", article.encoding,
                        article.duplicateOf ?? "", article.story ?? "", article.storyline ?? "", article.text,
                    ]))
                }
            }
        }
        try sink.finish()
    }
}

/// Where an export goes: standard output, or a temporary file renamed into place at the end,
/// so a failed or interrupted export never leaves a truncated file under the final name.
struct ExportSink {
    private let path: String?
    private let temporaryPath: String?
    private let handle: FileHandle?
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporaryPath = nil
            handle = nil
            return
        }
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            Output.error("newsdesk: cannot write \(path)")
            throw ExitCode.failure
        }
        self.temporaryPath = temporary
        self.handle = handle
    }

    mutating func write(_ bytes: some Sequence<UInt8>) {
        guard let handle else { return Output.write(bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 256 * 1024 {
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func write(_ text: String) { write(text.utf8) }

    func finish() throws {
        guard let handle, let path, let temporaryPath else { return Output.flush() }
        do {
            try handle.write(contentsOf: buffer)
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        } catch {
            Output.error("newsdesk: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}

/// RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled.
enum CSV {
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
