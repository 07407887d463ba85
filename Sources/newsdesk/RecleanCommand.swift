import ArgumentParser
import NewsdeskCore
import NewsdeskExtract
import NewsdeskStore

struct RecleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclean",
        abstract: "Clean stored articles again with what their sources are now known to repeat.",
        discussion: """
            While ingesting plain text, Newsdesk counts, per source, the short lines each document \
            contains; a line found in at least \(SourceTemplate.minimumDocuments) documents and \
            \(Int(SourceTemplate.minimumShare * 100)) % of a source's documents is site template \
            (a menu, a footer, a prompt), in any language. Articles ingested before a source's \
            template was known may still hold such lines: reclean moves them to `removed` with the \
            reason site-template (plain-text articles are cleaned again from their stored text).

            \(ExitStatus.help)
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this source (default: every source with learned lines).", valueName: "name"))
    var source: String?

    @Flag(help: "Report what would change without writing.")
    var dryRun = false

    @Option(help: "Output format: table or json.")
    var format: TableFormat = .table

    struct SourceResult: Encodable {
        var source: String
        var templateLines: Int
        var articlesChanged: Int
        var linesRemoved: Int
    }

    func run() throws {
        Output.prepare()
        let articleStore = try store.open(create: false)
        let results = try reportingStoreErrors { () throws(StoreError) -> [SourceResult] in
            let sources = if let source { [source] } else { try articleStore.learnedSources().map(\.value) }
            var results: [SourceResult] = []
            for name in sources { results.append(try reclean(name, in: articleStore)) }
            return results
        }
        switch format {
        case .json:
            try Output.json(results, pretty: true)
        case .table:
            for result in results {
                Output.line("\(result.source): \(result.templateLines) template lines, \(result.articlesChanged) articles cleaned, \(result.linesRemoved) lines removed\(dryRun ? " (dry run)" : "")")
            }
            if results.isEmpty { Output.line("no source has learned lines yet") }
        }
        Output.flush()
    }

    private func reclean(_ name: String, in articleStore: SQLiteStore) throws(StoreError) -> SourceResult {
        let template = SourceTemplate(keys: try articleStore.templateKeys(
            source: name, minimumDocuments: SourceTemplate.minimumDocuments, minimumShare: SourceTemplate.minimumShare))
        var result = SourceResult(source: name, templateLines: template.keys.count, articlesChanged: 0, linesRemoved: 0)
        guard !template.isEmpty else { return result }
        let extractor = PlainTextExtractor()
        var changed: [(Article, Int)] = []
        try articleStore.forEachArticle(source: name) { stored in
            guard let original = stored.original else { return }  // HTML: cleaned by its markup
            let before = stored.article
            let context = DocumentContext(
                id: before.id, encoding: before.encoding, url: before.url, sourceName: before.source.name, template: template)
            guard case .success(let cleaned) = extractor.extract(original, context: context), cleaned != before else { return }
            changed.append((cleaned, cleaned.removed.filter { $0.reason == .siteTemplate }.count))
        }
        for (article, removed) in changed {
            if !dryRun { try articleStore.update(StoredArticle(article: article)) }
            result.articlesChanged += 1
            result.linesRemoved += removed
        }
        return result
    }
}
