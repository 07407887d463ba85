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
        var string = string
        string.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count, !Self.mayNeedEscape(utf8, at: index) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 || byte == 0xC2 else {
                    index += 1
                    continue
                }
                guard let escape = Self.escape(utf8, at: index) else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: escape.text.utf8)
                index += escape.length
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes at `index` may start an escape (below 0x20, a quote, a
    /// backslash, or the 0xE2 and 0xC2 that begin U+2028, U+2029 and U+0085), tested eight at a
    /// time: most of an article's text has none, and a byte at a time was most of the writing.
    @inline(__always)
    private static func mayNeedEscape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let word = UInt64(littleEndian: UnsafeRawBufferPointer(utf8).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        // A byte of `value` below n sets its high bit in (value - n·ones) & ~value (for n ≤ 128).
        func hasByteBelow(_ limit: UInt64, in value: UInt64) -> Bool { (value &- limit &* ones) & ~value & highs != 0 }
        func hasByte(_ byte: UInt64) -> Bool { hasByteBelow(1, in: word ^ (byte &* ones)) }
        return hasByteBelow(0x20, in: word) || hasByte(0x22) || hasByte(0x5C) || hasByte(0xE2) || hasByte(0xC2)
    }

    /// The escape for the character at `index` and how many bytes it replaces, or nil when
    /// the byte is written as it is.
    private static func escape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (text: String, length: Int)? {
        let byte = utf8[index]
        func next(_ offset: Int) -> UInt8? { index + offset < utf8.count ? utf8[index + offset] : nil }
        switch byte {
        // U+2028 and U+2029 (E2 80 A8/A9) and U+0085 (C2 85) are line breaks to many line
        // readers: escape them so one JSON Lines record stays on one line.
        case 0xE2:
            guard next(1) == 0x80, let third = next(2), third == 0xA8 || third == 0xA9 else { return nil }
            return (third == 0xA8 ? "\\u2028" : "\\u2029", 3)
        case 0xC2: return next(1) == 0x85 ? ("\\u0085", 2) : nil
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return ("\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self), 1)
        }
    }
}
