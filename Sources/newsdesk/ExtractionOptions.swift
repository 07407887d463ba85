import ArgumentParser
import Foundation
import NewsdeskExtract

/// Options shared by the commands that read documents.
struct ExtractionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The page URL, when a single document is given.", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("Largest input accepted, in MB; larger files are rejected before being read.", valueName: "MB"))
    var maxSize: Int = 50

    @Option(help: ArgumentHelp("Parallel extraction jobs (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfoCores.count

    var settings: ExtractionSettings {
        var settings = ExtractionSettings()
        settings.maxInputBytes = maxSize * 1_000_000
        return settings
    }

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size must be at least 1 (MB)") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
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

enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
