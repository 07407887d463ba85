#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the flags of recent class and id values of one page: pages repeat the same
/// values (`class="menu-item"` on every item). A small direct-mapped table keyed by a hash of
/// the value; a hit is confirmed by comparing the bytes with a copy kept here, so a hash
/// collision never gives wrong flags.
struct ClassificationMemo {
    private struct Entry {
        var hash: UInt64 = 0
        /// The copy of the value in `copies`.
        var start: Int32 = 0
        var count: Int32 = -1
        var flags: NodeFlags = []
    }

    private static let slots = 1024
    /// Past this many bytes of copies the table starts over, so a page of ever new values
    /// does not keep a second copy of them all.
    private static let copyLimit = 1 << 20
    private var entries = [Entry](repeating: Entry(), count: ClassificationMemo.slots)
    private var copies: [UInt8] = []

    /// The flags of `value`, from the table or by classifying it.
    mutating func flags(of value: UnsafeBufferPointer<UInt8>) -> NodeFlags {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash >> 40) & (Self.slots - 1)
        let entry = entries[slot]
        if entry.hash == hash && Int(entry.count) == value.count && copyEquals(entry, value) { return entry.flags }
        let flags = HTMLClassifier.classify(value)
        guard value.count <= Self.copyLimit else { return flags }
        if copies.count + value.count > Self.copyLimit {
            copies.removeAll(keepingCapacity: true)
            entries = [Entry](repeating: Entry(), count: Self.slots)
        }
        entries[slot] = Entry(hash: hash, start: Int32(copies.count), count: Int32(value.count), flags: flags)
        copies.append(contentsOf: value)
        return flags
    }

    private func copyEquals(_ entry: Entry, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bytes = value.baseAddress else { return true }  // both empty
        return copies.withUnsafeBufferPointer { stored in
            guard let copy = stored.baseAddress else { return false }
            return memcmp(copy + Int(entry.start), bytes, value.count) == 0
        }
    }
}
