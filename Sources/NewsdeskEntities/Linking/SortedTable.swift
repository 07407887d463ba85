import Glibc
import NewsdeskText

/// A tab-separated file whose lines are sorted bytewise by their first field, searched in
/// place: the file is memory-mapped and binary-searched, so opening it costs nothing and a
/// lookup reads a few dozen lines. Leading `#` lines are comments.
struct SortedTable: @unchecked Sendable {
    private let file: MappedFile
    private let bytes: UnsafeRawBufferPointer
    /// Where the first data line starts (after the leading comments).
    private let start: Int

    init?(path: String) {
        guard let file = MappedFile(path: path) else { return nil }
        self.file = file
        bytes = file.bytes
        var offset = 0
        while offset < file.bytes.count && file.bytes[offset] == UInt8(ascii: "#") {
            while offset < file.bytes.count && file.bytes[offset] != 0x0A { offset += 1 }
            offset += 1
        }
        start = min(offset, file.bytes.count)
    }

    /// The start of the line holding `offset`.
    private func lineStart(_ offset: Int) -> Int {
        var position = offset
        while position > start && bytes[position - 1] != 0x0A { position -= 1 }
        return position
    }

    /// The offset of the newline ending the line holding `offset` (or the end of the file).
    private func lineEnd(_ offset: Int) -> Int {
        guard let base = bytes.baseAddress, offset < bytes.count else { return bytes.count }
        return memchr(base + offset, 0x0A, bytes.count - offset).map { $0 - UnsafeMutableRawPointer(mutating: base) } ?? bytes.count
    }

    /// Compares the first field of the line at `line` with `key`: <0, 0, >0.
    private func compare(line: Int, with key: [UInt8]) -> Int {
        var index = 0
        var position = line
        while true {
            let byte: UInt8 = position < bytes.count ? bytes[position] : 0x0A
            let fieldEnded = byte == 0x09 || byte == 0x0A
            if index == key.count { return fieldEnded ? 0 : 1 }
            if fieldEnded { return -1 }
            if byte != key[index] { return byte < key[index] ? -1 : 1 }
            index += 1
            position += 1
        }
    }

    /// The offset of the first line whose first field is not less than `key` (in bytes).
    private func lowerBound(_ key: [UInt8]) -> Int {
        var low = start
        var high = bytes.count
        // `low` is always a line start: lines before it are less than the key; the line at
        // `high` (or the end) is not.
        while low < high {
            let line = lineStart(low + (high - low) / 2)
            if compare(line: line, with: key) < 0 { low = lineEnd(line) + 1 } else { high = line }
        }
        return min(low, bytes.count)
    }

    /// The other fields of every line whose first field is `key`.
    func rows(_ key: String) -> [[Substring]] {
        let keyBytes = Array(key.utf8)
        var position = lowerBound(keyBytes)
        var rows: [[Substring]] = []
        while position < bytes.count, compare(line: position, with: keyBytes) == 0 {
            let end = lineEnd(position)
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            rows.append(Array(line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst()))
            position = end + 1
        }
        return rows
    }

    /// Whether some line's first field is `key`.
    func contains(_ key: String) -> Bool {
        let keyBytes = Array(key.utf8)
        let position = lowerBound(keyBytes)
        return position < bytes.count && compare(line: position, with: keyBytes) == 0
    }

    /// Whether some line's first field is `key` or starts with `key` followed by `separator`.
    func hasKey(_ key: String, orPrefixFollowedBy separator: UInt8) -> (exact: Bool, longer: Bool) {
        let keyBytes = Array(key.utf8)
        var position = lowerBound(keyBytes)
        var exact = false
        while position < bytes.count {
            if compare(line: position, with: keyBytes) == 0 {
                exact = true
                position = lineEnd(position) + 1
                continue
            }
            // The line is greater: does it begin with key + separator?
            let next = position + keyBytes.count
            let longer = next < bytes.count && bytes[next] == separator
                && keyBytes.indices.allSatisfy { bytes[position + $0] == keyBytes[$0] }
            return (exact, longer)
        }
        return (exact, false)
    }
}
