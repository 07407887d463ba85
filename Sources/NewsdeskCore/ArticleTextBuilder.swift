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

    private static func normalizeLines(_ input: String) -> String {
        input.split(whereSeparator: \.isNewline)
            .map { normalizeSpaces($0) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
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
