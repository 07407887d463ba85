import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskExtract

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles and print them; nothing is stored.",
        discussion: """
            json prints the article object of the JSON contract (an array of results when several \
            documents are given); jsonl prints one line per document in input order, where a \
            document that fails gives {"path": …, "error": {"code": …, "reason": …}} and the rest \
            go on; text prints the title, metadata and clean text for reading.

            \(ExitStatus.help)
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String]

    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Output format: json, jsonl or text.")
    var format: ArticleFormat = .json

    enum ArticleFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    func run() throws {
        Output.prepare()
        let items = try extraction.inputs(paths)
        let job = DocumentJob(settings: extraction.settings, url: extraction.url, sourceName: nil)
        let asArray = format == .json && items.count != 1
        var failures = 0

        if asArray { Output.write("[") }
        let map = OrderedParallelMap(inputs: items, window: extraction.jobs * 16, transform: job.run)
        try map.run(jobs: extraction.jobs) { index, result in
            if asArray && index > 0 { Output.write(",\n") }
            switch result {
            case .article(let article, _, _, _):
                printArticle(article)
            case .rejected(let rejection, let origin):
                failures += 1
                Output.error("newsdesk: \(rejection.isSkip ? "skipped" : "failed") \(origin): \(rejection.detail)")
                if format != .text {
                    let failure = try Output.jsonString(ExtractionFailure(path: origin, rejection: rejection), pretty: false)
                    if format == .jsonl { Output.line(failure) } else { Output.write(failure) }
                }
            case .known:
                break  // no store: nothing is known
            }
        }
        if asArray { Output.line("]") } else if format == .json { Output.line() }
        Output.flush()
        if failures > 0 { throw ExitStatus.partial }
    }

    private func printArticle(_ article: Article) {
        switch format {
        case .jsonl:
            Output.write(article.jsonData())
            Output.line()
        case .json:
            Output.write(article.jsonData(pretty: true))
        case .text:
            Output.line(ArticleText.render(article))
        }
    }
}

/// The jsonl/json line for a document that did not become an article.
struct ExtractionFailure: Encodable {
    struct Reason: Encodable {
        var code: String
        var reason: String
    }

    var path: String
    var error: Reason

    init(path: String, rejection: Rejection) {
        self.path = path
        self.error = Reason(code: rejection.code.rawValue, reason: rejection.detail)
    }
}
