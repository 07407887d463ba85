/// How elements behave in tree construction (the categories of the HTML standard that the
/// repair rules need), and how an element's content is tokenized.
extension HTMLTag {
    /// Elements that never have content: their start tag is the whole element.
    var isVoid: Bool {
        switch self {
        case .area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .source, .track, .wbr, .frame: true
        default: false
        }
    }

    /// The standard's "special" elements: a misplaced end tag of an inline element does not
    /// close them, and they stop the search for an open `<li>`.
    var isSpecial: Bool {
        switch self {
        case .address, .area, .article, .aside, .base, .blockquote, .body, .br, .button, .caption, .center, .col,
            .colgroup, .dd, .details, .dialog, .div, .dl, .dt, .embed, .fieldset, .figcaption, .figure, .footer,
            .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header, .hgroup, .hr, .html, .iframe,
            .img, .input, .li, .link, .main, .menu, .meta, .nav, .noscript, .object, .ol, .p, .pre, .script,
            .section, .select, .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th,
            .thead, .title, .tr, .track, .ul, .wbr:
            true
        default: false
        }
    }

    /// Elements that limit the "in scope" search for an open element.
    var isScopeBoundary: Bool {
        switch self {
        case .html, .table, .td, .th, .caption, .object, .template: true
        default: false
        }
    }

    /// Block start tags that end an open `<p>` (`<p>one<div>two` makes two siblings).
    var closesParagraph: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .center, .details, .dialog, .div, .dl, .fieldset,
            .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .section, .summary,
            .ul, .h1, .h2, .h3, .h4, .h5, .h6, .pre, .form, .table, .hr, .li, .dd, .dt:
            true
        default: false
        }
    }

    /// Elements that belong in `<head>` when they come before the body.
    var isHeadContent: Bool {
        switch self {
        case .meta, .link, .title, .style, .script, .base, .noscript, .template: true
        default: false
        }
    }

    /// How the content of the element is read.
    var content: HTMLContentModel {
        switch self {
        case .script: .script
        case .style, .iframe: .rawText
        case .title, .textarea: .escapableRawText
        default: .markup
        }
    }
}

enum HTMLContentModel {
    /// Elements, text and references.
    case markup
    /// Text up to the end tag, references decoded (`<title>`, `<textarea>`).
    case escapableRawText
    /// Skipped up to the end tag (`<style>`, `<iframe>`).
    case rawText
    /// Skipped up to the end tag, but kept when it is JSON-LD.
    case script
}

/// The few element names the extractor does not tell apart but the parser must: void and
/// raw-text elements of older HTML.
enum HTMLLegacyElement {
    case void, rawText

    static func of(_ name: UnsafeBufferPointer<UInt8>) -> HTMLLegacyElement? {
        guard name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for index in 0..<name.count {
            key |= UInt64(name[index] | 0x20) << (UInt64(index) * 8)
        }
        switch key {
        case Self.param, Self.keygen, Self.basefont, Self.bgsound: return .void
        case Self.xmp, Self.noembed, Self.noframes: return .rawText
        default: return nil
        }
    }

    private static let param = HTMLTag.packed("param")
    private static let keygen = HTMLTag.packed("keygen")
    private static let basefont = HTMLTag.packed("basefont")
    private static let bgsound = HTMLTag.packed("bgsound")
    private static let xmp = HTMLTag.packed("xmp")
    private static let noembed = HTMLTag.packed("noembed")
    private static let noframes = HTMLTag.packed("noframes")
}
