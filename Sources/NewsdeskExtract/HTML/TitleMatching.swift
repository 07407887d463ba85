import NewsdeskCore
import NewsdeskText

/// Comparison of a heading with the page title.
enum TitleMatching {
    /// Letters and digits of the folded text.
    static func key(_ text: String) -> String {
        TextFold.key(TextFold.fold(text), spaced: false)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let left = key(a)
        guard !left.isEmpty else { return false }
        return left == key(b)
    }
}
