import NewsdeskCore
import NewsdeskText

/// Short lines that are page furniture, not article text: advertisement labels, "read also"
/// links, share buttons, newsletter and cookie prompts, comment counters, "back to top".
/// The words come from the leftover-cue lexicons shared with the plain-text cleaner
/// (`FurnitureCues`); how long a line may be and how much of it may be links, for each kind
/// of cue, is decided here.
enum BoilerplateLines {
    /// The reason to remove a short line, or nil when it may be article text.
    /// `linkRatio` is the share of the line's characters inside links.
    static func classify(_ text: String, chars: Int, linkRatio: Float) -> Removal.Reason? {
        guard chars > 0, chars < 400 else { return nil }
        let cues = FurnitureCues.shared
        let folded = TextFold.fold(text)
        // A longer line can only be a label followed by links.
        if chars >= 200 { return linkRatio > 0.5 ? relatedLabelReason(folded, linkRatio: linkRatio) : nil }
        let key = TextFold.key(folded)
        guard !key.isEmpty else { return nil }
        if let reason = cues.lines[key] { return reason }
        // A prompt that starts the line ("Advertisement · Story continues"); cookie cues
        // count only where the line says "cookie".
        if chars < 60, let reason = cues.prefixReason(key), reason != .cookie || key.containsBytes("cookie") { return reason }
        if chars < 40, let reason = cues.counterReason(key) { return reason }
        if chars < 100 && cues.isButtonRow(key) { return .share }
        if let reason = relatedLabelReason(folded, linkRatio: linkRatio) { return reason }
        let mentionsCookies = key.containsBytes("cookie")
        let phrase = cues.phraseReason(in: key) { reason in
            switch reason {
            case .cookie: mentionsCookies
            case .navigation: chars < 40  // "4 min read"
            default: true
            }
        }
        if let phrase { return phrase }
        if chars < 80, key.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), let reason = cues.datedReason(key) {
            return reason
        }
        return nil
    }

    /// The reason for a longer block that carries a prompt or closing phrase ("… sign up for
    /// our newsletter", "… alle Rechte vorbehalten"), which only the end of an article may drop.
    static func closingReason(_ text: String) -> Removal.Reason? {
        let key = TextFold.key(TextFold.fold(text))
        let mentionsCookies = key.containsBytes("cookie")
        return FurnitureCues.shared.phraseReason(in: key, closing: true) { reason in
            switch reason {
            case .cookie: mentionsCookies
            case .navigation: false
            default: true
            }
        }
    }

    /// Whether a line is only a "read also"-style or tag label ("Lire aussi", "Read more:",
    /// "Tags"), which announces the link list that follows it.
    static func isRelatedLabel(_ text: String) -> Bool {
        let line = TextFold.trim(TextFold.fold(text), extra: edgePunctuation).unicodeScalars
        return !line.isEmpty && FurnitureCues.shared.labelEnd(in: line) == line.endIndex
    }

    /// The reason when a line starts with a "read also" or tag label followed by punctuation
    /// ("Lire aussi : …", "Read more » …"), or by words when the line is mostly a link or ends
    /// with a colon.
    static func relatedLabelReason(_ folded: String, linkRatio: Float) -> Removal.Reason? {
        let trimmed = TextFold.trim(folded, extra: edgePunctuation)
        let line = trimmed.unicodeScalars
        // Most lines start with a letter no label starts with: no need to look further.
        guard let first = line.first, FurnitureCues.shared.labels[first] != nil else { return nil }
        guard let end = FurnitureCues.shared.labelEnd(in: line) else { return nil }
        let reason = FurnitureCues.shared.lines[TextFold.key(Substring(line[..<end]))] ?? .related
        var rest = line[end...]
        while let first = rest.first, first == " " { rest = rest.dropFirst() }
        guard let mark = rest.first else { return reason }
        if !TextFold.isWordScalar(mark) || linkRatio > 0.3 { return reason }
        // "Lesen Sie auch die folgenden Beiträge:" announces the list after it.
        return trimmed.scalarCount < 80 && folded.hasSuffix(":") ? reason : nil
    }

    static let edgePunctuation: [Unicode.Scalar] = [
        ":", "-", ".", "|", "»", "«", ">", "<", "›", "‹", "→", "•", "*", "(", ")", "[", "]", "\"", "!", "…", "/", "+",
    ]
}
