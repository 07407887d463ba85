/// The writing systems language identification tells apart, by Unicode block.
///
/// Where a script belongs to one supported language (Hangul, Greek, Thai…) the script decides;
/// where several languages share it, the statistical model chooses among them.
enum Script: Int, CaseIterable, Sendable {
    case other, latin, cyrillic, arabic, devanagari, greek, hebrew, armenian, georgian, thai
    case hangul, kana, han, bengali, gujarati, gurmukhi, tamil, telugu

    init(_ v: UInt32) {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF,
            0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x530...0x58F, 0xFB13...0xFB17: self = .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x900...0x97F, 0xA8E0...0xA8FF: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xA00...0xA7F: self = .gurmukhi
        case 0xA80...0xAFF: self = .gujarati
        case 0xB80...0xBFF: self = .tamil
        case 0xC00...0xC7F: self = .telugu
        case 0xE00...0xE7F: self = .thai
        case 0x10A0...0x10FF, 0x1C90...0x1CBF, 0x2D00...0x2D2F: self = .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF: self = .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        default: self = .other
        }
    }

    /// The one language a script settles on its own, if any. Han alone means Chinese; Han with
    /// kana means Japanese (see `ScriptTally`).
    var soleLanguage: String? {
        switch self {
        case .greek: "el"
        case .hebrew: "he"
        case .armenian: "hy"
        case .georgian: "ka"
        case .thai: "th"
        case .hangul: "ko"
        case .kana: "ja"
        case .han: "zh"
        case .bengali: "bn"
        case .gujarati: "gu"
        case .gurmukhi: "pa"
        case .tamil: "ta"
        case .telugu: "te"
        case .other, .latin, .cyrillic, .arabic, .devanagari: nil
        }
    }

    /// Whether one character of the script is a syllable or a word (one is enough to judge).
    var writesSyllables: Bool {
        switch self {
        case .han, .kana, .hangul: true
        default: false
        }
    }

    /// The script a supported language is written in (as in the model's training data).
    static func of(language code: String) -> Script {
        switch code {
        case "be", "bg", "kk", "mk", "mn", "ru", "sr", "uk": .cyrillic
        case "ar", "fa", "ur": .arabic
        case "hi", "mr": .devanagari
        case "el": .greek
        case "he": .hebrew
        case "hy": .armenian
        case "ka": .georgian
        case "th": .thai
        case "ko": .hangul
        case "ja": .kana
        case "zh": .han
        case "bn": .bengali
        case "gu": .gujarati
        case "pa": .gurmukhi
        case "ta": .tamil
        case "te": .telugu
        default: .latin
        }
    }
}
