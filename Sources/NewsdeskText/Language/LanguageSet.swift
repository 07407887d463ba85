/// A set of up to 128 language indices as two bit words: membership, removal and iteration
/// without memory traffic.
struct LanguageSet: Sequence {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let capacity = 128

    @inline(__always)
    mutating func insert(_ language: Int) {
        if language < 64 { low |= 1 << UInt64(language) } else { high |= 1 << UInt64(language - 64) }
    }

    @inline(__always)
    mutating func remove(_ language: Int) {
        if language < 64 { low &= ~(1 << UInt64(language)) } else { high &= ~(1 << UInt64(language - 64)) }
    }

    @inline(__always)
    func contains(_ language: Int) -> Bool {
        language < 64 ? low & (1 << UInt64(language)) != 0 : high & (1 << UInt64(language - 64)) != 0
    }

    func makeIterator() -> Iterator { Iterator(low: low, high: high) }

    struct Iterator: IteratorProtocol {
        var low: UInt64
        var high: UInt64

        @inline(__always)
        mutating func next() -> Int? {
            if low != 0 {
                let index = low.trailingZeroBitCount
                low &= low - 1
                return index
            }
            if high != 0 {
                let index = high.trailingZeroBitCount
                high &= high - 1
                return 64 + index
            }
            return nil
        }
    }
}
