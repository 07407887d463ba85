/// Assembles an article's clean text from blocks, recording each block's span.
///
/// Blocks are separated by a blank line, as the JSON contract requires. Whitespace inside a
/// block is collapsed to single spaces (lists keep their line breaks), and empty blocks vanish.
public struct ArticleTextBuilder: Sendable {
    public private(set) var text = ""
    public private(set) var paragraphs: [Paragraph] = []
    private var utf8Count = 0

    public init() {}

    public var isEmpty: Bool { paragraphs.isEmpty }

    public mutating func append(_ block: String, kind: Paragraph.Kind) {
        let clean = kind == .list ? Self.normalizeLines(block) : Self.normalizeSpaces(block)
        guard !clean.isEmpty else { return }
        if !paragraphs.isEmpty {
            text += "\n\n"
            utf8Count += 2
        }
        let start = utf8Count
        text += clean
        utf8Count += clean.utf8.count
        paragraphs.append(Paragraph(kind: kind, span: TextSpan(start: start, end: utf8Count)))
    }

    /// Collapses runs of whitespace (including no-break spaces used as plain spaces) to one space.
    public static func normalizeSpaces(_ input: some StringProtocol) -> String {
        if isAlreadyNormal(input.utf8) { return String(input) }
        // Built as bytes: growing a string scalar by scalar costs several times more.
        var output: [UInt8] = []
        output.reserveCapacity(input.utf8.count)
        var pendingSpace = false
        for scalar in input.unicodeScalars {
            if scalar.value == 0x200B || scalar.value == 0xFEFF { continue }  // zero-width space, stray BOM
            if isCollapsibleSpace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(contentsOf: scalar.utf8)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the text has nothing to collapse or drop: no leading, trailing or doubled
    /// space and no other whitespace or zero-width character. Most text is already so; checking
    /// the bytes is far cheaper than rebuilding the string.
    private static func isAlreadyNormal(_ utf8: some Collection<UInt8>) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Printable ASCII and continuation bytes: nearly every byte, settled at once.
                if byte > 0x20 && byte < 0xC2 {
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch byte {
                case 0x20 where next == 0x20: return false
                case 0x09...0x0D: return false
                case 0xC2 where next == 0x85 || next == 0xA0: return false  // U+0085, U+00A0
                case 0xE2 where next == 0x80 && (third <= 0x8B || third == 0xA8 || third == 0xA9): return false  // U+2000–200B, 2028, 2029
                case 0xE3 where next == 0x80 && third == 0x80: return false  // U+3000
                case 0xEF where next == 0xBB && third == 0xBF: return false  // U+FEFF
                default: break
                }
                index += 1
            }
            return true
        } ?? false
    }

    /// Each line of a list block normalised, empty lines dropped. The lines are split on the
    /// UTF-8 bytes, at the newlines `Character.isNewline` knows: each is a character of its own
    /// (a CR LF pair leaves an empty line between, which is dropped), so the lines are those of
    /// a split by characters, without the cost of grapheme breaking.
    private static func normalizeLines(_ input: String) -> String {
        var input = input
        return input.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index <= bytes.count {
                let newline = index < bytes.count ? newlineLength(bytes, at: index) : 1
                guard newline > 0 else {
                    index += 1
                    continue
                }
                if index > start {
                    let line = normalizeSpaces(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if !line.isEmpty { lines.append(line) }
                }
                index += newline
                start = index
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The length of the newline at `index` (LF, VT, FF, CR, U+0085, U+2028, U+2029), 0 for none.
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte >= 0x0A && byte <= 0x0D { return 1 }
        if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) {
            return 3
        }
        return 0
    }

    /// Whitespace that carries no meaning in running text. Narrow no-break spaces (French
    /// typography) are kept: they are part of the text and later stages normalise them.
    private static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x2028, 0x2029, 0x3000: true
        case 0x2000...0x200A: true
        default: false
        }
    }
}
