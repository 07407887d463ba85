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
        var copy = text
        try copy.withUTF8 { bytes in
            var lineStart = 0
            var number = 0
            // One array for every row: grown a field at a time for each row, the arrays cost
            // more than the fields (a body that keeps a row gets its own copy).
            var fields: [Substring] = []
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                number += 1
                defer { lineStart = index + 1 }
                guard index > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for position in lineStart...index where position == index || bytes[position] == 0x09 {
                    fields.append(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<position]), as: UTF8.self)))
                    fieldStart = position + 1
                }
                try body(number, fields)
            }
        }
    }
}
