/// HTML5's named character references (`names`, generated into HTMLEntityNames.swift) in a
/// table that looks names up in the input's bytes: open addressing over an FNV-1a hash, where a
/// `Dictionary` would want a `String` made for every `&`. Names are case-sensitive
/// (`&Eacute;` is not `&eacute;`).
struct HTMLEntityTable: Sendable {
    struct Reference: Sendable {
        /// What the name stands for (one code point, or a pair) as UTF-8, first byte lowest.
        let utf8: UInt64
        let utf8Count: UInt8
        /// A legacy name, which pages from before the `;` was required still write without it
        /// (`&copy 2024`, `caf&eacute`): the Latin-1 names, `amp`, `lt`, `gt`, `quot` and
        /// six capital spellings (`AMP`, `COPY`, …).
        let semicolonOptional: Bool

        @inline(__always)
        func append(to output: inout [UInt8]) {
            for index in 0..<Int(utf8Count) { output.append(UInt8(truncatingIfNeeded: utf8 >> (UInt64(index) * 8))) }
        }
    }

    private struct Slot {
        /// Where the name is in `nameBytes`; an empty slot has no name.
        var nameStart: UInt32 = 0
        var nameCount: UInt8 = 0
        var reference = Reference(utf8: 0, utf8Count: 0, semicolonOptional: false)
    }

    static let shared = HTMLEntityTable(names)

    /// The longest name's length (`CounterClockwiseContourIntegral`), and the longest legacy one's.
    let longest: Int
    let longestLegacy: Int
    private let nameBytes: [UInt8]
    private let slots: [Slot]
    private let mask: Int

    /// Reads the generated list: entries separated by spaces, each `name=hex` or `name=hex+hex`,
    /// a `*` after a legacy name.
    private init(_ list: String) {
        let entries = list.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var nameBytes: [UInt8] = []
        var longest = 0
        var longestLegacy = 0
        for entry in entries {
            let parts = entry.split(separator: "=")
            precondition(parts.count == 2, "malformed entry \(entry)")
            let legacy = parts[0].hasSuffix("*")
            let name = Array((legacy ? parts[0].dropLast() : parts[0]).utf8)
            var utf8: UInt64 = 0
            var utf8Count: UInt8 = 0
            for hex in parts[1].split(separator: "+") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    preconditionFailure("malformed code point in \(entry)")
                }
                UTF8.encode(scalar) { byte in
                    utf8 |= UInt64(byte) << (UInt64(utf8Count) * 8)
                    utf8Count += 1
                }
            }
            let reference = Reference(utf8: utf8, utf8Count: utf8Count, semicolonOptional: legacy)
            var slot = name.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) } & (size - 1)
            while slots[slot].nameCount != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(nameStart: UInt32(nameBytes.count), nameCount: UInt8(name.count), reference: reference)
            nameBytes += name
            longest = max(longest, name.count)
            if legacy { longestLegacy = max(longestLegacy, name.count) }
        }
        self.slots = slots
        self.nameBytes = nameBytes
        self.mask = size - 1
        self.longest = longest
        self.longestLegacy = longestLegacy
    }

    /// The reference named `input[name]`, nil when there is none.
    func reference(_ input: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Reference? {
        var slot = Self.hash(input, name) & mask
        while slots[slot].nameCount != 0 {
            if Int(slots[slot].nameCount) == name.count && matches(input, name, at: Int(slots[slot].nameStart)) {
                return slots[slot].reference
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private func matches(_ input: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, at start: Int) -> Bool {
        for offset in 0..<name.count where nameBytes[start + offset] != input[name.lowerBound + offset] { return false }
        return true
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for index in range { hash = (hash ^ UInt32(bytes[index])) &* 0x0100_0193 }
        return Int(hash)
    }
}
