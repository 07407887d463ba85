import NewsdeskText

/// Character references (`&eacute;`, `&#233;`, `&#xE9;`) decoded as HTML5's tokenizer decodes
/// them. The one decoder for text, attribute values and the strings structured data leaves
/// encoded (JSON-LD, meta content); its names are HTML5's, in `HTMLEntityTable`.
///
/// Numeric references need no `;`. Named ones do, except the legacy names, of which the
/// longest that the letters start with is taken (`&notit;` is `¬it;`). In an attribute value a
/// legacy name without `;` followed by `=`, a letter or a digit stays as written, so that a
/// URL's `?a=1&copy=2` keeps its parameter.
enum HTMLEntities {
    /// Decodes the reference starting at `input[start]` (an `&`) and appends its UTF-8 to
    /// `output`; returns the index after it, or nil when it is no reference (a literal `&`).
    static func decode(_ input: UnsafeBufferPointer<UInt8>, at start: Int, inAttribute: Bool, into output: inout [UInt8]) -> Int? {
        let next = start + 1
        guard next < input.count else { return nil }
        if input[next] == 0x23 { return numeric(input, at: next + 1, into: &output) }  // '#'
        return named(input, at: next, inAttribute: inAttribute, into: &output)
    }

    /// Appends `value` with its references decoded as in an attribute value, and its NUL bytes
    /// dropped as the tokenizer drops them everywhere.
    static func appendDecoded(_ value: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        while index < value.count {
            let byte = value[index]
            guard byte == 0x26 || byte == 0 else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<index]))
            if byte == 0x26, let after = decode(value, at: index, inAttribute: true, into: &output) {
                index = after
            } else {
                if byte != 0 { output.append(byte) }
                index += 1
            }
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart...]))
    }

    /// A string of structured data (a JSON-LD value, meta content decoded once already) with
    /// the references its page left encoded decoded, as in an attribute value: such strings
    /// hold URLs as often as attributes do. Without an `&` the string itself is returned.
    static func decode(_ text: String) -> String {
        // A byte test: `contains("&")` on a String would compare whole characters.
        guard text.containsByte(0x26) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            appendDecoded(bytes, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    // MARK: Numeric

    /// `&#` then decimal digits, or `x` and hex digits, at `start`; the `;` optional.
    private static func numeric(_ input: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout [UInt8]) -> Int? {
        let count = input.count
        var index = start
        let hex = index < count && input[index] | 0x20 == 0x78  // 'x' or 'X'
        if hex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < count, let digit = digitValue(input[index], hex: hex) {
            // Past U+10FFFF the value need only stay out of range, not grow (and overflow).
            if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < count && input[index] == 0x3B { index += 1 }
        output.appendUTF8(numericScalar(value))
        return index
    }

    /// What a numeric reference stands for: NUL, surrogates and values past Unicode are U+FFFD,
    /// and 0x80–0x9F are read as Windows-1252 (`&#146;` is ’), as browsers do.
    private static func numericScalar(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...: 0xFFFD
        case 0x80...0x9F: SingleByteCodec.windows1252High[Int(value - 0x80)]
        default: value
        }
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    // MARK: Named

    /// A name at `start` (after the `&`): the whole run of letters and digits and a `;`, else
    /// the longest legacy name the run starts with.
    private static func named(_ input: UnsafeBufferPointer<UInt8>, at start: Int, inAttribute: Bool, into output: inout [UInt8]) -> Int? {
        let table = HTMLEntityTable.shared
        let count = input.count
        var end = start
        let limit = min(count, start + table.longest)
        while end < limit, isAlphanumeric(input[end]) { end += 1 }
        guard end > start else { return nil }
        if end < count, input[end] == 0x3B, let reference = table.reference(input, start..<end) {
            reference.append(to: &output)
            return end + 1
        }
        // In an attribute value only the whole run can stand without its `;`: a shorter name
        // is followed by a letter or digit.
        var nameEnd = min(end, start + table.longestLegacy)
        let shortest = inAttribute ? end : start + 1
        while nameEnd >= shortest {
            if let reference = table.reference(input, start..<nameEnd), reference.semicolonOptional {
                if inAttribute, nameEnd < count, input[nameEnd] == 0x3D || isAlphanumeric(input[nameEnd]) { return nil }  // '='
                reference.append(to: &output)
                return nameEnd
            }
            nameEnd -= 1
        }
        return nil
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
