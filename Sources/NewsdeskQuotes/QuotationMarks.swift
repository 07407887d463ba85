import NewsdeskCore
import NewsdeskText

/// A span of the text between quotation marks, by token: the opening mark, the content, and the
/// closing mark (nil when the paragraph ended first: a quote that goes on in the next paragraph).
struct Quotation: Equatable {
    var open: Int
    var content: Range<Int>
    var close: Int?

    /// The last token of the quotation, its closing mark or its content's end.
    var last: Int { close ?? (content.upperBound - 1) }
}

extension QuoteReader {
    /// The shapes of quotation marks, as pairs open and close them.
    private enum Mark: Equatable {
        case guillemetLeft, guillemetRight, singleGuillemetLeft, singleGuillemetRight
        case doubleHigh6, doubleHigh9, doubleLow, straight, singleHigh6, singleHigh9, singleLow

        init?(_ text: String) {
            switch text {
            case "«": self = .guillemetLeft
            case "»": self = .guillemetRight
            case "‹": self = .singleGuillemetLeft
            case "›": self = .singleGuillemetRight
            case "“": self = .doubleHigh6
            case "”": self = .doubleHigh9
            case "„": self = .doubleLow
            case "\"": self = .straight
            case "‘": self = .singleHigh6
            case "’": self = .singleHigh9
            case "‚": self = .singleLow
            default: return nil
            }
        }
    }

    static let deepestNesting = 8

    /// Two apostrophes side by side ('') stand for a straight double quote in some wire copy.
    private func doubledApostrophe(at index: Int) -> Mark? {
        guard words[index] == "'", index + 1 < count, words[index + 1] == "'",
            tokens[index + 1].span.start == tokens[index].span.end
        else { return nil }
        return .straight
    }

    /// The outermost quotations of the text, in order. Marks are paired with a stack per
    /// paragraph: « » and » « (German), “ ” and „ “ and ” ”, ‚ ‘ and ‘ ’, ‹ ›, straight quotes by the space
    /// around them. A quotation still open at the end of its paragraph ends there when it opened
    /// the paragraph or followed a colon (the convention for quotes over several paragraphs);
    /// other unmatched marks are dropped.
    func quotations() -> [Quotation] {
        var found: [Quotation] = []
        var stack: [(token: Int, mark: Mark, width: Int)] = []

        func closeParagraph(lastToken: Int) {
            if let bottom = stack.first, bottom.token < lastToken,
                bottom.token == 0 || paragraphOf[bottom.token - 1] != paragraphOf[bottom.token] || words[bottom.token - 1] == ":"
            {
                found.append(Quotation(open: bottom.token, content: (bottom.token + bottom.width)..<(lastToken + 1), close: nil))
            }
            stack.removeAll()
        }

        /// Closes the innermost open mark that `accepts`, recording it when it is outermost.
        func close(at index: Int, where accepts: (Mark) -> Bool) -> Bool {
            guard let position = stack.lastIndex(where: { accepts($0.mark) }) else { return false }
            let (opener, openerWidth) = (stack[position].token, stack[position].width)
            stack.removeSubrange(position...)
            if position == 0 && opener + openerWidth < index {
                // A closing '' ends at its second apostrophe.
                found.append(Quotation(open: opener, content: (opener + openerWidth)..<index, close: index + width - 1))
            }
            return true
        }

        var width = 1
        for index in tokens.indices {
            if index > 0 && paragraphOf[index] != paragraphOf[index - 1] { closeParagraph(lastToken: index - 1) }
            if width == 2 {
                width = 1
                continue
            }
            guard tokens[index].kind == .punctuation, let mark = Mark(words[index]) ?? doubledApostrophe(at: index) else { continue }
            // Unmatched openers pile up only in broken text: keep the stack short, so that each
            // mark costs at most a bounded search.
            if stack.count > Self.deepestNesting { stack.removeFirst() }
            if words[index] == "'" { width = 2 }
            let opensHere = !spaceAfter(index) || index + 1 < tokens.count && paragraphOf[index + 1] == paragraphOf[index] && spaceBefore(index)
            switch mark {
            case .guillemetLeft:
                if !close(at: index, where: { $0 == .guillemetRight }) { stack.append((index, mark, width)) }
            case .singleGuillemetLeft:
                if !close(at: index, where: { $0 == .singleGuillemetRight }) { stack.append((index, mark, width)) }
            case .guillemetRight:
                if !close(at: index, where: { $0 == .guillemetLeft }) && opensHere { stack.append((index, mark, width)) }
            case .singleGuillemetRight:
                if !close(at: index, where: { $0 == .singleGuillemetLeft }) && opensHere { stack.append((index, mark, width)) }
            case .doubleLow:
                stack.append((index, mark, width))
            case .doubleHigh6:
                if stack.last?.mark == .doubleLow {
                    _ = close(at: index, where: { $0 == .doubleLow })
                } else {
                    stack.append((index, mark, width))
                }
            case .doubleHigh9:
                // ” opens too where it starts words and nothing is open (”…” in Swedish and
                // Finnish, and in careless copy).
                let looksOpening = (index == 0 || spaceBefore(index) || paragraphOf[index - 1] != paragraphOf[index]) && !spaceAfter(index)
                if !close(at: index, where: { $0 == .doubleHigh6 || $0 == .doubleLow || $0 == .straight || $0 == .doubleHigh9 }) && looksOpening {
                    stack.append((index, mark, width))
                }
            case .straight:
                let looksOpening = spaceBefore(index) && !spaceAfter(index)
                if !looksOpening, let last = stack.last?.mark, last == .doubleHigh6 || last == .doubleLow {
                    // Mixed marks in one quote (“…," as careless copy has them).
                    _ = close(at: index, where: { $0 == last })
                } else if stack.contains(where: { $0.mark == .straight }) && !(looksOpening && stack.last?.mark != .straight) {
                    _ = close(at: index, where: { $0 == .straight })
                } else if !spaceAfter(index) || index == tokens.count - 1 || paragraphOf[index + 1] == paragraphOf[index] {
                    stack.append((index, mark, width))
                }
            case .singleLow:
                if !spaceAfter(index) { stack.append((index, mark, width)) }
            case .singleHigh6:
                if stack.last?.mark == .singleLow {
                    _ = close(at: index, where: { $0 == .singleLow })
                } else if !spaceAfter(index) {
                    stack.append((index, mark, width))
                }
            case .singleHigh9:
                // An apostrophe unless a ‘ is open ("the students’ union" closes nothing).
                _ = close(at: index, where: { $0 == .singleHigh6 })
            }
        }
        if !tokens.isEmpty { closeParagraph(lastToken: tokens.count - 1) }
        return found
    }
}
