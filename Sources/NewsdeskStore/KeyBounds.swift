/// The bounds of `AnnotationStoring` queries, which compare keys and dates as text.
enum KeyBounds {
    /// An inclusive upper bound that also takes in every value beginning with `value`:
    /// `through("2022-10")` is above `"2022-10-31T20:00"` and below `"2022-11"`. It is `value`
    /// followed by U+10FFFF, the highest code point, which is a noncharacter no key contains.
    static func through(_ value: String) -> String {
        value + "\u{10FFFF}"
    }
}
