import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskExtract
import NewsdeskPipeline

/// Options shared by the commands that read documents, and the configuration they build.
struct ExtractionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The page URL, when a single document is given.", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp(
        "Largest input accepted, in MB; larger files are rejected before being read (default 50, or the configuration's).",
        valueName: "MB"))
    var maxSize: Int?

    /// Optional so that the help states the default once, in words: a default value would be
    /// printed again as this machine's core count.
    @Option(name: .customLong("jobs"), help: ArgumentHelp("Parallel extraction jobs (default: the number of cores).", valueName: "n"))
    var requestedJobs: Int?

    var jobs: Int { requestedJobs ?? ProcessInfoCores.count }

    @Flag(help: "Keep text files that are not news (JSON data, CSV, licence texts, logs, source code) instead of skipping them.")
    var keepNonArticles = false

    @OptionGroup var configurationFile: ConfigurationOptions

    func validate() throws {
        if let maxSize, maxSize <= 0 { throw ValidationError("--max-size must be at least 1 (MB)") }
        if let requestedJobs, requestedJobs <= 0 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The configuration file's values with this command's flags over them.
    func configuration() throws -> Configuration {
        var configuration = try configurationFile.load()
        if let maxSize { configuration.limits.maxInputBytes = maxSize * 1_000_000 }
        if keepNonArticles { configuration.limits.skipsNonArticles = false }
        return configuration
    }

    /// Expands the paths, refusing --url for more than one document.
    func inputs(_ paths: [String]) throws -> [InputItem] {
        let items = Array(InputWalker(paths: paths))
        if url != nil && items.count > 1 {
            throw ValidationError("--url names one page, but the inputs hold \(items.count) documents")
        }
        return items
    }
}

/// `--config FILE`, else `$NEWSDESK_CONFIG`: a JSON file of limits, resources and stage settings.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Configuration file (JSON: limits, resources, stage settings); default $NEWSDESK_CONFIG.", valueName: "file"))
    var path: String?

    func load() throws -> Configuration {
        let file = path ?? ProcessInfo.processInfo.environment["NEWSDESK_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        guard let file else { return Configuration() }
        do {
            return try Configuration.read(file: file)
        } catch {
            Output.error("newsdesk: \(error)")
            throw ExitCode.failure
        }
    }
}

/// Builds a pipeline, reporting a failure (unknown stage, unmet requirement, missing model) with status 1.
/// Its warnings (a lexicon missing from the installation) are printed.
func makePipeline(_ stages: [String], configuration: Configuration) throws -> Pipeline {
    do {
        let pipeline = try Pipeline(stages: stages, configuration: configuration)
        for warning in pipeline.warnings { Output.error("newsdesk: warning: \(warning)") }
        return pipeline
    } catch {
        Output.error("newsdesk: \(error.message)")
        throw ExitCode.failure
    }
}

enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
