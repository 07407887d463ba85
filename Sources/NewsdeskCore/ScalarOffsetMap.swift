/// Converts between UTF-8 offsets (used inside Newsdesk) and Unicode-scalar offsets (used by
/// the JSON contract, as in Python's `text[start:end]`).
///
/// Built in one pass over the text; conversions are then O(log n).
public struct ScalarOffsetMap: Sendable {
    /// UTF-8 offsets of the first byte of every scalar at or after a non-ASCII scalar;
    /// when the text is pure ASCII both units agree and this stays empty.
    private let utf8Starts: [Int]
    private let firstNonASCII: Int
    private let utf8Count: Int

    public init(_ text: String) {
        var text = text
        (utf8Starts, firstNonASCII, utf8Count) = text.withUTF8 { bytes in
            let count = bytes.count
            guard let first = bytes.firstIndex(where: { $0 >= 0x80 }) else { return ([], count, count) }
            var starts: [Int] = []
            starts.reserveCapacity(count - first)
            for offset in first..<count where bytes[offset] & 0xC0 != 0x80 { starts.append(offset) }
            return (starts, first, count)
        }
    }

    /// The scalar offsets of UTF-8 offsets that fall on scalar boundaries, in one pass over the
    /// text and without building a map: what writing an article's paragraphs needs.
    public static func scalarOffsets(ofUTF8 offsets: [Int], in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var result = [Int](repeating: 0, count: offsets.count)
            var position = 0
            var scalars = 0
            for index in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
                let target = min(max(offsets[index], 0), bytes.count)
                scalars += UnsafeBufferPointer(rebasing: bytes[position..<target]).count(where: { $0 & 0xC0 != 0x80 })
                position = target
                result[index] = scalars
            }
            return result
        }
    }

    /// The scalar offset of a UTF-8 offset that falls on a scalar boundary (or the end).
    public func scalarOffset(ofUTF8 utf8Offset: Int) -> Int {
        if utf8Offset <= firstNonASCII { return utf8Offset }
        // Number of scalar starts before utf8Offset, counted from firstNonASCII.
        var low = 0
        var high = utf8Starts.count
        while low < high {
            let mid = (low + high) / 2
            if utf8Starts[mid] < utf8Offset { low = mid + 1 } else { high = mid }
        }
        return firstNonASCII + low
    }

    /// The UTF-8 offset of a scalar offset; nil when it lies past the end of the text.
    public func utf8Offset(ofScalar scalarOffset: Int) -> Int? {
        if scalarOffset < 0 { return nil }
        if scalarOffset <= firstNonASCII { return scalarOffset }
        let index = scalarOffset - firstNonASCII
        if index < utf8Starts.count { return utf8Starts[index] }
        return index == utf8Starts.count ? utf8Count : nil
    }
}
