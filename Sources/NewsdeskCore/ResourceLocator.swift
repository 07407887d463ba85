import Foundation
import Synchronization

/// Finds Newsdesk's resource folders (language models, lexicons) at run time.
///
/// Resources are plain files under `Resources/` in the repository, so they can be read,
/// reviewed and rebuilt; they are not compiled in. Looked for, in order: the configuration's
/// `resources` folder (see `useConfiguredRoot`), `$NEWSDESK_RESOURCES`, then `Resources/` (or `share/newsdesk/`) beside the executable or up to three levels above
/// it (an installed tree, `.build/release`), then the source checkout the module was compiled
/// from (tests, development builds).
public enum ResourceLocator {
    public struct NotFound: Error, CustomStringConvertible {
        public let resource: String
        public let searched: [String]
        public var description: String {
            "Newsdesk resource '\(resource)' not found; set NEWSDESK_RESOURCES to the Resources folder (searched: \(searched.joined(separator: ", ")))"
        }
    }

    private static let configuredRoot = Mutex<String?>(nil)

    /// Makes `root` the first folder searched (nil: none), for every resource this process loads
    /// from now on: what a configuration's `resources` says. Process-wide, because resources are
    /// loaded once per process, on first use, and shared by every pipeline.
    public static func useConfiguredRoot(_ root: String?) {
        configuredRoot.withLock { $0 = root }
    }

    /// The folder of the running executable, symlinks resolved. Read from /proc on Linux:
    /// `Bundle.main` lists the executable's whole folder to build its info dictionary, a sixth
    /// of a one-document `analyze` call's start-up when that folder is a build directory.
    private static var executableDirectory: URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// `$NEWSDESK_RESOURCES` and the folders beside and above the executable, worked out once
    /// per process: every resource asks, and reading the environment and /proc each time was a
    /// few percent of a one-document `analyze` call.
    private static let processRoots: [String] = {
        var roots: [String] = []
        if let root = ProcessInfo.processInfo.environment["NEWSDESK_RESOURCES"], !root.isEmpty {
            roots.append(root)
        }
        if let executable = executableDirectory {
            var directory = executable
            for _ in 0..<4 {
                roots.append(directory.appendingPathComponent("Resources").path)
                roots.append(directory.appendingPathComponent("share/newsdesk").path)
                directory.deleteLastPathComponent()
            }
        }
        return roots
    }()

    /// The folder `Resources/<name>` that holds `file`.
    public static func directory(_ name: String, containing file: String, sourceFile: String = #filePath) throws(NotFound) -> String {
        var roots: [String] = []
        if let root = configuredRoot.withLock({ $0 }) { roots.append(root) }
        roots += processRoots
        // sourceFile is Sources/<Target>/…/<File>.swift in the checkout: walk up to the root.
        var checkout = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
        while checkout.path != "/" && checkout.lastPathComponent != "Sources" { checkout.deleteLastPathComponent() }
        roots.append(checkout.deletingLastPathComponent().appendingPathComponent("Resources").path)
        let candidates = roots.map { $0 + "/" + name }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/" + file) {
            return candidate
        }
        throw NotFound(resource: name + "/" + file, searched: candidates)
    }
}
