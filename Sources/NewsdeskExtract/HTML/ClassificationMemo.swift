/// Remembers the flags of recent class and id values of one page: pages repeat the same
/// values (`class="menu-item"` on every item) and classifying one scans it against every
/// pattern. A small direct-mapped table keyed by a hash of the value; a hit is confirmed by
/// comparing the bytes with the earlier copy, so a hash collision never gives wrong flags.
struct ClassificationMemo {
    private struct Entry {
        var hash: UInt64 = 0
        /// The earlier copy of the value in `HTMLDocument.bytes`.
        var start: Int32 = 0
        var count: Int32 = -1
        var flags: NodeFlags = []
    }

    private static let slots = 1024
    private var entries = [Entry](repeating: Entry(), count: ClassificationMemo.slots)

    /// The flags of `value`, from the table or by classifying it; `copyStart` is where the
    /// caller stores this value in `bytes` right after.
    mutating func flags(of value: UnsafeBufferPointer<UInt8>, in bytes: [UInt8], copyStart: Int) -> NodeFlags {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash >> 40) & (Self.slots - 1)
        let entry = entries[slot]
        if entry.hash == hash && Int(entry.count) == value.count {
            let start = Int(entry.start)
            let same = bytes.withUnsafeBufferPointer { stored in
                value.elementsEqual(UnsafeBufferPointer(rebasing: stored[start..<(start + value.count)]))
            }
            if same { return entry.flags }
        }
        let flags = HTMLClassifier.classify(value)
        if copyStart <= Int(Int32.max) - value.count {
            entries[slot] = Entry(hash: hash, start: Int32(copyStart), count: Int32(value.count), flags: flags)
        }
        return flags
    }
}
