/// The HTML elements the extractor tells apart; every other name is `.unknown` (or
/// `.custom` for names with a hyphen, which are web components and behave as containers).
enum HTMLTag: UInt8, Sendable {
    case text = 0  // a text node, not an element
    case document  // the synthetic root above <html>
    case unknown, custom
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, frame, frameset, object, embed
    case canvas, video, audio, source, track, picture, img, map, area
    case form, input, button, select, option, textarea, label, fieldset, dialog
    case nav, header, footer, aside, main, article, section, div, span, p, br, hr
    case h1, h2, h3, h4, h5, h6, hgroup
    case a, b, i, u, em, strong, small, sub, sup, mark, code, pre, blockquote, q, cite, abbr, time
    case font, center, s, strike, del, ins, tt, kbd, `var`, wbr, bdi, bdo, dfn, samp, big
    case ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col
    case figure, figcaption, address, details, summary, data
    /// Ruby annotations: pronunciation over East Asian text, not part of the sentence.
    case rt, rp

    /// Looks an element name up, ignoring ASCII case.
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        lookup(0..<name.count, in: name)
    }

    /// Looks the element name `input[name]` up, ignoring ASCII case.
    static func lookup(_ name: Range<Int>, in input: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        if let tag = names.lookup(lowercasing: name, in: input) { return tag }
        return input[name].contains(UInt8(ascii: "-")) ? .custom : .unknown
    }

    static func packed(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (UInt64(index) * 8) }
        return key
    }

    private static let names: PackedNameTable<HTMLTag> = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg,
            .math, .iframe, .frame, .frameset, .object, .embed, .canvas, .video, .audio, .source, .track,
            .picture, .img, .map, .area, .form, .input, .button, .select, .option, .textarea, .label,
            .fieldset, .dialog, .nav, .header, .footer, .aside, .main, .article, .section, .div, .span, .p,
            .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .a, .b, .i, .u, .em, .strong, .small, .sub,
            .sup, .mark, .code, .pre, .q, .cite, .abbr, .time, .font, .center, .s, .strike, .del, .ins,
            .tt, .kbd, .var, .wbr, .bdi, .bdo, .dfn, .samp, .big, .ul, .ol, .li, .dl, .dt, .dd, .menu,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .colgroup, .col, .figure, .address,
            .details, .summary, .data, .rt, .rp, .blockquote, .figcaption,
        ]
        return PackedNameTable(all.map { ($0.name, $0) })
    }()

    var name: String {
        switch self {
        case .var: "var"
        default: String(describing: self)
        }
    }

    /// Elements whose content is never article text.
    var isDropped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .frame, .frameset, .object,
            .embed, .canvas, .video, .audio, .source, .track, .map, .area, .input, .button, .select,
            .option, .textarea, .dialog, .nav, .aside, .head, .title, .meta, .link, .base, .colgroup, .col, .rt, .rp:
            true
        default: false
        }
    }

    /// Elements that start a new block of text (everything else flows inline).
    var isBlock: Bool {
        switch self {
        case .html, .body, .nav, .header, .footer, .aside, .main, .article, .section, .div, .p, .hr,
            .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .pre, .blockquote, .ul, .ol, .li, .dl, .dt, .dd, .menu,
            .table, .thead, .tbody, .tfoot, .tr, .caption, .figure, .figcaption, .address, .details,
            .summary, .form, .fieldset, .center, .custom, .noscript, .dialog:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    var isList: Bool { self == .ul || self == .ol || self == .menu || self == .dl }

    /// Blocks whose own inline text counts as a paragraph when scoring.
    var isScoredBlock: Bool {
        switch self {
        case .p, .pre, .tr, .div, .section, .article, .main, .custom, .blockquote, .center, .dd:
            true
        default: false
        }
    }

    /// readability's initial score by element.
    var initialScore: Float {
        switch self {
        case .div, .article, .main: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
    }
}

/// The attributes the extractor reads; the others are not looked at.
enum HTMLAttribute: UInt8, Sendable {
    case `class`, id, role, style, hidden, ariaHidden, itemprop, rel, href, name, property
    case content, datetime, lang, httpEquiv, title

    /// Whether the value is kept on an element of `tag` for the extractor to read. Some
    /// attributes only set the element's flags; `href` is read only on `<link>` (the canonical
    /// address) and `<a>` (where links point: a masthead to the front page, teaser cards), and
    /// `title` only on `<abbr>` (a date), so the many titles elsewhere are not copied.
    func isStored(on tag: HTMLTag) -> Bool {
        switch self {
        case .id, .role, .style, .hidden, .ariaHidden: false
        case .href: tag == .link || tag == .a
        case .title: tag == .abbr
        default: true
        }
    }

    /// Whether the value matters on an element of `tag`: it sets flags or is stored.
    func isRead(on tag: HTMLTag) -> Bool {
        switch self {
        case .class, .id, .role, .style, .hidden, .ariaHidden, .itemprop: true
        default: isStored(on: tag)
        }
    }

    /// Looks an attribute name up, ignoring ASCII case.
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> HTMLAttribute? {
        lookup(0..<name.count, in: name)
    }

    /// Looks the attribute name `input[name]` up, ignoring ASCII case.
    static func lookup(_ name: Range<Int>, in input: UnsafeBufferPointer<UInt8>) -> HTMLAttribute? {
        table.lookup(lowercasing: name, in: input)
    }

    private static let names: [(String, HTMLAttribute)] = [
        ("class", .class), ("id", .id), ("role", .role), ("style", .style), ("hidden", .hidden),
        ("aria-hidden", .ariaHidden), ("itemprop", .itemprop), ("rel", .rel), ("href", .href),
        ("name", .name), ("property", .property), ("content", .content), ("datetime", .datetime),
        ("lang", .lang), ("http-equiv", .httpEquiv), ("title", .title),
    ]
    private static let table = PackedNameTable(names.map { (name: $0.0, value: $0.1) })
}
