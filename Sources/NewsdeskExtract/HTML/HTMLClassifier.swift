#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsdeskCore
import NewsdeskText

/// What an element's class, id, role and other attributes say about it.
struct NodeFlags: OptionSet, Sendable {
    let rawValue: UInt32

    static let navigation = NodeFlags(rawValue: 1 << 0)
    static let share = NodeFlags(rawValue: 1 << 1)
    static let comments = NodeFlags(rawValue: 1 << 2)
    static let cookie = NodeFlags(rawValue: 1 << 3)
    static let newsletter = NodeFlags(rawValue: 1 << 4)
    static let related = NodeFlags(rawValue: 1 << 5)
    static let ad = NodeFlags(rawValue: 1 << 6)
    static let hidden = NodeFlags(rawValue: 1 << 7)
    /// Page furniture: sidebars, widgets, mastheads, tool bars, tag lists, pop-ups.
    static let layout = NodeFlags(rawValue: 1 << 8)
    static let header = NodeFlags(rawValue: 1 << 9)
    static let footer = NodeFlags(rawValue: 1 << 10)
    static let caption = NodeFlags(rawValue: 1 << 11)
    static let byline = NodeFlags(rawValue: 1 << 12)
    static let lead = NodeFlags(rawValue: 1 << 13)
    static let positive = NodeFlags(rawValue: 1 << 14)
    static let negative = NodeFlags(rawValue: 1 << 15)
    static let articleBody = NodeFlags(rawValue: 1 << 16)
    static let mainRole = NodeFlags(rawValue: 1 << 17)
    static let date = NodeFlags(rawValue: 1 << 18)
    /// Image credits and copyright notices.
    static let credit = NodeFlags(rawValue: 1 << 19)

    /// Flags that remove an element and its content from the article.
    static let junk: NodeFlags = [.navigation, .share, .comments, .cookie, .newsletter, .related, .ad, .hidden, .layout]
}

/// Classifies class and id values by keywords, in one pass over the bytes (no regular
/// expressions): patterns are bucketed by their first two bytes and checked where they can start.
enum HTMLClassifier {
    enum Boundary {
        /// Anywhere in the value.
        case any
        /// At the start of a word (after a non-letter, or at a camelCase hump).
        case start
        /// A whole word.
        case word
        /// A whole space-separated class token.
        case token
    }

    /// Keyword, flags, and where in the value it must stand.
    static let patterns: [(String, NodeFlags, Boundary)] = [
        // navigation
        ("nav", .navigation, .start), ("menu", .navigation, .any), ("breadcrumb", .navigation, .any),
        ("pagination", .navigation, .any), ("pager", .navigation, .word), ("skiplink", .navigation, .any),
        ("skip-link", .navigation, .any), ("skip-to", .navigation, .any), ("sitemap", .navigation, .any),
        ("toc", .navigation, .word), ("jump-link", .navigation, .any), ("subnav", .navigation, .any),
        // share and social
        ("share", .share, .any), ("sharing", .share, .any), ("social", .share, .any), ("addthis", .share, .any),
        ("sociable", .share, .any), ("follow-us", .share, .any), ("followus", .share, .any),
        ("partage", .share, .any), ("teilen", .share, .word), ("compartir", .share, .any),
        // comments
        ("comments", .comments, .any), ("comment", .comments, .word), ("commentlist", .comments, .any),
        ("commentform", .comments, .any), ("disqus", .comments, .any), ("respond", .comments, .word),
        ("replies", .comments, .any), ("livefyre", .comments, .any), ("coral", .comments, .word),
        ("commentaire", .comments, .any), ("kommentar", .comments, .any), ("comentario", .comments, .any),
        // cookie and consent
        ("cookie", .cookie, .any), ("consent", .cookie, .any), ("gdpr", .cookie, .any), ("cmp", .cookie, .token),
        ("onetrust", .cookie, .any), ("didomi", .cookie, .any), ("rgpd", .cookie, .any),
        // newsletter, subscription, paywall
        ("newsletter", .newsletter, .any), ("subscribe", .newsletter, .any), ("subscription", .newsletter, .any),
        ("signup", .newsletter, .any), ("sign-up", .newsletter, .any), ("optin", .newsletter, .word),
        ("paywall", .newsletter, .any), ("regwall", .newsletter, .any), ("abonnement", .newsletter, .start),
        ("abonnieren", .newsletter, .any), ("inscription", .newsletter, .word),
        // related and recommended
        ("related", .related, .any), ("recommend", .related, .any), ("read-more", .related, .any),
        ("readmore", .related, .any), ("more-stories", .related, .any), ("morestories", .related, .any),
        ("also-read", .related, .any), ("alsoread", .related, .any), ("outbrain", .related, .any),
        ("taboola", .related, .any), ("mehr-zum-thema", .related, .any), ("lire-aussi", .related, .any),
        ("lireaussi", .related, .any), ("a-lire", .related, .any), ("most-popular", .related, .any),
        ("mostpopular", .related, .any), ("popular", .related, .word), ("trending", .related, .any),
        ("most-read", .related, .any), ("mostread", .related, .any), ("most-viewed", .related, .any),
        ("you-may-like", .related, .any), ("see-also", .related, .any), ("further-reading", .related, .any),
        ("more-from", .related, .any), ("morefrom", .related, .any), ("relacionad", .related, .any),
        ("correlat", .related, .any), ("verwandt", .related, .any), ("leggi-anche", .related, .any),
        ("lee-tambien", .related, .any), ("leia-tambem", .related, .any), ("veja-tambem", .related, .any),
        // advertising
        ("ad", .ad, .word), ("ads", .ad, .word), ("adv", .ad, .word), ("advert", .ad, .start),
        ("adslot", .ad, .start), ("adunit", .ad, .start), ("adsense", .ad, .start), ("adsby", .ad, .start),
        ("adbox", .ad, .start), ("adwrap", .ad, .start), ("adbanner", .ad, .start), ("adcontainer", .ad, .start),
        ("adhesion", .ad, .start), ("adzone", .ad, .start), ("adplace", .ad, .start), ("adspace", .ad, .start),
        ("sponsor", .ad, .any), ("promo", .ad, .any), ("dfp", .ad, .word), ("gpt", .ad, .word),
        ("commercial", .ad, .any), ("publicite", .ad, .any), ("publicidad", .ad, .any),
        ("pubblicita", .ad, .any), ("werbung", .ad, .any), ("anzeige", .ad, .any), ("billboard", .ad, .start),
        ("skyscraper", .ad, .any), ("leaderboard", .ad, .start), ("outstream", .ad, .any),
        ("affiliate", .ad, .start), ("doubleclick", .ad, .any), ("teads", .ad, .word), ("dianomi", .ad, .any),
        // hidden
        ("hidden", .hidden, .token), ("is-hidden", .hidden, .token), ("visually-hidden", .hidden, .token),
        ("visuallyhidden", .hidden, .token), ("sr-only", .hidden, .token), ("screen-reader-text", .hidden, .token),
        ("screenreader-only", .hidden, .token), ("u-hidden", .hidden, .token), ("hide", .hidden, .token),
        ("d-none", .hidden, .token), ("offscreen", .hidden, .token), ("element-invisible", .hidden, .token),
        ("invisible", .hidden, .token), ("is-visually-hidden", .hidden, .token),
        // page furniture
        ("masthead", .layout, .any), ("sidebar", .layout, .any), ("side-bar", .layout, .any),
        ("widget", .negative, .any), ("topbar", .layout, .any), ("toolbar", .layout, .any),
        ("popup", .negative, .any), ("modal", .negative, .any), ("overlay", .negative, .start),
        ("login", .layout, .any), ("signin", .layout, .any), ("search", .layout, .start), ("tags", .layout, .word),
        ("tag-list", .layout, .any), ("taglist", .layout, .any), ("keywords", .layout, .word),
("rss", .layout, .word), ("banner", .layout, .any), ("shoutbox", .layout, .any),
        ("combx", .layout, .any), ("print", .layout, .word), ("tools", .layout, .word), ("alert-bar", .layout, .any),
        ("breaking-news", .layout, .any), ("ticker", .layout, .word), ("rating", .layout, .word),
        // header, footer
        ("header", .header, .any), ("footer", .footer, .any),
        // captions and credits
        ("caption", .caption, .any), ("legend", .caption, .start), ("bildunterschrift", .caption, .any),
        ("didascalia", .caption, .any), ("credit", .credit, .any), ("copyright", .credit, .any),
        ("photographer", .credit, .any), ("bildnachweis", .credit, .any), ("bildquelle", .credit, .any),
        ("image-source", .credit, .any), ("img-source", .credit, .any), ("photo-source", .credit, .any),
        // bylines
        ("byline", .byline, .any), ("author", .byline, .any), ("autor", .byline, .start),
        ("auteur", .byline, .start), ("writer", .byline, .start), ("signature", .byline, .start),
        ("contributor", .byline, .start),
        // lead, standfirst
        ("lead", .lead, .word), ("standfirst", .lead, .any), ("chapo", .lead, .any), ("chapeau", .lead, .any),
        ("intro", .lead, .start), ("summary", .lead, .any), ("dek", .lead, .word), ("deck", .lead, .word),
        ("subtitle", .lead, .any), ("excerpt", .lead, .any), ("abstract", .lead, .word), ("sapo", .lead, .word),
        ("entradilla", .lead, .any), ("sommario", .lead, .any), ("lede", .lead, .word),
        // positive
        ("article", .positive, .any), ("body", .positive, .any), ("content", .positive, .any),
        ("entry", .positive, .any), ("main", .positive, .start), ("post", .positive, .start),
        ("text", .positive, .any), ("story", .positive, .any), ("prose", .positive, .any),
        ("blog", .positive, .any), ("page", .positive, .word), ("artikel", .positive, .any),
        ("articulo", .positive, .any), ("articolo", .positive, .any), ("materia", .positive, .word),
        // negative weight only
        ("media", .negative, .any), ("meta", .negative, .start), ("contact", .negative, .any),
        ("foot", .negative, .any), ("scroll", .negative, .any), ("shopping", .negative, .any),
        ("tool", .negative, .any), ("hid", .negative, .word), ("outbrain", .negative, .any),
        ("date", .date, .word), ("dated", .date, .word), ("datetime", .date, .word), ("timestamp", .date, .any), ("published", .date, .start), ("publish", .date, .word),
        ("posted", .date, .start), ("postmeta", .date, .any), ("post-meta", .date, .any), ("entry-meta", .date, .any),
        ("article-meta", .date, .any), ("meta-info", .date, .any), ("time", .date, .word), ("datum", .date, .start),
        ("fecha", .date, .start), ("data", .date, .word),
    ]

    /// The patterns grouped by their first two bytes. Bytes that begin no pattern's first
    /// three have code 0; any other byte has a code below 32 (a capital letter that of its
    /// lower case). `bucketStart[b]..<bucketStart[b + 1]` are the patterns whose first two bytes
    /// make bigram b (`code(first) << 5 | code(second)`), and `thirds[b]` has bit c set when
    /// one of them has a third byte of code c (all bits for a two-byte pattern; none for a
    /// bigram with a code 0), so most positions are passed over after one bit test.
    private struct Table {
        struct Pattern {
            var start: Int32
            var length: Int32
            var flags: UInt32
            /// The code of the third byte (0 for a two-byte pattern).
            var third: UInt8
            var boundary: Boundary
        }

        var bytes: [UInt8] = []
        var patterns: [Pattern] = []
        var codes = [UInt8](repeating: 0, count: 256)
        var bucketStart: [UInt16] = []
        var thirds = [UInt32](repeating: 0, count: 32 * 32)
    }

    private static let table: Table = {
        var table = Table()
        var codeCount = 1
        let entries = patterns.map { (bytes: Array($0.0.utf8), flags: $0.1, boundary: $0.2) }
        for entry in entries {
            precondition(entry.bytes.count >= 2, "patterns are matched from a pair of bytes")
            for byte in entry.bytes.prefix(3) where table.codes[Int(byte)] == 0 {
                precondition(lower(byte) == byte, "patterns are lower case")
                table.codes[Int(byte)] = UInt8(codeCount)
                codeCount += 1
            }
        }
        precondition(codeCount <= 32, "codes are five bits")
        for capital in UInt8(0x41)...0x5A { table.codes[Int(capital)] = table.codes[Int(capital | 0x20)] }
        func bigram(_ bytes: [UInt8]) -> Int { Int(table.codes[Int(bytes[0])]) << 5 | Int(table.codes[Int(bytes[1])]) }
        let sorted = entries.sorted { bigram($0.bytes) < bigram($1.bytes) }
        var counts = [Int](repeating: 0, count: 32 * 32)
        for entry in sorted {
            let bucket = bigram(entry.bytes)
            counts[bucket] += 1
            table.thirds[bucket] |= entry.bytes.count > 2 ? 1 << UInt32(table.codes[Int(entry.bytes[2])]) : ~0
            table.patterns.append(Table.Pattern(
                start: Int32(table.bytes.count), length: Int32(entry.bytes.count), flags: entry.flags.rawValue,
                third: entry.bytes.count > 2 ? table.codes[Int(entry.bytes[2])] : 0, boundary: entry.boundary))
            table.bytes.append(contentsOf: entry.bytes)
        }
        var running = 0
        for count in counts {
            table.bucketStart.append(UInt16(running))
            running += count
        }
        table.bucketStart.append(UInt16(running))
        return table
    }()

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func isAlnum(_ byte: UInt8) -> Bool {
        let low = byte | 0x20
        return (low >= 0x61 && low <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        let low = byte | 0x20
        return low >= 0x61 && low <= 0x7A
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        // Bits 9, 10, 12, 13 and 32: tab, line feed, form feed, carriage return, space.
        byte <= 0x20 && (0x1_0000_3600 as UInt64) >> UInt64(byte) & 1 != 0
    }

    /// The flags a class or id value carries: those of every pattern found in it where its
    /// boundary holds and it does not describe the element's contents.
    static func classify(_ value: UnsafeBufferPointer<UInt8>) -> NodeFlags {
        let count = value.count
        guard count >= 2, let base = value.baseAddress else { return [] }
        let table = self.table
        var flags: UInt32 = 0
        table.bytes.withUnsafeBufferPointer { bytes in
        table.patterns.withUnsafeBufferPointer { patterns in
        table.codes.withUnsafeBufferPointer { codes in
        table.bucketStart.withUnsafeBufferPointer { bucketStart in
        table.thirds.withUnsafeBufferPointer { thirds in
            var bucket = Int(codes[Int(base[0])])
            var third = Int(codes[Int(base[1])])
            for index in 0..<(count - 1) {
                bucket = (bucket << 5 | third) & 0x3FF
                // Past the end the third byte is "none", code 0.
                third = index + 2 < count ? Int(codes[Int(base[index + 2])]) : 0
                guard thirds[bucket] & (1 << UInt32(third)) != 0 else { continue }
                for pattern in Int(bucketStart[bucket])..<Int(bucketStart[bucket + 1]) {
                    let found = patterns[pattern]
                    let length = Int(found.length)
                    guard flags & found.flags != found.flags, index + length <= count else { continue }
                    // The first two bytes match by the bucket; the third (of a longer pattern) by its code.
                    guard length == 2 || Int(found.third) == third else { continue }
                    let start = Int(found.start)
                    var offset = min(3, length)
                    while offset < length && lower(base[index + offset]) == bytes[start + offset] { offset += 1 }
                    if offset == length && accepts(found.boundary, value, index, length) { flags |= found.flags }
                }
            }
        }}}}}
        return NodeFlags(rawValue: flags)
    }

    /// Whether a pattern of `length` bytes found at `index` counts: its boundary holds and it
    /// does not describe the element's contents.
    @inline(__always)
    static func accepts(_ boundary: Boundary, _ value: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        boundaryHolds(boundary, value, index, length) && !describesContents(value, index)
    }

    @inline(__always)
    private static func boundaryHolds(_ boundary: Boundary, _ value: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Bool {
        switch boundary {
        case .any:
            return true
        case .start:
            return atWordStart(value, index)
        case .word:
            guard atWordStart(value, index) else { return false }
            let end = index + length
            if end == value.count { return true }
            let next = value[end]
            if !isLetter(next) { return true }
            // camelCase: "adSlot" ends the word "ad" at the capital.
            return next >= 0x41 && next <= 0x5A && value[end - 1] >= 0x61
        case .token:
            let end = index + length
            return (index == 0 || isSpace(value[index - 1])) && (end == value.count || isSpace(value[end]))
        }
    }

    /// Whether the keyword at `index` follows "has-", "with-", "no-" or "without-": a layout
    /// modifier about what the element contains ("o-section--has-ad", "with-sidebar"), not
    /// what it is.
    private static func describesContents(_ value: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 3, value[index - 1] == 0x2D || value[index - 1] == 0x5F else { return false }
        var start = index - 1
        while start > 0 && isLetter(value[start - 1]) { start -= 1 }
        let length = index - 1 - start
        guard (2...7).contains(length) else { return false }
        var word: UInt64 = 0
        for offset in 0..<length { word = word << 8 | UInt64(lower(value[start + offset])) }
        return contentModifiers.contains(word)
    }

    private static let contentModifiers: Set<UInt64> = Set(["has", "with", "no", "without"].map { name in
        name.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    @inline(__always)
    private static func atWordStart(_ value: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index == 0 { return true }
        let previous = value[index - 1]
        if !isAlnum(previous) { return true }
        let current = value[index]
        return current >= 0x41 && current <= 0x5A && previous >= 0x61 && previous <= 0x7A
    }

    /// Flags from an ARIA role: the value, trimmed of white space, is one of a few roles.
    static func classifyRole(_ value: UnsafeBufferPointer<UInt8>) -> NodeFlags {
        var start = 0
        var end = value.count
        while start < end && isRoleSpace(value[start]) { start += 1 }
        while end > start && isRoleSpace(value[end - 1]) { end -= 1 }
        return roles.lookup(lowercasing: UnsafeBufferPointer(rebasing: value[start..<end])) ?? []
    }

    /// The bytes that are Unicode white space read as Latin-1 (role values were once trimmed
    /// as a string of one scalar per byte; this keeps their flags).
    @inline(__always)
    private static func isRoleSpace(_ byte: UInt8) -> Bool {
        (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || byte == 0x85 || byte == 0xA0
    }

    private static let roles = PackedNameTable<NodeFlags>([
        ("navigation", .navigation), ("menu", .navigation), ("menubar", .navigation), ("menuitem", .navigation),
        ("tablist", .navigation), ("toolbar", .navigation), ("banner", .header), ("contentinfo", .footer),
        ("complementary", .layout), ("search", .layout), ("dialog", .layout), ("alertdialog", .layout),
        ("alert", .layout), ("button", .layout), ("tooltip", .layout), ("main", .mainRole), ("article", .positive),
    ])

    /// Whether an inline style hides the element (`display:none`, `visibility:hidden`) in its
    /// first 512 bytes, read without spaces and case.
    static func styleHides(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { compact in
            var count = 0
            for byte in value.prefix(512) where !isSpace(byte) {
                compact[count] = lower(byte)
                count += 1
            }
            let buffer = UnsafeBufferPointer(rebasing: compact[..<count])
            return contains(buffer, "display:none") || contains(buffer, "visibility:hidden")
        }
    }

    /// Whether `needle` (not empty) occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        return !pattern.isEmpty && ByteSearch.firstOffset(of: pattern, in: haystack) != nil
    }

    /// Case-insensitive ASCII equality of bytes with a lower-case literal, ignoring surrounding spaces.
    static func equalsIgnoringCase(_ value: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        var start = 0
        var end = value.count
        while start < end && isSpace(value[start]) { start += 1 }
        while end > start && isSpace(value[end - 1]) { end -= 1 }
        let length = literal.utf8CodeUnitCount
        guard end - start == length else { return false }
        let bytes = literal.utf8Start
        for offset in 0..<length where lower(value[start + offset]) != bytes[offset] { return false }
        return true
    }
}
