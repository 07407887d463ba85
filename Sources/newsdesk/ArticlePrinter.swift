import ArgumentParser
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline
import NewsdeskStories

/// Runs inputs through a pipeline on worker threads and prints each article in input order:
/// what `extract` and `analyze` share. With several inputs, each article that copies an earlier
/// one (among the last `remembered`) gets its `duplicateOf`, and each its `story` and
/// `storyline`, as ingest would set them when the article arrived.
struct ArticlePrinter {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    let processor: DocumentProcessor
    let format: Format
    let jobs: Int
    var remembered = 10_000

    /// Prints every input's article (or its error line); exits with status 2 when some failed.
    func run(_ items: [InputItem]) throws {
        let asArray = format == .json && items.count != 1
        var failures = 0
        if asArray { Output.write("[") }
        var copies = items.count > 1 ? CopyIndex(capacity: remembered) : nil
        var stories = items.count > 1 ? StoryGrouping() : nil
        let map = OrderedParallelMap(inputs: items, window: jobs * 16, transform: { processor.process($0) })
        try map.run(jobs: jobs) { index, outcome in
            if asArray && index > 0 { Output.write(",\n") }
            switch outcome {
            case .processed(let document, _):
                var article = document.article
                copies?.link(&article)
                stories?.link(&article)
                print(article)
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

    private func print(_ article: Article) {
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
