/// A line feature's name, hashed as it is written: `"rule=\(rule)|w=\(words)"` gives the id
/// of that name (FNV-1a of its UTF-8, folded to the model's table) without building the
/// string, which cost more than the rest of the features. Interpolated values are written as
/// a string interpolation writes them.
struct FeatureName: ExpressibleByStringInterpolation {
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var state: UInt64 = 0xcbf2_9ce4_8422_2325

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: String) { add(literal) }
        mutating func appendInterpolation(_ text: some StringProtocol) { add(text) }
        mutating func appendInterpolation(_ number: Int) { add(String(number)) }
        mutating func appendInterpolation(_ flag: Bool) { add(flag ? "true" : "false") }
        mutating func appendInterpolation(_ scalar: Unicode.Scalar) { add(String(scalar)) }

        private mutating func add(_ text: some StringProtocol) {
            for byte in text.utf8 {
                state ^= UInt64(byte)
                state &*= 0x0000_0100_0000_01B3
            }
        }
    }

    /// The feature's slot in the model's table.
    let id: UInt32

    init(stringInterpolation: StringInterpolation) {
        id = UInt32(truncatingIfNeeded: stringInterpolation.state ^ (stringInterpolation.state >> 32)) & (LineModel.featureSlots - 1)
    }

    init(stringLiteral name: String) {
        var interpolation = StringInterpolation(literalCapacity: 0, interpolationCount: 0)
        interpolation.appendLiteral(name)
        self.init(stringInterpolation: interpolation)
    }
}
