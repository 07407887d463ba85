/// A small, fast JSON writer that keeps keys in the order they are written.
///
/// Foundation's `JSONEncoder` on Linux neither keeps key order nor runs fast; the article
/// contract is read by people and by benchmarks, so it is written by hand here.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private let indentUnit: Int
    private var depth = 0
    /// Per nesting level: whether a value was already written (a comma is due).
    private var hasValue: [Bool] = [false]

    /// `indent` spaces per level, or 0 for one compact line.
    public init(indent: Int = 0) {
        self.indentUnit = indent
        bytes.reserveCapacity(4096)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes `"key":` inside an object; the value follows.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        if indentUnit > 0 { bytes.append(UInt8(ascii: " ")) }
        hasValue[depth] = false
        pendingKey = true
    }

    public mutating func value(_ string: String?) {
        guard let string else { return null() }
        separate()
        appendString(string)
    }

    public mutating func value(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    public mutating func value(_ number: Double) {
        separate()
        bytes.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
    }

    public mutating func value(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// `"key": value` for a string that may be null.
    public mutating func field(_ name: String, _ string: String?) {
        key(name)
        value(string)
    }

    public mutating func field(_ name: String, _ number: Int) {
        key(name)
        value(number)
    }

    public mutating func field(_ name: String, _ strings: [String]) {
        key(name)
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    // MARK: - Structure

    private var pendingKey = false

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        if hasValue.count <= depth { hasValue.append(false) } else { hasValue[depth] = false }
    }

    private mutating func close(_ bracket: UInt8) {
        let hadValues = hasValue[depth]
        depth -= 1
        if indentUnit > 0 && hadValues { newline() }
        bytes.append(bracket)
        hasValue[depth] = true
    }

    /// Writes the comma and indentation due before a value (not after a key).
    private mutating func separate() {
        if pendingKey {
            pendingKey = false
            hasValue[depth] = true
            return
        }
        if hasValue[depth] { bytes.append(UInt8(ascii: ",")) }
        if indentUnit > 0 && depth > 0 { newline() }
        hasValue[depth] = true
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * indentUnit))
    }

    private mutating func appendString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = string.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            // U+2028 and U+2029 (E2 80 A8/A9) and U+0085 (C2 85) are line breaks to many line
            // readers: escape them so one JSON Lines record stays on one line.
            case 0xE2:
                var lookahead = utf8
                if lookahead.next() == 0x80, let third = lookahead.next(), third == 0xA8 || third == 0xA9 {
                    bytes.append(contentsOf: Array((third == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    utf8 = lookahead
                } else {
                    bytes.append(byte)
                }
            case 0xC2:
                var lookahead = utf8
                if lookahead.next() == 0x85 {
                    bytes.append(contentsOf: Array("\\u0085".utf8))
                    utf8 = lookahead
                } else {
                    bytes.append(byte)
                }
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
