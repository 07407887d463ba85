import Foundation

/// Everything that can be tuned, in one value passed down from the command line (or the
/// server) to every stage: limits, where resources are, and each stage's settings.
///
/// Defaults are built in; a JSON configuration file overrides any of them, and command-line
/// flags override the file:
///
/// ```json
/// {"limits": {"maxInputBytes": 50000000, "maxNestingDepth": 256},
///  "resources": "/opt/newsdesk/Resources",
///  "stages": {"sentences": {"quotationLookahead": 400}}}
/// ```
public struct Configuration: Sendable {
    public var limits = Limits()
    /// The folder searched first for language resources (models, lexicons), before the usual
    /// places (see `ResourceLocator`); nil for the usual places alone.
    public var resources: String?
    /// Each stage's settings as given in the configuration file, by stage id (JSON objects).
    private var stageSettings: [String: Data] = [:]

    public init() {}

    /// A stage's settings: the file's entry for the stage over the defaults.
    /// A key the settings type does not have is refused, so a misspelt setting is not ignored.
    public func settings<Settings: StageSettings>(_ type: Settings.Type, forStage id: String) throws(StageError) -> Settings {
        guard let json = stageSettings[id] else { return Settings() }
        // The settings' stored properties are its keys (settings types keep the synthesized names).
        let known = Set(Mirror(reflecting: Settings()).children.compactMap(\.label))
        let given = (try? JSONSerialization.jsonObject(with: json) as? [String: Any])?.keys.sorted() ?? []
        if let unknown = given.first(where: { !known.contains($0) }) {
            let names = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
            throw StageError(stage: id, reason: "unknown setting '\(unknown)' in the configuration (known: \(names))")
        }
        do {
            return try JSONDecoder().decode(Settings.self, from: json)
        } catch {
            throw StageError(stage: id, reason: "invalid settings in the configuration: \(error)")
        }
    }

    /// Replaces one stage's settings (for flags that set a stage's option).
    public mutating func setSettings(_ settings: some StageSettings & Encodable, forStage id: String) {
        stageSettings[id] = try? JSONEncoder().encode(settings)
    }

    /// Reads a configuration file; what it leaves out keeps its default.
    public static func read(file path: String) throws(ConfigurationError) -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(path: path, reason: "cannot be read")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ConfigurationError(path: path, reason: "is not a JSON object")
            }
            object = parsed
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(path: path, reason: "is not valid JSON")
        }
        let known: Set<String> = ["limits", "resources", "stages"]
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw ConfigurationError(path: path, reason: "has an unknown key '\(unknown)' (known: limits, resources, stages)")
        }
        var configuration = Configuration()
        if let limits = object["limits"] {
            guard limits is [String: Any] else { throw ConfigurationError(path: path, reason: "'limits' must be an object") }
            do {
                configuration.limits = try JSONDecoder().decode(Limits.self, from: JSONSerialization.data(withJSONObject: limits))
            } catch {
                throw ConfigurationError(path: path, reason: "has invalid limits: \(error)")
            }
        }
        if let resources = object["resources"] {
            guard let folder = resources as? String else { throw ConfigurationError(path: path, reason: "'resources' must be a path") }
            // A relative folder is relative to the configuration file, wherever Newsdesk runs from.
            let resolved = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: path).deletingLastPathComponent()).path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ConfigurationError(path: path, reason: "names a resources folder that does not exist: \(resolved)")
            }
            configuration.resources = resolved
        }
        if let stages = object["stages"] {
            guard let entries = stages as? [String: Any] else {
                throw ConfigurationError(path: path, reason: "'stages' must map stage ids to settings objects")
            }
            for (id, settings) in entries {
                guard settings is [String: Any], let json = try? JSONSerialization.data(withJSONObject: settings) else {
                    throw ConfigurationError(path: path, reason: "the settings of stage '\(id)' must be an object")
                }
                configuration.stageSettings[id] = json
            }
        }
        return configuration
    }

    /// The stage ids the configuration has settings for (checked against the registered stages).
    public var configuredStages: [String] { stageSettings.keys.sorted() }
}

/// The bounds that keep hostile or huge input from exhausting memory or stack.
public struct Limits: Sendable, Equatable, Codable {
    /// Largest input accepted, in bytes, checked before a file is read whole and again on the
    /// decompressed size of gzip input. Default 50 MB.
    public var maxInputBytes = 50_000_000
    /// Deepest element nesting the HTML extractor walks; deeper content is treated as flat text
    /// of its ancestor at the limit, so hostile nesting costs no stack. Default 256.
    public var maxNestingDepth = 256
    /// Largest JSON-LD block of a page that is read, in bytes; larger ones are ignored. Default 2 MB.
    public var maxStructuredDataBytes = 2_000_000
    /// Deepest nesting of a page's JSON-LD that is read; deeper structured data is ignored. Default 512.
    public var maxJSONDepth = 512
    /// Whether text files that are not news (JSON data, CSV, licence texts, logs, source code) are skipped as
    /// "not an article" rather than stored. Default true; `--keep-non-articles` turns it off.
    public var skipsNonArticles = true

    /// The largest nesting limit a configuration may set.
    public static let deepestNesting = 10_000

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Limits()
        maxInputBytes = try container.decodeIfPresent(Int.self, forKey: .maxInputBytes) ?? defaults.maxInputBytes
        maxNestingDepth = try container.decodeIfPresent(Int.self, forKey: .maxNestingDepth) ?? defaults.maxNestingDepth
        maxStructuredDataBytes =
            try container.decodeIfPresent(Int.self, forKey: .maxStructuredDataBytes) ?? defaults.maxStructuredDataBytes
        maxJSONDepth = try container.decodeIfPresent(Int.self, forKey: .maxJSONDepth) ?? defaults.maxJSONDepth
        skipsNonArticles = try container.decodeIfPresent(Bool.self, forKey: .skipsNonArticles) ?? defaults.skipsNonArticles
        guard maxInputBytes > 0, maxNestingDepth > 0, maxStructuredDataBytes > 0, maxJSONDepth > 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "limits must be positive"))
        }
        // The JSON-LD reader recurses once per level: deeper limits would let a page exhaust the stack.
        guard maxNestingDepth <= Self.deepestNesting, maxJSONDepth <= Self.deepestNesting else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "nesting limits must be at most \(Self.deepestNesting)"))
        }
    }
}

/// A configuration file that cannot be used, with the reason.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "configuration \(path) \(reason)" }
}
