import Foundation

/// The tab-separated lexicon files under `Resources/lexicons` (time words, quote cues): read
/// whole, cut on bytes (a character view would break every line into graphemes, which costs
/// more than the analysis of an article), `#` comments and blank lines skipped.
public enum LexiconFile {
    /// A line that is not what the lexicon expects, with where it is.
    public struct FormatError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let reason: String
        public var description: String { "\(file):\(line): \(reason)" }

        public init(file: String, line: Int, reason: String) {
            self.file = file
            self.line = line
            self.reason = reason
        }
    }

    public static func text(ofFile path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Calls `body` with each data line's number (from 1) and its fields.
    public static func forEachRow(in text: String, _ body: (_ line: Int, _ fields: [Substring]) throws -> Void) rethrows {
        for (number, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            try body(number + 1, line.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) })
        }
    }
}
