import NewsdeskCore

/// Comparison of a heading with the page title.
enum TitleMatching {
    /// Letters and digits of the folded text. ASCII is decided without Unicode property
    /// lookups, which cost most of the time on long titles.
    static func key(_ text: String) -> String {
        let folded = TextFold.fold(text)
        let kept = folded.unicodeScalars.lazy.filter { scalar in
            let value = scalar.value
            return value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                : scalar.isAlphabetic
        }
        return String(scalars: kept, utf8Capacity: folded.utf8.count)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let left = key(a)
        guard !left.isEmpty else { return false }
        return left == key(b)
    }
}
