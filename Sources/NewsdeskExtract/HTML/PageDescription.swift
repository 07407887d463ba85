import NewsdeskCore
import NewsdeskText

/// The page's own summary of the article: the JSON-LD article's description, else
/// og:description, the meta description or twitter:description; white space collapsed,
/// entities decoded, cut at a word boundary when a page stuffs a whole text into it.
enum PageDescription {
    /// Longest description kept, in characters.
    static let maxChars = 500

    static func resolve(_ metadata: HTMLMetadata) -> String? {
        let candidates = [metadata.jsonLD.description, metadata.ogDescription, metadata.metaDescription, metadata.twitterDescription]
        for case let raw? in candidates {
            let text = MetadataResolver.clean(withoutTags(raw))
            // A lone word or a URL describes nothing.
            guard text.utf8.contains(0x20), !HTMLMetadata.isURL(text) else { continue }
            return TextFold.truncate(text, to: maxChars)
        }
        return nil
    }

    /// The text without the markup some structured data carries ("<p>…</p>", "<br/>").
    private static func withoutTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var result: [Unicode.Scalar] = []
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            guard scalar == "<", let next = pending, next.isAlphabetic || next == "/" else {
                result.append(scalar)
                continue
            }
            while let inside = pending, inside != ">" { pending = scalars.next() }
            pending = scalars.next()
            result.append(" ")
        }
        return String(scalars: result)
    }
}
