/// A read-only hash table from names of up to 16 ASCII bytes, packed little-endian into two
/// words (`low`: bytes 0–7, `high`: bytes 8–15), to values: open addressing with a multiplicative
/// hash, which costs a few instructions per lookup where a `Dictionary` runs SipHash. Element
/// and attribute names are looked up once per tag and attribute of every page.
struct PackedNameTable<Value: Sendable>: Sendable {
    private let lows: [UInt64]
    private let highs: [UInt64]
    private let values: [Value?]
    private let mask: Int

    init(_ entries: [(name: String, value: Value)]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        var lows = [UInt64](repeating: 0, count: size)
        var highs = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (name, value) in entries {
            let (low, high) = Self.pack(name)
            var slot = Self.slot(low, high, mask)
            while values[slot] != nil { slot = (slot + 1) & mask }
            lows[slot] = low
            highs[slot] = high
            values[slot] = value
        }
        self.lows = lows
        self.highs = highs
        self.values = values
    }

    /// The value for a packed name (lower-case), nil when it is not in the table.
    @inline(__always)
    func lookup(low: UInt64, high: UInt64) -> Value? {
        var slot = Self.slot(low, high, mask)
        while let value = values[slot] {
            if lows[slot] == low && highs[slot] == high { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, _ mask: Int) -> Int {
        let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40) & mask
    }

    static func pack(_ name: String) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in name.utf8.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << (UInt64(index) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(index - 8) * 8)
            }
        }
        return (low, high)
    }
}
