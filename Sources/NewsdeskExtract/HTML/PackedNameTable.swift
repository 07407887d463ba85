/// A read-only hash table from names of up to 16 ASCII bytes, packed little-endian into two
/// words (`low`: bytes 0–7, `high`: bytes 8–15), to values: open addressing with a multiplicative
/// hash, which costs a few instructions per lookup where a `Dictionary` runs SipHash. Element
/// and attribute names are looked up once per tag and attribute of every page.
struct PackedNameTable<Value: Sendable>: Sendable {
    private let lows: [UInt64]
    private let highs: [UInt64]
    /// Name lengths, so that a name with NUL bytes at its end is not taken for a shorter one.
    private let lengths: [UInt8]
    private let values: [Value?]
    private let mask: Int
    /// The longest name's length: longer names are not looked for.
    private let longest: Int

    init(_ entries: [(name: String, value: Value)]) {
        longest = entries.map(\.name.utf8.count).max() ?? 0
        precondition(longest <= 16, "names are packed into two words")
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        var lows = [UInt64](repeating: 0, count: size)
        var highs = [UInt64](repeating: 0, count: size)
        var lengths = [UInt8](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (name, value) in entries {
            let (low, high) = Self.pack(name)
            var slot = Self.slot(low, high, mask)
            while values[slot] != nil { slot = (slot + 1) & mask }
            lows[slot] = low
            highs[slot] = high
            lengths[slot] = UInt8(name.utf8.count)
            values[slot] = value
        }
        self.lows = lows
        self.highs = highs
        self.lengths = lengths
        self.values = values
    }

    /// The value for a packed name (lower-case), nil when it is not in the table.
    @inline(__always)
    private func lookup(low: UInt64, high: UInt64, count: Int) -> Value? {
        var slot = Self.slot(low, high, mask)
        while let value = values[slot] {
            if lows[slot] == low && highs[slot] == high && Int(lengths[slot]) == count { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value for a name of bytes, ASCII capitals read as small letters; nil when it is
    /// not in the table.
    @inline(__always)
    func lookup(lowercasing name: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = name.count
        guard count > 0, count <= longest, let base = name.baseAddress else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<count {
            var byte = base[index]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if index < 8 {
                low |= UInt64(byte) << (UInt64(index) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(index - 8) * 8)
            }
        }
        return lookup(low: low, high: high, count: count)
    }

    /// The value for the name `input[name]`, ASCII capitals read as small letters: two word
    /// loads when `input` holds 16 bytes from the name's start, else a byte at a time.
    @inline(__always)
    func lookup(lowercasing name: Range<Int>, in input: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = name.count
        guard count > 0, count <= longest else { return nil }
        guard name.lowerBound + 16 <= input.count, let base = input.baseAddress else {
            return lookup(lowercasing: UnsafeBufferPointer(rebasing: input[name]))
        }
        let raw = UnsafeRawPointer(base + name.lowerBound)
        let low = Self.lowercased(UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))) & Self.firstBytes(count)
        let high = count > 8 ? Self.lowercased(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))) & Self.firstBytes(count - 8) : 0
        return lookup(low: low, high: high, count: count)
    }

    /// The word with each byte from `A` to `Z` made small: a byte's top bit marks, after adding
    /// 0x3F and 0x25 to its low seven bits, whether it is at least `A` and past `Z`.
    @inline(__always)
    private static func lowercased(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let capital = (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~word & 0x8080_8080_8080_8080
        return word | capital >> 2
    }

    /// A mask of the first `count` bytes of a word (all of them from 8 up).
    @inline(__always)
    private static func firstBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << (UInt64(count) * 8)) - 1
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
