import Foundation

/// The key names are looked up by: words lower-cased, joined by one space, with typographic
/// apostrophes and hyphens made plain, so that "Côte d’Ivoire" in a text finds "Côte d'Ivoire".
enum NameKey {
    static func make<S: StringProtocol>(_ words: some Sequence<S>) -> String {
        var key = ""
        for word in words {
            if !key.isEmpty { key.append(" ") }
            let lower = word.lowercased()
            guard hasTypographicMark(lower) else {
                key.append(lower)
                continue
            }
            for scalar in lower.unicodeScalars {
                switch scalar {
                case "\u{2019}", "\u{2018}", "\u{02BC}": key.append("'")
                case "\u{2010}", "\u{2011}", "\u{2013}": key.append("-")
                default: key.unicodeScalars.append(scalar)
                }
            }
        }
        return key
    }

    /// The key of one lower-cased word: the word itself unless it holds a typographic
    /// apostrophe or hyphen (whose UTF-8 starts with 0xE2 or 0xCA), the common case.
    static func make(lowercased word: String) -> String {
        hasTypographicMark(word) ? make([word]) : word
    }

    /// Whether the text may hold a typographic apostrophe or hyphen: their UTF-8 starts with
    /// 0xE2 or 0xCA, and most words have neither byte (then they are their own key).
    private static func hasTypographicMark(_ text: String) -> Bool {
        text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA })
    }

    /// The words of a name as the tokenizer cuts running text ("Côte d'Ivoire" → Côte, d',
    /// Ivoire; "Boeing's" → Boeing, 's).
    static func words(of name: String) -> [Substring] {
        // A word of letters, with hyphens only between letters, is one token; anything else
        // (spaces, apostrophes, periods, digits…) is cut by the tokenizer, as running text is.
        if isPlainWord(name) { return [name[...]] }
        return NameTokenizer.words(of: name)
    }
}

extension NameKey {
    /// Letters, with hyphens only between letters. ASCII text (most names and role words) is
    /// checked on its bytes: Unicode property lookups cost more than the rest of a key.
    private static func isPlainWord(_ name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            // A hyphen needs a letter before it (the previous byte) and after it (the next one).
            var previous: UInt8 = 0
            for byte in name.utf8 {
                if previous == UInt8(ascii: "-") && !isLetter(byte) { return false }
                if !isLetter(byte) && !(byte == UInt8(ascii: "-") && isLetter(previous)) { return false }
                previous = byte
            }
            return previous != 0 && previous != UInt8(ascii: "-")
        }
        let scalars = Array(name.unicodeScalars)
        return !scalars.isEmpty && scalars.indices.allSatisfy { index in
            scalars[index].properties.isAlphabetic
                || (scalars[index] == "-" && index > 0 && index + 1 < scalars.count
                    && scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic)
        }
    }

    /// The key of two or three words of letters with hyphens for its spaces ("new york" →
    /// "new-york") or spaces for its hyphens ("saint-denis" → "saint denis"), or nil when it
    /// has neither or both, other marks, or more words (long names are seldom hyphenated).
    static func otherHyphenation(_ key: String) -> String? {
        let spaces = key.contains(" "), hyphens = key.contains("-")
        guard spaces != hyphens, key.split(whereSeparator: { $0 == " " || $0 == "-" }).count <= 3,
            key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "-" })
        else { return nil }
        return spaces ? key.replacingOccurrences(of: " ", with: "-") : key.replacingOccurrences(of: "-", with: " ")
    }

    /// The key without the accents of Latin letters ("états-unis" → "etats-unis", "preußen" →
    /// "preussen", "wœrth" → "woerth"), or nil when it has none: old and OCR'd newspapers, and
    /// headlines in capitals, drop them. With `umlautsAsE`, German's way of writing without
    /// them: "österreich" → "oesterreich". Other scripts are left as they are.
    static func withoutAccents(_ key: String, umlautsAsE: Bool = false) -> String? {
        var folded = ""
        var changed = false
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0xDF: folded += "ss"; changed = true
            case 0xE6: folded += "ae"; changed = true
            case 0x153: folded += "oe"; changed = true
            case 0xE4 where umlautsAsE: folded += "ae"; changed = true
            case 0xF6 where umlautsAsE: folded += "oe"; changed = true
            case 0xFC where umlautsAsE: folded += "ue"; changed = true
            case 0xC0...0x24F:
                let base = String(scalar).folding(options: .diacriticInsensitive, locale: nil)
                changed = changed || base != String(scalar)
                folded += base
            default: folded.unicodeScalars.append(scalar)
            }
        }
        return changed ? folded : nil
    }
}
