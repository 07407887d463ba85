import NewsdeskTestSupport
import Testing
@testable import NewsdeskExtract

/// The parser's shortcuts give what the straightforward computation gives, on many generated
/// inputs: the classifier's bucketed scan, the classification memo, the word-at-a-time text
/// measure, the byte-level role and style checks, and the name tables.
@Suite struct HTMLParserShortcutTests {
    static let keywords = HTMLClassifier.patterns.map { Array($0.0.utf8) }

    /// A class-like value: keywords (some capitalised, some cut short), modifier prefixes,
    /// separators, digits, white space of every kind and stray non-ASCII bytes.
    static func classValue(_ random: inout SeededGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("has-".utf8), Array("with_".utf8), Array("no-".utf8), Array("without-".utf8), Array("is".utf8),
            Array("-".utf8), Array("_".utf8), Array("--".utf8), Array("x".utf8), Array("7".utf8), Array("Ab".utf8),
            [0x20], [0x09], [0x0A], [0x0C], [0x0D], [0x0B], [0xC3, 0xA9], [0xC2, 0xA0], [0x00],
        ]
        var value: [UInt8] = []
        for _ in 0..<Int.random(in: 0...7, using: &random) {
            if Bool.random(using: &random) {
                var keyword = keywords.randomElement(using: &random) ?? []
                if Int.random(in: 0..<4, using: &random) == 0 { keyword = Array(keyword.prefix(Int.random(in: 1...max(1, keyword.count), using: &random))) }
                switch Int.random(in: 0..<4, using: &random) {
                case 0: keyword = keyword.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
                case 1: if let first = keyword.first, first >= 0x61, first <= 0x7A { keyword[0] = first - 0x20 }
                default: break
                }
                value += keyword
            } else {
                value += pieces.randomElement(using: &random) ?? []
            }
        }
        return value
    }

    /// Every pattern compared at every position: the definition of a value's flags.
    static func classifyByEveryPattern(_ value: [UInt8]) -> NodeFlags {
        value.withUnsafeBufferPointer { buffer in
            var flags: NodeFlags = []
            for index in 0..<buffer.count {
                for (keyword, pattern) in zip(keywords, HTMLClassifier.patterns) where index + keyword.count <= buffer.count {
                    if keyword.indices.allSatisfy({ HTMLClassifier.lower(buffer[index + $0]) == keyword[$0] }),
                        HTMLClassifier.accepts(pattern.2, buffer, index, keyword.count)
                    {
                        flags.formUnion(pattern.1)
                    }
                }
            }
            return flags
        }
    }

    @Test func theBucketedScanFindsWhatEveryPatternFinds() {
        var random = SeededGenerator(state: 1)
        var flagged = 0
        for _ in 0..<3000 {
            let value = Self.classValue(&random)
            let expected = Self.classifyByEveryPattern(value)
            let found = value.withUnsafeBufferPointer { HTMLClassifier.classify($0) }
            #expect(found == expected, "\(String(decoding: value, as: UTF8.self))")
            if !expected.isEmpty { flagged += 1 }
        }
        #expect(flagged > 1000)  // the inputs exercise the patterns
    }

    @Test func theScanKeepsBoundariesAndModifiers() {
        func flags(_ value: String) -> NodeFlags {
            var value = value
            return value.withUTF8 { HTMLClassifier.classify($0) }
        }
        #expect(flags("adSlot").contains(.ad))
        #expect(!flags("head").contains(.ad))
        #expect(!flags("o-section--has-ad").contains(.ad))
        #expect(flags("hidden").contains(.hidden))
        #expect(!flags("hidden-xs").contains(.hidden))
        #expect(flags("x HIDDEN y").contains(.hidden))
        #expect(flags("ad").contains(.ad))
        #expect(flags("a").isEmpty)
    }

    @Test func theMemoGivesTheClassifiersFlags() {
        var random = SeededGenerator(state: 2)
        var memo = ClassificationMemo()
        var recent: [[UInt8]] = []
        // Long values fill the memo's copies past their limit, so it also starts over.
        for round in 0..<6000 {
            var value = recent.isEmpty || Bool.random(using: &random) ? Self.classValue(&random) : recent.randomElement(using: &random) ?? []
            if round % 10 == 0 { value += [UInt8](repeating: 0x78, count: 1000) + Array("\(round)".utf8) }
            recent.append(value)
            if recent.count > 50 { recent.removeFirst() }
            let expected = value.withUnsafeBufferPointer { HTMLClassifier.classify($0) }
            #expect(value.withUnsafeBufferPointer { memo.flags(of: $0) } == expected)
        }
    }

    /// A memo that the thread kept from earlier pages gives each element the flags a fresh
    /// memo gives.
    @Test func aMemoKeptFromEarlierPagesGivesTheFlagsOfAFreshOne() {
        var random = SeededGenerator(state: 3)
        func page() -> String {
            (0..<300).map { _ in
                let value = String(decoding: Self.classValue(&random), as: UTF8.self)
                return "<div class=\"\(value)\" id=\"\(value)-x\">t</div>"
            }.joined()
        }
        func parsed(_ html: String, memo: ClassificationMemo?) -> [NodeFlags] {
            var state = HTMLTreeState(maxDepth: 256, classifications: memo ?? ClassificationMemo.takeForThread())
            Array(html.utf8).withUnsafeBufferPointer { bytes in
                var tokenizer = HTMLTokenizer(bytes)
                tokenizer.run(into: &state)
            }
            let flags = state.finish().nodes.map(\.flags)
            if memo == nil { ClassificationMemo.keepForThread(state.takeClassifications()) }
            return flags
        }
        for _ in 0..<20 {
            let html = page()
            #expect(parsed(html, memo: nil) == parsed(html, memo: ClassificationMemo()))
        }
    }

    /// The measure before it read words: a byte at a time.
    static func measureByteByByte(_ bytes: [UInt8]) -> (Int, Int) {
        var chars = 0
        var commas = 0
        for (index, byte) in bytes.enumerated() {
            func next(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
            if byte < 0x80 {
                if byte > 0x20 {
                    chars += 1
                    if byte == 0x2C { commas += 1 }
                }
            } else if byte >= 0xC0 && !(byte == 0xC2 && next(1) == 0xA0) {
                chars += 1
                if (byte == 0xEF && next(1) == 0xBC && next(2) == 0x8C) || (byte == 0xE3 && next(1) == 0x80 && next(2) == 0x81)
                    || (byte == 0xD8 && next(1) == 0x8C)
                {
                    commas += 1
                }
            }
        }
        return (chars, commas)
    }

    @Test func theMeasureCountsWhatByteByByteCounts() {
        var random = SeededGenerator(state: 3)
        let pieces: [[UInt8]] = [
            Array("word".utf8), Array(", ".utf8), [0x20], [0x0A], [0x21], [0x7F], [0x00], [0x2C, 0x2C],
            [0xC2, 0xA0], [0xEF, 0xBC, 0x8C], [0xE3, 0x80, 0x81], [0xD8, 0x8C], [0xC3, 0xA9], [0xE2, 0x80, 0x94],
            [0xEF], [0xE3, 0x80], [0xD8], [0xC2], [0x80], [0xFF],
        ]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &random) { bytes += pieces.randomElement(using: &random) ?? [] }
            let measured = bytes.withUnsafeBufferPointer { HTMLTreeState.measure($0) }
            let expected = Self.measureByteByByte(bytes)
            #expect(measured == expected, "\(bytes)")
        }
    }

    /// Roles as they were read before: one scalar per byte, lower-cased, trimmed as a string.
    static func roleAsString(_ value: [UInt8]) -> NodeFlags {
        var text = ""
        for byte in value { text.unicodeScalars.append(Unicode.Scalar(HTMLClassifier.lower(byte))) }
        var trimmed = Substring(text).unicodeScalars
        while let first = trimmed.first, first.properties.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.properties.isWhitespace { trimmed.removeLast() }
        switch String(trimmed) {
        case "navigation", "menu", "menubar", "menuitem", "tablist", "toolbar": return .navigation
        case "banner": return .header
        case "contentinfo": return .footer
        case "complementary", "search", "dialog", "alertdialog", "alert", "button", "tooltip": return .layout
        case "main": return .mainRole
        case "article": return .positive
        default: return []
        }
    }

    @Test func rolesAreReadAsBefore() {
        var random = SeededGenerator(state: 4)
        let roles = ["navigation", "menu", "menubar", "menuitem", "tablist", "toolbar", "banner", "contentinfo",
                     "complementary", "search", "dialog", "alertdialog", "alert", "button", "tooltip", "main",
                     "article", "presentation", "men", "mainx"].map { Array($0.utf8) }
        let pads: [[UInt8]] = [[], [0x20], [0x09], [0x0B], [0x0C], [0x0D], [0x0A], [0x85], [0xA0], [0xC2, 0xA0], [0x00], [0x41]]
        for _ in 0..<3000 {
            var role = roles.randomElement(using: &random) ?? []
            if Bool.random(using: &random) { role = role.map { $0 >= 0x61 && $0 <= 0x7A && Bool.random(using: &random) ? $0 - 0x20 : $0 } }
            var value: [UInt8] = []
            for _ in 0..<Int.random(in: 0...2, using: &random) { value += pads.randomElement(using: &random) ?? [] }
            value += role
            for _ in 0..<Int.random(in: 0...2, using: &random) { value += pads.randomElement(using: &random) ?? [] }
            #expect(value.withUnsafeBufferPointer { HTMLClassifier.classifyRole($0) } == Self.roleAsString(value), "\(value)")
        }
    }

    @Test func containsFindsWhatANaiveSearchFinds() {
        var random = SeededGenerator(state: 5)
        let alphabet = Array("disply:nonevsbt ".utf8)
        for _ in 0..<3000 {
            let haystack = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? 0 }
            let naive = { (needle: [UInt8]) in
                needle.count <= haystack.count && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
            }
            haystack.withUnsafeBufferPointer { buffer in
                #expect(HTMLClassifier.contains(buffer, "display:none") == naive(Array("display:none".utf8)))
                #expect(HTMLClassifier.contains(buffer, "none") == naive(Array("none".utf8)))
                #expect(HTMLClassifier.contains(buffer, "s") == naive(Array("s".utf8)))
            }
        }
        var style = "Display : NONE"
        #expect(style.withUTF8 { HTMLClassifier.styleHides($0) })
        style = "visibility: visible; display: block"
        #expect(!style.withUTF8 { HTMLClassifier.styleHides($0) })
    }

    @Test func namesAreLookedUpIgnoringCase() {
        func tag(_ name: String) -> HTMLTag {
            var name = name
            return name.withUTF8 { HTMLTag.lookup($0) }
        }
        func attribute(_ name: String) -> HTMLAttribute? {
            var name = name
            return name.withUTF8 { HTMLAttribute.lookup($0) }
        }
        #expect(tag("BlockQuote") == .blockquote)
        #expect(tag("figcaption") == .figcaption)
        #expect(tag("DIV") == .div)
        #expect(tag("noscript") == .noscript)
        #expect(tag("blockquotes") == .unknown)
        #expect(tag("my-element-with-a-long-name") == .custom)
        #expect(tag("") == .unknown)
        #expect(tag("p\u{0}") == .unknown)  // not taken for "p"
        #expect(attribute("ARIA-hidden") == .ariaHidden)
        #expect(attribute("http-equiv") == .httpEquiv)
        #expect(attribute("data-testid") == nil)
        #expect(attribute("aria-hidden-x") == nil)
    }

    @Test func attributesAreKeptWhereTheExtractorReadsThem() {
        let document = HTMLParserRepairTests.parse(
            "<link rel=canonical href=/c><div id=comments title=t class=story>x</div><a href=/x title=y>l</a><abbr title=2024>y</abbr>"
        )
        func node(_ tag: HTMLTag) -> Int { document.nodes.firstIndex { $0.tag == tag } ?? 0 }
        #expect(document.attribute(node(.link), .href) == "/c")
        #expect(document.attribute(node(.a), .href) == "/x")
        #expect(document.attribute(node(.abbr), .title) == "2024")
        #expect(document.attribute(node(.div), .title) == nil)
        #expect(document.attribute(node(.div), .class) == "story")
        // An id sets flags but is not kept.
        #expect(document.attribute(node(.div), .id) == nil)
        #expect(document.nodes[node(.div)].flags.contains(.comments))
    }
}
