public import NewsdeskCore

/// Extraction for text that is already clean (`newsdesk analyze --verbatim`): nothing is
/// removed, the article's text is the decoded input with line endings normalised to `\n`, so
/// annotation offsets index the input itself. Paragraphs are the runs of text between blank
/// lines.
public struct VerbatimStage: Stage {
    public static let id = "verbatim"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.input]
    public static let provides: Set<AnnotationKind> = [.text]

    public let settings = NoSettings()

    public init(settings: NoSettings = NoSettings(), configuration: Configuration = Configuration()) {}

    public func analyze(_ document: Document) throws(Rejection) -> ExtractedArticle {
        guard let input = document.input else { throw Rejection(.noArticle, "no input to read") }
        let text = Self.normalizingLineEndings(input.utf8)
        var article = Article(
            id: input.id, url: input.metadata.url, source: Source(name: input.metadata.sourceName), published: input.metadata.date,
            text: text, encoding: input.encoding)
        article.paragraphs = Self.paragraphs(in: Array(text.utf8)).map { Paragraph(kind: .paragraph, span: $0) }
        return ExtractedArticle(article: article, learnedLines: nil)
    }

    /// `\r\n` and lone `\r` become `\n`; nothing else changes.
    static func normalizingLineEndings(_ utf8: [UInt8]) -> String {
        guard utf8.contains(0x0D) else { return String(decoding: utf8, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            if utf8[index] == 0x0D {
                bytes.append(0x0A)
                if index + 1 < utf8.count && utf8[index + 1] == 0x0A { index += 1 }
            } else {
                bytes.append(utf8[index])
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Spans of the text between blank lines (lines holding only spaces count as blank),
    /// without the spaces at their edges.
    static func paragraphs(in bytes: [UInt8]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start: Int?
        var end = 0
        var lineStart = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0B }
        func closeParagraph() {
            if let first = start { spans.append(TextSpan(start: first, end: end)) }
            start = nil
        }
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                let line = bytes[lineStart..<index]
                if line.allSatisfy(isSpace) { closeParagraph() }
                lineStart = index + 1
            } else if !isSpace(bytes[index]) {
                if start == nil { start = index }
                end = index + 1
            }
            index += 1
        }
        closeParagraph()
        return spans
    }
}
