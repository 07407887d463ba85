import Foundation

/// Tells a document from binary data by its bytes, and HTML from plain text by its content,
/// never by the file name.
public enum DocumentSniffer {
    /// Formats recognised by their magic numbers, with the name used in messages.
    private static let signatures: [(bytes: [UInt8], offset: Int, name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        (Array("GIF8".utf8), 0, "GIF image"),
        (Array("RIFF".utf8), 0, "RIFF media (WebP, WAV, AVI)"),
        (Array("II*\0".utf8), 0, "TIFF image"),
        (Array("MM\0*".utf8), 0, "TIFF image"),
        (Array("%PDF".utf8), 0, "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], 0, "ZIP archive"),
        ([0x1F, 0x8B], 0, "gzip data"),
        (Array("BZh".utf8), 0, "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], 0, "xz data"),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "zstd data"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "7-zip archive"),
        (Array("Rar!".utf8), 0, "RAR archive"),
        (Array("ftyp".utf8), 4, "MP4/QuickTime media"),
        (Array("OggS".utf8), 0, "Ogg media"),
        (Array("ID3".utf8), 0, "MP3 audio"),
        (Array("fLaC".utf8), 0, "FLAC audio"),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "Matroska/WebM media"),
        (Array("wOFF".utf8), 0, "WOFF font"),
        (Array("wOF2".utf8), 0, "WOFF2 font"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "ELF executable"),
        ([0x00, 0x61, 0x73, 0x6D], 0, "WebAssembly module"),
        (Array("SQLite format 3\0".utf8), 0, "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "OLE document (old Office)"),
    ]

    /// The name of a binary format when the bytes are not a text document, nil otherwise.
    ///
    /// Looks for known magic numbers, then for bytes that never occur in text: NUL bytes and
    /// other C0 control characters. UTF-16 and UTF-32 (which contain NUL bytes) are recognised
    /// first so they are not mistaken for binary data.
    public static func binaryFormat(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.count >= signature.offset + signature.bytes.count {
            if bytes[signature.offset..<(signature.offset + signature.bytes.count)].elementsEqual(signature.bytes) {
                return signature.name
            }
        }
        if TextDecoder.unicodeBOMEncoding(of: bytes) != nil || TextDecoder.looksLikeUTF16(bytes) != nil {
            return nil
        }
        let sampleCount = min(bytes.count, 8192)
        let controls = bytes.withUnsafeBufferPointer { controlCount(UnsafeBufferPointer(rebasing: $0[..<sampleCount])) }
        guard let controls else { return "binary data" }
        return controls * 100 > sampleCount ? "binary data" : nil
    }

    /// The C0 control characters that do not occur in text files, nil when there is a NUL
    /// byte. Eight bytes at a time where none is below space.
    private static func controlCount(_ sample: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = sample.baseAddress else { return 0 }
        var controls = 0
        var index = 0
        while index < sample.count {
            if index + 8 <= sample.count {
                // A byte below 0x20 borrows into its top bit when 0x20 is taken from it.
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            for byte in UnsafeBufferPointer(rebasing: sample[index..<min(index + 8, sample.count)]) {
                if byte == 0 { return nil }
                // Tab, line feed, form feed, carriage return and escape occur in text files.
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                    controls += 1
                }
            }
            index += 8
        }
        return controls
    }

    /// Whether decoded text is an HTML document (or fragment) rather than plain text.
    ///
    /// Looks at the first 4,096 characters, as bytes: the markers are ASCII, so ASCII case
    /// folding is enough, and no `String` is lowered or searched (this runs on every page).
    public static func isHTML(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isHTML(bytes: $0) }
    }

    static func isHTML(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The window: the first 4,096 scalars (continuation bytes do not count).
        var windowEnd = 0
        var scalars = 0
        while windowEnd < bytes.count {
            if bytes[windowEnd] & 0xC0 != 0x80 {
                if scalars == 4096 { break }
                scalars += 1
            }
            windowEnd += 1
        }
        // Leading white space and byte-order marks.
        var start = 0
        while start < windowEnd {
            let byte = bytes[start]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                start += 1
            } else if byte == 0xEF, start + 2 < windowEnd, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3
            } else if byte == 0xC2, start + 1 < windowEnd, bytes[start + 1] == 0xA0 || bytes[start + 1] == 0x85 {
                start += 2
            } else if let length = wideSpaceLength(bytes, start, windowEnd) {
                start += length
            } else {
                break
            }
        }
        guard start < windowEnd else { return false }
        let head = UnsafeBufferPointer(rebasing: bytes[start..<windowEnd])
        let startsWithTag = head[0] == 0x3C
        if startsWithTag {
            for marker in documentMarkers where count(of: marker, in: head, limit: 1) > 0 { return true }
            // A page that opens with a long `<style>` or `<script>` block has its markers later.
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            for marker in bodyMarkers where count(of: marker, in: rest, limit: 1) > 0 { return true }
        }
        // A fragment: text that is mostly markup, such as `<p>…</p><p>…</p>`.
        var tagCount = 0
        for tag in blockTags {
            tagCount += count(of: tag, in: head, limit: 5)
            if tagCount >= 5 { break }
        }
        return startsWithTag ? tagCount >= 1 : tagCount >= 5
    }

    private static let documentMarkers: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title>"].map { Array($0.utf8) }
    private static let bodyMarkers: [[UInt8]] = ["<body", "<html"].map { Array($0.utf8) }
    private static let blockTags: [[UInt8]] = ["<p>", "<p ", "<div", "<br", "<article", "<section", "<h1", "<h2", "<li>", "<span"].map { Array($0.utf8) }

    /// Non-overlapping occurrences of a lower-case ASCII needle, ignoring ASCII case, up to `limit`.
    private static func count(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let length = needle.count
        guard haystack.count >= length else { return 0 }
        var found = 0
        var index = 0
        let last = haystack.count - length
        while index <= last {
            if haystack[index] == 0x3C {
                var offset = 1
                while offset < length {
                    let byte = haystack[index + offset]
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != needle[offset] { break }
                    offset += 1
                }
                if offset == length {
                    found += 1
                    if found >= limit { return found }
                    index += length
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// The length of a three-byte Unicode space (U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000) at `index`, nil otherwise.
    private static func wideSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        guard index + 2 < end else { return nil }
        let a = bytes[index], b = bytes[index + 1], c = bytes[index + 2]
        if a == 0xE1 && b == 0x9A && c == 0x80 { return 3 }
        if a == 0xE2 && b == 0x80 && (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) && c >= 0x80 { return 3 }
        if a == 0xE2 && b == 0x81 && c == 0x9F { return 3 }
        if a == 0xE3 && b == 0x80 && c == 0x80 { return 3 }
        return nil
    }
}
