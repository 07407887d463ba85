#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast byte pass run before libxml2: it empties `<script>` and `<style>` elements and
/// drops comments, which are more than half the bytes of a typical news page and which
/// libxml2 would otherwise scan character by character only for the extractor to ignore.
/// The contents of JSON-LD scripts are handed over separately.
///
/// The scan follows the HTML rules that matter here: a script or style ends at the first
/// `</script` or `</style` (any case), a comment at the first `-->`, and a `>` inside a
/// quoted attribute value does not end a tag.
enum HTMLPrefilter {
    /// The filtered page, and the JSON-LD script bodies (at most 16).
    static func filter(_ input: UnsafeBufferPointer<UInt8>) -> (html: [UInt8], jsonLD: [[UInt8]]) {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 2 + 1024)
        var jsonLD: [[UInt8]] = []
        let count = input.count
        var copyStart = 0
        var index = 0
        while index < count {
            // Find the next '<'.
            guard let lt = findByte(0x3C, in: input, from: index) else { break }
            index = lt
            if lt + 3 < count, input[lt + 1] == 0x21, input[lt + 2] == 0x2D, input[lt + 3] == 0x2D {
                // A comment: drop it through "-->".
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<lt]))
                let end = find(in: input, from: lt + 4, "-->") ?? count
                index = min(count, end + 3)
                copyStart = index
                continue
            }
            let kind: StaticString
            if matchesName(input, lt + 1, "script") {
                kind = "</script"
            } else if matchesName(input, lt + 1, "style") {
                kind = "</style"
            } else {
                index = lt + 1
                continue
            }
            // Find the end of the start tag, honouring quotes.
            guard let tagEnd = endOfTag(input, from: lt + 1) else { break }
            let bodyStart = tagEnd + 1
            let closing = findIgnoringCase(in: input, from: bodyStart, kind) ?? count
            if kind.utf8CodeUnitCount == 8, jsonLD.count < 16 {
                let tag = UnsafeBufferPointer(rebasing: input[lt..<tagEnd])
                let body = UnsafeBufferPointer(rebasing: input[bodyStart..<closing])
                if findIgnoringCase(in: tag, from: 0, "ld+json") != nil || isUntypedJSONLD(tag: tag, body: body) {
                    jsonLD.append(Array(body))
                }
            }
            // Keep the start tag, drop the body; the closing tag is copied with what follows.
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<bodyStart]))
            copyStart = closing
            index = closing + 1
        }
        if copyStart < count {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<count]))
        }
        // NUL characters end libxml2's input early; browsers ignore them in a page.
        if output.withUnsafeBufferPointer({ findByte(0, in: $0, from: 0) }) != nil { output.removeAll { $0 == 0 } }
        return (output, jsonLD)
    }

    /// A `<script>` without a type or source whose body is a schema.org JSON-LD object
    /// (`{"@context": "https://schema.org", …}`): some pages leave out the type attribute.
    static func isUntypedJSONLD(tag: UnsafeBufferPointer<UInt8>, body: UnsafeBufferPointer<UInt8>) -> Bool {
        guard findIgnoringCase(in: tag, from: 0, "type=") == nil, findIgnoringCase(in: tag, from: 0, "src=") == nil else {
            return false
        }
        var start = 0
        while start < body.count, body[start] <= 0x20 { start += 1 }
        guard start < body.count, body[start] == 0x7B || body[start] == 0x5B else { return false }
        let head = UnsafeBufferPointer(rebasing: body[start..<min(body.count, start + 400)])
        return findIgnoringCase(in: head, from: 0, "\"@context\"") != nil && findIgnoringCase(in: head, from: 0, "schema.org") != nil
    }

    /// The next `byte` at or after `start`: libc's `memchr`, which scans a word or a vector
    /// register at a time (script bodies and comments are long runs without the byte).
    @inline(__always)
    private static func findByte(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < input.count, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), input.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `input[at...]` is the element name `name` followed by a space, `/` or `>`.
    @inline(__always)
    private static func matchesName(_ input: UnsafeBufferPointer<UInt8>, _ at: Int, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard at + length < input.count else { return false }
        let bytes = name.utf8Start
        for offset in 0..<length where input[at + offset] | 0x20 != bytes[offset] { return false }
        switch input[at + length] {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F, 0x3E: return true
        default: return false
        }
    }

    /// The index of the `>` that ends a tag starting before `from`.
    private static func endOfTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var quote: UInt8 = 0
        while index < input.count {
            let byte = input[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x3E {
                return index
            } else if (byte == 0x22 || byte == 0x27) && index > 0 && input[index - 1] == 0x3D {
                quote = byte
            }
            index += 1
        }
        return nil
    }

    private static func find(in input: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: StaticString) -> Int? {
        let length = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        var index = start
        while index + length <= input.count {
            guard let first = findByte(bytes[0], in: input, from: index), first + length <= input.count else { return nil }
            var offset = 1
            while offset < length && input[first + offset] == bytes[offset] { offset += 1 }
            if offset == length { return first }
            index = first + 1
        }
        return nil
    }

    /// Finds a lower-case ASCII needle, ignoring the case of the input.
    static func findIgnoringCase(in input: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: StaticString) -> Int? {
        let length = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        let first = bytes[0]
        let firstIsLetter = first >= 0x61 && first <= 0x7A
        var index = start
        while index + length <= input.count {
            if firstIsLetter {
                if input[index] | 0x20 != first {
                    index += 1
                    continue
                }
            } else {
                guard let found = findByte(first, in: input, from: index) else { return nil }
                index = found
                if index + length > input.count { return nil }
            }
            var offset = 1
            while offset < length {
                let byte = input[index + offset]
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lowered != bytes[offset] { break }
                offset += 1
            }
            if offset == length { return index }
            index += 1
        }
        return nil
    }
}
