import NewsdeskCore

/// Reads JSON (RFC 8259) into the values Foundation's `JSONSerialization` gives: `[String: Any]`,
/// `[Any]`, `String`, `Double`, `Bool` and `JSONReader.Null`. Foundation's reader took a
/// fifth of metadata extraction on pages with large JSON-LD blocks; this one reads the bytes
/// in one pass and builds strings from byte ranges.
///
/// Like `JSONSerialization`, it accepts a comma before a closing bracket (`["a", ]`), which
/// hand-written JSON-LD often has. Anything else that is not one well-formed value (trailing
/// text, bad escapes, lone surrogates, nesting deeper than `maxDepth`, `Limits.maxJSONDepth` by default) gives nil.
enum JSONReader {
    /// JSON's null, kept so that arrays keep their positions.
    struct Null {}

    static func value(_ bytes: [UInt8], maxDepth: Int = Limits().maxJSONDepth) -> Any? {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer, maxDepth: maxDepth)
            guard let value = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            return parser.index == buffer.count ? value : nil
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func value(depth: Int) -> Any? {
            skipSpace()
            guard index < bytes.count, depth < maxDepth else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true", true)
            case UInt8(ascii: "f"): return literal("false", false)
            case UInt8(ascii: "n"): return literal("null", Null())
            default: return number()
            }
        }

        private mutating func object(depth: Int) -> [String: Any]? {
            index += 1
            var object: [String: Any] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return object
            }
            while true {
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}"), !object.isEmpty {
                    index += 1
                    return object
                }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let value = value(depth: depth + 1) else { return nil }
                object[key] = value
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                switch bytes[index - 1] {
                case UInt8(ascii: ","): continue
                case UInt8(ascii: "}"): return object
                default: return nil
                }
            }
        }

        private mutating func array(depth: Int) -> [Any]? {
            index += 1
            var array: [Any] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return array
            }
            while true {
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]"), !array.isEmpty {
                    index += 1
                    return array
                }
                guard let value = value(depth: depth + 1) else { return nil }
                array.append(value)
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                switch bytes[index - 1] {
                case UInt8(ascii: ","): continue
                case UInt8(ascii: "]"): return array
                default: return nil
                }
            }
        }

        /// A string at `index` (its opening quote): runs without escapes are copied whole.
        private mutating func string() -> String? {
            index += 1
            var runStart = index
            var escaped: [UInt8] = []
            var hasEscapes = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    index += 1
                    guard hasEscapes else { return String(decoding: run, as: UTF8.self) }
                    escaped.append(contentsOf: run)
                    return String(decoding: escaped, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                hasEscapes = true
                escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard let scalar = escape() else { return nil }
                escaped.append(contentsOf: scalar.utf8)
                runStart = index
            }
            return nil
        }

        /// The character an escape at `index` (its backslash) stands for.
        private mutating func escape() -> Unicode.Scalar? {
            guard index + 1 < bytes.count else { return nil }
            let letter = bytes[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hex4() else { return nil }
                if unit < 0xD800 || unit > 0xDFFF { return Unicode.Scalar(unit) }
                // A surrogate pair, both halves escaped.
                guard unit < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { return nil }
                index += 2
                guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x1_0000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            default: return nil
            }
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        private mutating func literal(_ word: StaticString, _ value: Any) -> Any? {
            let length = word.utf8CodeUnitCount
            guard index + length <= bytes.count else { return nil }
            for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { return nil }
            index += length
            return value
        }

        /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        private mutating func number() -> Double? {
            let start = index
            func digits() -> Int {
                let first = index
                while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
                return index - first
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits() == 0 {
                return nil
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { return nil }
            }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
    }
}
