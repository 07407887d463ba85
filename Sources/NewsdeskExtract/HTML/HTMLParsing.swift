/// An HTML parser that reports a page's elements and text, in document order, to a tree
/// builder. `NativeHTMLParser` is the default; another parser can replace it by conforming
/// to this protocol.
///
/// The parser must repair the markup the way browsers do (implied and auto-closed elements)
/// and report balanced start and end events; the builder bounds nesting depth itself.
public protocol HTMLParsing: Sendable {
    /// Parses `html`, valid UTF-8, and reports it to `builder`.
    func parse(_ html: UnsafeBufferPointer<UInt8>, into builder: HTMLTreeBuilder)
}

extension HTMLParsing {
    /// Parses a string of HTML.
    public func parse(_ html: String, into builder: HTMLTreeBuilder) {
        var html = html
        html.withUTF8 { parse($0, into: builder) }
    }
}

/// One node of the extractor's compact tree. Nodes are stored in document (pre-)order, so a
/// subtree is the index range `index..<end`, and the next sibling of a node is at `end`.
struct HTMLNode {
    var tag: HTMLTag
    var flags: NodeFlags
    var parent: Int32
    /// One past the last node of this subtree.
    var end: Int32
    /// Text: first byte in `HTMLDocument.bytes`; element: first attribute index.
    var start: Int32
    /// Text: byte count; element: attribute count.
    var count: Int32
    /// Text: non-space characters; element: unused (0).
    var chars: Int32
    /// Text: commas; element: unused (0).
    var commas: Int32
}

/// A kept attribute value: bytes in `HTMLDocument.bytes`.
struct HTMLAttributeValue {
    var name: HTMLAttribute
    var start: Int32
    var end: Int32
}

/// The parsed page: a flat array of nodes plus the bytes of texts and attribute values.
struct HTMLDocument {
    var nodes: [HTMLNode] = []
    var attributes: [HTMLAttributeValue] = []
    var bytes: [UInt8] = []
    /// The contents of `<script type="application/ld+json">` elements.
    var jsonLD: [[UInt8]] = []
    /// Non-space characters in all text nodes.
    var totalChars = 0

    init() {
        nodes.append(HTMLNode(tag: .document, flags: [], parent: -1, end: 1, start: 0, count: 0, chars: 0, commas: 0))
    }

    /// The value of an attribute of an element, as bytes.
    func attributeRange(_ index: Int, _ name: HTMLAttribute) -> Range<Int>? {
        let node = nodes[index]
        guard node.tag != .text, node.count > 0 else { return nil }
        var position = Int(node.start)
        let end = position + Int(node.count)
        while position < end {
            let attribute = attributes[position]
            if attribute.name == name { return Int(attribute.start)..<Int(attribute.end) }
            position += 1
        }
        return nil
    }

    /// Whether the node or one of its ancestors (up to 300 levels) carries any of `flags`.
    func isWithin(_ index: Int, flagged flags: NodeFlags) -> Bool {
        var current = index
        var steps = 0
        while current > 0 && steps < 300 {
            if !nodes[current].flags.isDisjoint(with: flags) { return true }
            current = Int(nodes[current].parent)
            steps += 1
        }
        return false
    }

    func attribute(_ index: Int, _ name: HTMLAttribute) -> String? {
        guard let range = attributeRange(index, name) else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    func attributeEquals(_ index: Int, _ name: HTMLAttribute, _ literal: StaticString) -> Bool {
        guard let range = attributeRange(index, name) else { return false }
        return bytes.withUnsafeBufferPointer {
            HTMLClassifier.equalsIgnoringCase(UnsafeBufferPointer(rebasing: $0[range]), literal)
        }
    }

    /// The text of a text node.
    func textBytes(_ index: Int) -> Range<Int> {
        let node = nodes[index]
        return Int(node.start)..<Int(node.start + node.count)
    }
}

/// Builds the extractor's compact tree from parser events. Nesting deeper than the limit is
/// flattened: elements below it are not created, and their text goes to the element at the
/// limit, so hostile nesting costs neither stack nor lost text.
public final class HTMLTreeBuilder {
    var state: HTMLTreeState

    public init(maxDepth: Int) {
        state = HTMLTreeState(maxDepth: maxDepth, classifications: ClassificationMemo.takeForThread())
    }

    /// An element starts. Its attributes follow with `attribute(_:_:)`.
    public func startElement(_ name: UnsafeBufferPointer<UInt8>) { state.startElement(HTMLTag.lookup(name)) }

    /// An attribute of the element just started. A value-less attribute has an empty value.
    public func attribute(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) {
        if let attribute = HTMLAttribute.lookup(name) { state.attribute(attribute, value) }
    }

    /// The innermost open element ends.
    public func endElement() { state.endElement() }

    /// Character data (already decoded, UTF-8).
    public func text(_ bytes: UnsafeBufferPointer<UInt8>) { state.text(bytes) }

    /// The contents of a `<script type="application/ld+json">` element.
    public func jsonLD(_ bytes: UnsafeBufferPointer<UInt8>) { state.addJSONLD(Array(bytes)) }

    /// Gives the parser of this package the tree state for the whole parse (one access
    /// instead of one per event).
    func build(_ body: (inout HTMLTreeState) -> Void) { body(&state) }

    /// Closes what is still open and returns the tree; the class memo goes back to the thread.
    func finish() -> HTMLDocument {
        let document = state.finish()
        ClassificationMemo.keepForThread(state.takeClassifications())
        return document
    }
}

struct HTMLTreeState {
    var document = HTMLDocument()
    private let maxDepth: Int
    private var stack: [Int32] = [0]
    private var overflow = 0
    /// The element that attributes go to (-1 when it was not created).
    private var attributeTarget = -1
    /// The text node that further text is appended to (-1 when the last event was not text).
    private var openText = -1
    private var classifications: ClassificationMemo
    /// The bytes written to `document.bytes`: the array runs ahead of it (zeros) so that an
    /// append is one copy, and is cut to this length by `finish`.
    private var byteCount = 0

    init(maxDepth: Int, classifications: ClassificationMemo) {
        self.maxDepth = max(1, maxDepth)
        self.classifications = classifications
        document.nodes.reserveCapacity(1024)
        document.bytes = [UInt8](repeating: 0, count: 16 * 1024)
        stack.reserveCapacity(64)
    }

    /// Room for the tree of `byteCount` bytes of HTML, so that the node and byte arrays are
    /// not regrown (and copied) as the page is read: pages run about a hundred bytes of markup
    /// per node, and keep well under a third of their bytes as text and attribute values.
    mutating func reserve(forInputBytes byteCount: Int) {
        document.nodes.reserveCapacity(byteCount / 64)
        if byteCount / 3 > document.bytes.count {
            document.bytes.append(contentsOf: repeatElement(0, count: byteCount / 3 - document.bytes.count))
        }
    }

    mutating func startElement(_ tag: HTMLTag) {
        openText = -1
        if stack.count > maxDepth {
            overflow += 1
            attributeTarget = -1
            if tag.isBlock || tag == .br { appendSpace() }
            return
        }
        let parent = stack[stack.count - 1]
        let index = Int32(document.nodes.count)
        document.nodes.append(
            HTMLNode(tag: tag, flags: [], parent: parent, end: index + 1,
                     start: Int32(document.attributes.count), count: 0, chars: 0, commas: 0)
        )
        stack.append(index)
        attributeTarget = Int(index)
    }

    /// An attribute the extractor reads, of the element just started: it sets the element's
    /// flags, and its value is kept if the extractor reads it on this element.
    mutating func attribute(_ attribute: HTMLAttribute, _ value: UnsafeBufferPointer<UInt8>) {
        guard attributeTarget >= 0 else { return }
        let index = attributeTarget
        var flags = document.nodes[index].flags
        switch attribute {
        case .class, .id:
            flags.formUnion(classifications.flags(of: value))
        case .role:
            flags.formUnion(HTMLClassifier.classifyRole(value))
        case .style:
            if HTMLClassifier.styleHides(value) { flags.insert(.hidden) }
        case .hidden:
            if !HTMLClassifier.equalsIgnoringCase(value, "until-found") { flags.insert(.hidden) }
        case .ariaHidden:
            if HTMLClassifier.equalsIgnoringCase(value, "true") { flags.insert(.hidden) }
        case .itemprop:
            if HTMLClassifier.equalsIgnoringCase(value, "articlebody") { flags.insert(.articleBody) }
            // schema.org's description of an article is its standfirst.
            if HTMLClassifier.equalsIgnoringCase(value, "description") { flags.insert(.lead) }
        default:
            break
        }
        document.nodes[index].flags = flags
        guard attribute.isStored(on: document.nodes[index].tag) else { return }
        let start = Int32(byteCount)
        appendBytes(value)
        document.attributes.append(HTMLAttributeValue(name: attribute, start: start, end: Int32(byteCount)))
        document.nodes[index].count += 1
    }

    mutating func endElement() {
        openText = -1
        attributeTarget = -1
        if overflow > 0 {
            overflow -= 1
            return
        }
        guard stack.count > 1 else { return }
        let index = Int(stack.removeLast())
        document.nodes[index].end = Int32(document.nodes.count)
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        attributeTarget = -1
        let (chars, commas) = Self.measure(bytes)
        if openText < 0 {
            let index = Int32(document.nodes.count)
            document.nodes.append(
                HTMLNode(tag: .text, flags: [], parent: stack[stack.count - 1], end: index + 1,
                         start: Int32(byteCount), count: Int32(bytes.count),
                         chars: Int32(chars), commas: Int32(commas))
            )
            openText = Int(index)
        } else {
            var node = document.nodes[openText]
            node.count += Int32(bytes.count)
            node.chars += Int32(chars)
            node.commas += Int32(commas)
            document.nodes[openText] = node
        }
        appendBytes(bytes)
        document.totalChars += chars
    }

    private mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let start = byteCount
        let end = start + bytes.count
        if end > document.bytes.count {
            // At least doubled, so the zeros written ahead cost a constant per byte kept.
            document.bytes.append(contentsOf: repeatElement(0, count: max(end - document.bytes.count, document.bytes.count)))
        }
        document.bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { ($0 + start).update(from: source, count: bytes.count) }
        }
        byteCount = end
    }

    /// A JSON-LD script body; the first 16 are kept.
    mutating func addJSONLD(_ bytes: [UInt8]) {
        if document.jsonLD.count < 16 { document.jsonLD.append(bytes) }
    }

    private mutating func appendSpace() {
        var space: UInt8 = 0x20
        withUnsafePointer(to: &space) { text(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// The class memo, moved out (an empty one is left) so that it can serve further parses.
    mutating func takeClassifications() -> ClassificationMemo {
        var memo = ClassificationMemo()
        swap(&memo, &classifications)
        return memo
    }

    mutating func finish() -> HTMLDocument {
        overflow = 0
        while stack.count > 1 { endElement() }
        document.nodes[0].end = Int32(document.nodes.count)
        document.bytes.removeLast(document.bytes.count - byteCount)
        return document
    }

    /// Non-space characters (UTF-8 lead bytes that are not white space) and commas.
    @inline(__always)
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var chars = 0
        var commas = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                // Eight ASCII bytes at once: a byte above space carries into its top bit when
                // 0x5F is added; a comma is a byte that xor 0x2C makes zero, the one that adding
                // 0x7F leaves below its top bit.
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    chars += Self.topBits((word &+ 0x5F5F_5F5F_5F5F_5F5F) & 0x8080_8080_8080_8080)
                    let comma = word ^ 0x2C2C_2C2C_2C2C_2C2C
                    commas += Self.topBits(~((comma &+ 0x7F7F_7F7F_7F7F_7F7F) | comma) & 0x8080_8080_8080_8080)
                    index += 8
                    continue
                }
            }
            // The rest, or a word with other bytes, a byte at a time.
            let stop = min(index + 8, count)
            while index < stop {
                let byte = base[index]
                if byte < 0x80 {
                    if byte > 0x20 {
                        chars += 1
                        if byte == 0x2C { commas += 1 }
                    }
                } else if byte >= 0xC0 {
                    // No-break space (C2 A0) is white space; full-width and Arabic commas count.
                    if byte == 0xC2 && index + 1 < count && base[index + 1] == 0xA0 {
                    } else {
                        chars += 1
                        if byte == 0xEF && index + 2 < count && base[index + 1] == 0xBC && base[index + 2] == 0x8C {
                            commas += 1
                        } else if byte == 0xE3 && index + 2 < count && base[index + 1] == 0x80 && base[index + 2] == 0x81 {
                            commas += 1
                        } else if byte == 0xD8 && index + 1 < count && base[index + 1] == 0x8C {
                            commas += 1
                        }
                    }
                }
                index += 1
            }
        }
        return (chars, commas)
    }

    /// How many bytes of `mask` (only top bits set) are set: the multiply sums the bytes'
    /// ones into the top byte (a count without the population-count instruction, which the
    /// baseline x86-64 target lacks).
    @inline(__always)
    private static func topBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }
}
