public import NewsdeskCore
import NewsdeskText

/// What a source's pages repeat: lines that recur across many of its documents are site
/// template (menus, footers, prompts), whatever language they are in and whether or not a cue
/// list knows them. Learned by ingest per source and kept in the store.
///
/// Lines are compared by `LeftoverCues.matchKey` (case, accents and punctuation ignored).
/// Sentences are never template: a recurring sentence of real text is more likely a quote or
/// wire boilerplate worth keeping, and it is not what the learning is for.
public struct SourceTemplate: Sendable, Equatable {
    /// Longest line, in characters, that can be learned as template.
    public static let maxLineLength = 160
    /// A line must recur in at least this many documents of the source…
    public static let minimumDocuments = 3
    /// …and in at least this share of them to count as template.
    public static let minimumShare = 0.1

    public var keys: Set<String>

    public init(keys: Set<String> = []) {
        self.keys = keys
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The key a line is learned and matched by; nil for lines that are never template.
    public static func key(for line: String) -> String? {
        guard line.count <= maxLineLength else { return nil }
        let key = TextFold.matchKey(line)
        return key.isEmpty ? nil : key
    }

    /// The keys of the lines of a plain-text document that could be template.
    public static func candidateKeys(in text: String) -> Set<String> {
        Set(TextLine.lines(of: text).compactMap { $0.isLongProse ? nil : key(for: $0.text) })
    }

    func matches(_ line: TextLine) -> Bool {
        !keys.isEmpty && !line.isLongProse && line.length <= Self.maxLineLength && !line.key.isEmpty && keys.contains(line.key)
    }

    /// The article with its paragraphs that are template moved to `removed`; nil when none
    /// is. Used where the extractor works on blocks rather than lines (HTML).
    public func reclean(_ article: Article) -> Article? {
        var builder = ArticleTextBuilder()
        var removed: [Removal] = []
        for paragraph in article.paragraphs {
            let text = String(article.text[utf8: paragraph.span])
            if matches(TextLine(text)) {
                removed.append(Removal(text: text, reason: .siteTemplate))
            } else {
                builder.append(text, kind: paragraph.kind)
            }
        }
        guard !removed.isEmpty, !builder.isEmpty else { return nil }
        var cleaned = article
        cleaned.text = builder.text
        cleaned.paragraphs = builder.paragraphs
        cleaned.removed += removed
        return cleaned
    }
}
