/// Repairs a stream of start tags, end tags and text into balanced elements, the way browsers
/// do for what the extractor looks at (a simplified form of the standard's tree construction):
///
/// - `<html>`, `<head>` and `<body>` are implied; head content (`<meta>`, `<title>`, …) before
///   the body goes into the head, and anything else starts the body;
/// - a block start tag closes an open `<p>`; `<li>`, `<dd>`, `<dt>` close the previous item;
///   a heading closes a heading it is directly in; `<td>`, `<th>`, `<tr>` and row groups close
///   the open cell, row or group of the same table; `<option>` closes an option, `<a>` an
///   open link, `<button>` an open button;
/// - an end tag closes its element and what is open inside it, but only within its scope
///   (`</div>` does not cross a table cell; `</span>` does not cross a `<div>`); an end tag
///   with no element to close is ignored, except `</p>`, which makes an empty paragraph, and
///   `</br>`, which is a line break.
///
/// Every question about the open elements ("is a `<p>` open in button scope?") is answered in
/// constant time from per-element links kept on the stack, so hostile nesting stays linear.
struct HTMLTreeConstruction {
    private struct OpenElement {
        var tag: HTMLTag
        /// Hash of the name, for elements the extractor does not tell apart (else 0).
        var name: UInt64
        /// The next open element of the same name below this one (-1: none).
        var previous: Int32
        /// The nearest special element at or below this one.
        var special: Int32
        /// The nearest special element other than address, div and p, at or below this one.
        var itemBlocker: Int32
        /// The nearest scope boundary at or below this one.
        var boundary: Int32
    }

    private enum Phase: Comparable {
        case beforeHTML, beforeHead, inHead, afterHead, inBody
    }

    private var stack: [OpenElement] = []
    /// Per tag (by raw value): the topmost open element of that tag (-1: none).
    private var topmost = [Int32](repeating: -1, count: 256)
    /// The same for elements known only by name hash.
    private var topmostNamed: [UInt64: Int32] = [:]
    private var phase = Phase.beforeHTML

    init() {
        stack.reserveCapacity(64)
    }

    /// The innermost open element.
    var current: HTMLTag? { stack.last?.tag }

    // MARK: Events

    /// A start tag. Returns false when the tag is ignored (a second `<html>` or `<body>`):
    /// then its attributes must be dropped. Otherwise the element is open, and its
    /// attributes go to the tree next.
    mutating func start(_ tag: HTMLTag, name: UInt64, in tree: inout HTMLTreeState) -> Bool {
        if phase == .beforeHTML {
            phase = .beforeHead
            push(.html, name: 0, in: &tree)
            if tag == .html { return true }
        }
        if phase < .inBody {
            switch tag {
            case .html:
                return false
            case .head:
                guard phase == .beforeHead else { return false }
                phase = .inHead
                push(.head, name: 0, in: &tree)
                return true
            case .body:
                leaveHead(in: &tree)
                phase = .inBody
                push(.body, name: 0, in: &tree)
                return true
            default:
                if tag.isHeadContent {
                    if phase == .beforeHead {
                        phase = .inHead
                        push(.head, name: 0, in: &tree)
                    }
                    push(tag, name: name, in: &tree)
                    return true
                }
                startBody(in: &tree)
            }
        }
        switch tag {
        case .html, .head, .body:
            return false
        case .li:
            closeItem(topmost(.li), in: &tree)
        case .dd, .dt:
            closeItem(max(topmost(.dd), topmost(.dt)), in: &tree)
        case .td, .th:
            closeInTable(topmost(.td), topmost(.th), in: &tree)
        case .tr:
            closeInTable(topmost(.td), topmost(.th), topmost(.tr), in: &tree)
        case .thead, .tbody, .tfoot:
            let row = outermost(topmost(.td), topmost(.th), topmost(.tr))
            closeInTable(row, topmost(.thead), topmost(.tbody), topmost(.tfoot), in: &tree)
        case .option:
            if current == .option { pop(in: &tree) }
        case .a:
            // A link inside a link: the first one ends, unless a block lies between them.
            let link = topmost(.a)
            if link >= 0 && specialTop < link { popTo(link, in: &tree) }
        case .button:
            let button = topmost(.button)
            if button >= 0 && button >= boundaryTop { popTo(button, in: &tree) }
        default:
            break
        }
        if tag.closesParagraph { closeParagraph(in: &tree) }
        if tag.isHeading, let current, current.isHeading { pop(in: &tree) }
        push(tag, name: name, in: &tree)
        return true
    }

    /// Closes the element just started (a void element, or a `/>` start tag).
    mutating func endCurrent(in tree: inout HTMLTreeState) {
        pop(in: &tree)
    }

    /// An end tag.
    mutating func end(_ tag: HTMLTag, name: UInt64, in tree: inout HTMLTreeState) {
        switch tag {
        case .html, .body:
            return
        case .head:
            if phase == .inHead {
                leaveHead(in: &tree)
                phase = .afterHead
            }
            return
        case .br:
            if start(.br, name: 0, in: &tree) { pop(in: &tree) }
            return
        default:
            break
        }
        if phase < .inBody {
            // Stray end tags before the body close only what they match in the head.
            let open = topmost(tag, name: name)
            if open >= 0 && tag.isHeadContent { popTo(open, in: &tree) }
            return
        }
        switch tag {
        case .p:
            if !closeParagraph(in: &tree) {
                push(.p, name: 0, in: &tree)
                pop(in: &tree)
            }
        case .li:
            let item = topmost(.li)
            if item >= 0 && item >= max(boundaryTop, topmost(.ol), topmost(.ul)) { popTo(item, in: &tree) }
        case .h1, .h2, .h3, .h4, .h5, .h6:
            let heading = max(topmost(.h1), topmost(.h2), topmost(.h3), topmost(.h4), topmost(.h5), topmost(.h6))
            if heading >= 0 && heading >= boundaryTop { popTo(heading, in: &tree) }
        case .td, .th, .tr, .thead, .tbody, .tfoot, .caption:
            closeInTable(topmost(tag), in: &tree)
        case .table:
            let table = topmost(.table)
            if table >= 0 { popTo(table, in: &tree) }
        default:
            let open = topmost(tag, name: name)
            guard open >= 0 else { return }
            if tag.isSpecial {
                if open >= boundaryTop { popTo(open, in: &tree) }
            } else if specialTop < open {
                popTo(open, in: &tree)
            }
        }
    }

    /// Text. Returns false when it is dropped (white space before the document starts).
    mutating func text(isWhitespace: () -> Bool, in tree: inout HTMLTreeState) -> Bool {
        if phase < .inBody {
            let atDocumentLevel = stack.last.map { $0.tag == .html || $0.tag == .head } ?? true
            if atDocumentLevel && !isWhitespace() {
                if phase == .beforeHTML {
                    phase = .beforeHead
                    push(.html, name: 0, in: &tree)
                }
                startBody(in: &tree)
            } else if phase == .beforeHTML {
                return false
            }
        }
        return true
    }

    // MARK: Rules

    private mutating func startBody(in tree: inout HTMLTreeState) {
        leaveHead(in: &tree)
        phase = .inBody
        push(.body, name: 0, in: &tree)
    }

    private mutating func leaveHead(in tree: inout HTMLTreeState) {
        let head = topmost(.head)
        if head >= 0 { popTo(head, in: &tree) }
    }

    /// Closes an open `<p>` in button scope; false when there is none.
    @discardableResult
    private mutating func closeParagraph(in tree: inout HTMLTreeState) -> Bool {
        let paragraph = topmost(.p)
        guard paragraph >= 0, paragraph >= max(boundaryTop, topmost(.button)) else { return false }
        popTo(paragraph, in: &tree)
        return true
    }

    /// Closes the list item (or definition) at `item` unless a block other than address, div
    /// or p is open inside it.
    private mutating func closeItem(_ item: Int32, in tree: inout HTMLTreeState) {
        if item >= 0 && itemBlockerTop == item { popTo(item, in: &tree) }
    }

    /// Closes the outermost of the open elements at the given positions that are inside the
    /// innermost table, and what is open inside it (`<tr>` closes the open row with its cell).
    private mutating func closeInTable(
        _ a: Int32, _ b: Int32 = -1, _ c: Int32 = -1, _ d: Int32 = -1, in tree: inout HTMLTreeState
    ) {
        let table = max(topmost(.table), topmost(.html), topmost(.template))
        let open = outermost(a > table ? a : -1, b > table ? b : -1, c > table ? c : -1, d > table ? d : -1)
        if open >= 0 { popTo(open, in: &tree) }
    }

    /// The lowest position among those that are open (not -1); -1 when none is.
    private func outermost(_ a: Int32, _ b: Int32, _ c: Int32, _ d: Int32 = -1) -> Int32 {
        func lower(_ x: Int32, _ y: Int32) -> Int32 { x < 0 ? y : y < 0 ? x : min(x, y) }
        return lower(lower(a, b), lower(c, d))
    }

    // MARK: The stack

    private var specialTop: Int32 { stack.last?.special ?? -1 }
    private var itemBlockerTop: Int32 { stack.last?.itemBlocker ?? -1 }
    private var boundaryTop: Int32 { stack.last?.boundary ?? -1 }

    @inline(__always)
    private func topmost(_ tag: HTMLTag) -> Int32 { topmost[Int(tag.rawValue)] }

    private func topmost(_ tag: HTMLTag, name: UInt64) -> Int32 {
        name == 0 ? topmost[Int(tag.rawValue)] : topmostNamed[name] ?? -1
    }

    private mutating func push(_ tag: HTMLTag, name: UInt64, in tree: inout HTMLTreeState) {
        let index = Int32(stack.count)
        let below = stack.last
        let special = tag.isSpecial
        let previous: Int32
        if name == 0 {
            previous = topmost[Int(tag.rawValue)]
            topmost[Int(tag.rawValue)] = index
        } else {
            previous = topmostNamed.updateValue(index, forKey: name) ?? -1
        }
        stack.append(
            OpenElement(
                tag: tag, name: name, previous: previous,
                special: special ? index : below?.special ?? -1,
                itemBlocker: special && tag != .address && tag != .div && tag != .p ? index : below?.itemBlocker ?? -1,
                boundary: tag.isScopeBoundary ? index : below?.boundary ?? -1
            )
        )
        tree.startElement(tag)
    }

    private mutating func pop(in tree: inout HTMLTreeState) {
        guard let element = stack.popLast() else { return }
        if element.name == 0 {
            topmost[Int(element.tag.rawValue)] = element.previous
        } else if element.previous >= 0 {
            topmostNamed[element.name] = element.previous
        } else {
            topmostNamed[element.name] = nil
        }
        tree.endElement()
    }

    /// Pops every element above `index`, and the one at `index`.
    private mutating func popTo(_ index: Int32, in tree: inout HTMLTreeState) {
        while stack.count > Int(index) { pop(in: &tree) }
    }
}
