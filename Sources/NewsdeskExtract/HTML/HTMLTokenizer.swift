#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads HTML bytes into tags, text and references and hands them to `HTMLTreeConstruction`,
/// following the standard's tokenizer where it matters for text: tag names and attribute
/// names end at white space, `/`, `>` (and `=`); values are quoted or run to white space or
/// `>`; a `<` that starts no tag is text; comments run to `-->`, `<!DOCTYPE …>`, `<?…>` and
/// other markup declarations to `>`, `<![CDATA[…]]>` to `]]>`; `<script>`, `<style>`,
/// `<iframe>` and a few legacy elements are skipped to their end tag, and `<title>` and
/// `<textarea>` are text to theirs. A tag cut off by the end of the input is dropped.
///
/// A start tag written `<x/>` closes at once, as libxml2 did (browsers keep a non-void
/// element open), because pages that write `<div/>` or `<iframe/>` mean it to be empty; but
/// `<script/>` and `<style/>` still run to their end tag, as in browsers. For the same reason
/// a `<title>`, `<textarea>` or `<iframe>` without an end tag is empty rather than swallowing
/// the rest of the page.
struct HTMLTokenizer {
    private let input: UnsafeBufferPointer<UInt8>
    private var construction = HTMLTreeConstruction()
    /// Decoded text and attribute values (references replaced).
    private var scratch: [UInt8] = []
    /// The attributes of the start tag being read: the first `attributeCount` (the storage is
    /// reused from tag to tag rather than emptied).
    private var attributes: [PendingAttribute] = []
    private var attributeCount = 0
    /// Raw-text elements (by tag, or name hash) known to have no end tag in the rest of the
    /// input: the search is not repeated, so a page of unclosed `<title>`s stays linear.
    private var unclosed: Set<UInt64> = []

    private struct PendingAttribute {
        var name: HTMLAttribute
        var value: Range<Int>
        var hasReference: Bool
    }

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        scratch.reserveCapacity(256)
        attributes.reserveCapacity(8)
    }

    mutating func run(into tree: inout HTMLTreeState) {
        let count = input.count
        var index = 0
        while index < count {
            let lt = find(0x3C, from: index) ?? count
            if lt > index { text(index..<lt, into: &tree) }
            guard lt + 1 < count else {
                if lt < count { text(lt..<count, into: &tree) }
                return
            }
            let next = input[lt + 1]
            if isLetter(next) {
                index = startTag(at: lt, into: &tree)
            } else if next == 0x2F {  // "</"
                index = endTag(at: lt, into: &tree)
            } else if next == 0x21 {  // "<!"
                index = markupDeclaration(at: lt)
            } else if next == 0x3F {  // "<?"
                index = (find(0x3E, from: lt + 2) ?? count - 1) + 1
            } else {
                text(lt..<(lt + 1), into: &tree)
                index = lt + 1
            }
        }
    }

    // MARK: Text

    /// Text with references decoded and NUL bytes dropped.
    private mutating func text(_ range: Range<Int>, into tree: inout HTMLTreeState) {
        let input = self.input
        let isWhitespace = { () -> Bool in
            for index in range where !Self.isSpace(input[index]) { return false }
            return true
        }
        guard construction.text(isWhitespace: isWhitespace, in: &tree) else { return }
        var start = range.lowerBound
        var index = start
        while let special = findTextSpecial(from: index, to: range.upperBound) {
            if input[special] == 0 {
                emit(start..<special, into: &tree)
                start = special + 1
                index = start
                continue
            }
            scratch.removeAll(keepingCapacity: true)
            let decoded = HTMLEntities.decode(UnsafeBufferPointer(rebasing: input[..<range.upperBound]), at: special, inAttribute: false, into: &scratch)
            guard let after = decoded else {
                index = special + 1
                continue
            }
            emit(start..<special, into: &tree)
            scratch.withUnsafeBufferPointer { tree.text($0) }
            start = after
            index = after
        }
        emit(start..<range.upperBound, into: &tree)
    }

    private func emit(_ range: Range<Int>, into tree: inout HTMLTreeState) {
        if !range.isEmpty { tree.text(UnsafeBufferPointer(rebasing: input[range])) }
    }

    /// The next `&` or NUL in `from..<end`, eight bytes at a time where there is none.
    private func findTextSpecial(from start: Int, to end: Int) -> Int? {
        var index = start
        if let base = input.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if Self.hasZeroByte(word) || Self.hasZeroByte(word ^ 0x2626_2626_2626_2626) { break }
                index += 8
            }
        }
        while index < end {
            let byte = input[index]
            if byte == 0x26 || byte == 0 { return index }
            index += 1
        }
        return nil
    }

    // MARK: Tags

    /// A start tag at `lt`; returns the index after it (and after its content, for raw-text
    /// elements).
    private mutating func startTag(at lt: Int, into tree: inout HTMLTreeState) -> Int {
        let count = input.count
        var index = lt + 1
        let nameStart = index
        while index < count && !endsName(input[index]) { index += 1 }
        let name = UnsafeBufferPointer(rebasing: input[nameStart..<index])
        let tag = HTMLTag.lookup(nameStart..<index, in: input)
        attributeCount = 0
        var seen: UInt32 = 0
        var selfClosing = false
        // Attributes.
        while true {
            while index < count && (Self.isSpace(input[index]) || input[index] == 0x2F) {
                selfClosing = input[index] == 0x2F
                index += 1
            }
            guard index < count else { return count }
            if input[index] == 0x3E { break }
            selfClosing = false
            let attributeStart = index
            index += 1  // the first character may be '='
            while index < count && !Self.isIn(Self.attributeNameEnds, input[index]) { index += 1 }
            let attributeName = attributeStart..<index
            while index < count && Self.isSpace(input[index]) { index += 1 }
            var value = index..<index
            if index < count && input[index] == 0x3D {
                index += 1
                while index < count && Self.isSpace(input[index]) { index += 1 }
                guard index < count else { return count }
                let quote = input[index]
                if quote == 0x22 || quote == 0x27 {
                    guard let close = find(quote, from: index + 1) else { return count }
                    value = (index + 1)..<close
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < count && !Self.isSpace(input[index]) && input[index] != 0x3E { index += 1 }
                    value = valueStart..<index
                }
            }
            if let kind = HTMLAttribute.lookup(attributeName, in: input),
                seen & (1 << UInt32(kind.rawValue)) == 0, kind.isRead(on: tag)
            {
                seen |= 1 << UInt32(kind.rawValue)
                let hasReference = findTextSpecial(from: value.lowerBound, to: value.upperBound) != nil
                let attribute = PendingAttribute(name: kind, value: value, hasReference: hasReference)
                if attributeCount < attributes.count {
                    attributes[attributeCount] = attribute
                } else {
                    attributes.append(attribute)
                }
                attributeCount += 1
            }
        }
        let tagEnd = index
        let after = tagEnd + 1

        var hash: UInt64 = 0
        var legacy: HTMLLegacyElement?
        if tag == .unknown || tag == .custom {
            hash = Self.nameHash(name)
            legacy = HTMLLegacyElement.of(name)
        }
        guard construction.start(tag, name: hash, in: &tree) else { return after }
        for attribute in attributes[..<attributeCount] { addAttribute(attribute, into: &tree) }
        let content = legacy == .rawText ? .rawText : tag.content
        let isScriptOrStyle = tag == .script || tag == .style
        if tag.isVoid || legacy == .void || (selfClosing && !isScriptOrStyle) {
            construction.endCurrent(in: &tree)
            return after
        }
        guard content != .markup else { return after }
        // Raw text: find the end tag, then close the element. A script or style without one
        // runs to the end of the input; any other such element without one closes at once.
        let key = hash != 0 ? hash : UInt64(tag.rawValue)
        let close = unclosed.contains(key) ? nil : findEndTag(name, from: after)
        if close == nil { unclosed.insert(key) }
        if close == nil && !isScriptOrStyle {
            construction.endCurrent(in: &tree)
            return after
        }
        let body = after..<(close ?? count)
        switch content {
        case .escapableRawText:
            text(body, into: &tree)
        case .script:
            let tagBytes = UnsafeBufferPointer(rebasing: input[lt..<tagEnd])
            let bodyBytes = UnsafeBufferPointer(rebasing: input[body])
            if JSONLDScript.isJSONLD(tag: tagBytes, body: bodyBytes) { tree.addJSONLD(Array(bodyBytes)) }
        default:
            break
        }
        construction.endCurrent(in: &tree)
        guard let close else { return count }
        return (find(0x3E, from: close) ?? count - 1) + 1
    }

    private mutating func addAttribute(_ attribute: PendingAttribute, into tree: inout HTMLTreeState) {
        let value = UnsafeBufferPointer(rebasing: input[attribute.value])
        guard attribute.hasReference else {
            tree.attribute(attribute.name, value)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        HTMLEntities.appendDecoded(value, into: &scratch)
        scratch.withUnsafeBufferPointer { tree.attribute(attribute.name, $0) }
    }

    /// An end tag at `lt` (`</` and a letter); anything else after `</` is a bogus comment.
    private mutating func endTag(at lt: Int, into tree: inout HTMLTreeState) -> Int {
        let count = input.count
        let nameStart = lt + 2
        guard nameStart < count else { return count }
        let closing = find(0x3E, from: nameStart)
        guard isLetter(input[nameStart]) else {
            // "</>" is nothing; "</ …>" a bogus comment.
            return (closing ?? count - 1) + 1
        }
        guard let closing else { return count }
        var index = nameStart
        while index < closing && !endsName(input[index]) { index += 1 }
        let name = UnsafeBufferPointer(rebasing: input[nameStart..<index])
        let tag = HTMLTag.lookup(nameStart..<index, in: input)
        let hash = tag == .unknown || tag == .custom ? Self.nameHash(name) : 0
        construction.end(tag, name: hash, in: &tree)
        return closing + 1
    }

    /// `<!--…-->`, `<![CDATA[…]]>`, or `<!…>`.
    private func markupDeclaration(at lt: Int) -> Int {
        let count = input.count
        if starts(with: "<!--", at: lt) {
            // "<!-->" and "<!--->" are empty comments.
            if lt + 4 < count && input[lt + 4] == 0x3E { return lt + 5 }
            if lt + 5 < count && input[lt + 4] == 0x2D && input[lt + 5] == 0x3E { return lt + 6 }
            var index = lt + 4
            while let dash = find(0x2D, from: index) {
                if starts(with: "-->", at: dash) { return dash + 3 }
                if starts(with: "--!>", at: dash) { return dash + 4 }
                index = dash + 1
            }
            return count
        }
        if starts(with: "<![CDATA[", at: lt) {
            var index = lt + 9
            while let bracket = find(0x5D, from: index) {
                if starts(with: "]]>", at: bracket) { return bracket + 3 }
                index = bracket + 1
            }
            return count
        }
        return (find(0x3E, from: lt + 2) ?? count - 1) + 1
    }

    // MARK: Bytes

    /// The next `byte` at or after `start`: libc's `memchr`, a word or vector at a time.
    @inline(__always)
    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < input.count, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), input.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func starts(with literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= input.count else { return false }
        let bytes = literal.utf8Start
        for offset in 0..<length where input[index + offset] != bytes[offset] { return false }
        return true
    }

    /// The `</name` (any case) that ends a raw-text element, followed by white space, `/` or `>`.
    private func findEndTag(_ name: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let length = name.count
        var index = start
        while let lt = find(0x3C, from: index) {
            let end = lt + 2 + length
            guard end < input.count else { return nil }
            if input[lt + 1] == 0x2F {
                var offset = 0
                while offset < length && input[lt + 2 + offset] | 0x20 == name[offset] | 0x20 { offset += 1 }
                if offset == length {
                    let byte = input[end]
                    if Self.isSpace(byte) || byte == 0x2F || byte == 0x3E { return lt }
                }
            }
            index = lt + 1
        }
        return nil
    }

    /// Whether any byte of the word is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    @inline(__always)
    private func endsName(_ byte: UInt8) -> Bool {
        Self.isIn(Self.nameEnds, byte)
    }

    /// Byte sets below 64, one bit per byte: white space (9, 10, 12, 13, 32) and `/` and `>`
    /// end a name; `=` also ends an attribute's name.
    private static let spaces: UInt64 = 0x1_0000_3600
    private static let nameEnds: UInt64 = spaces | 1 << 0x2F | 1 << 0x3E
    private static let attributeNameEnds: UInt64 = nameEnds | 1 << 0x3D

    @inline(__always)
    private static func isIn(_ set: UInt64, _ byte: UInt8) -> Bool {
        byte < 64 && set >> UInt64(byte) & 1 != 0
    }

    @inline(__always)
    private func isLetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        isIn(spaces, byte)
    }

    /// FNV-1a of the lower-cased name: end tags of unknown elements find their start tag by it.
    static func nameHash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01B3
        }
        return hash | 1  // never 0, which means "a known tag"
    }

}
