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
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "binary data" }
            // Tab, line feed, form feed, carriage return and escape occur in text files.
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 100 > sample.count ? "binary data" : nil
    }

    /// Whether decoded text is an HTML document (or fragment) rather than plain text.
    public static func isHTML(_ text: String) -> Bool {
        var head = Substring(text.prefix(4096))
        head = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        guard let first = head.first else { return false }
        let lower = head.lowercased()
        let documentMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title>"]
        if first == "<" && documentMarkers.contains(where: { lower.contains($0) }) { return true }
        // A fragment: text that is mostly markup, such as `<p>…</p><p>…</p>`.
        let blockTags = ["<p>", "<p ", "<div", "<br", "<article", "<section", "<h1", "<h2", "<li>", "<span"]
        var tagCount = 0
        for tag in blockTags {
            var rest = Substring(lower)
            while let range = rest.range(of: tag) {
                tagCount += 1
                rest = rest[range.upperBound...]
            }
        }
        return first == "<" ? tagCount >= 1 : tagCount >= 5
    }
}
