/// Tells JSON-LD `<script>` elements apart, whose bodies the metadata reader parses.
enum JSONLDScript {
    /// Whether a script is JSON-LD: its start tag (from `<` to before `>`) names the type
    /// `application/ld+json`, or it has no type or source and its body is a schema.org object.
    static func isJSONLD(tag: UnsafeBufferPointer<UInt8>, body: UnsafeBufferPointer<UInt8>) -> Bool {
        findIgnoringCase(in: tag, from: 0, "ld+json") != nil || isUntypedJSONLD(tag: tag, body: body)
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

    /// Finds a lower-case ASCII needle, ignoring the case of the input.
    static func findIgnoringCase(in input: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: StaticString) -> Int? {
        let length = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        var index = start
        while index + length <= input.count {
            var offset = 0
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
