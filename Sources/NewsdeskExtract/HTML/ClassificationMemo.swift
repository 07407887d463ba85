import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the flags of recent class and id values: pages repeat the same values
/// (`class="menu-item"` on every item), and so do the pages of a site and common frameworks
/// ("container", "row"), so each thread keeps its memo from page to page (`takeForThread`). A
/// small direct-mapped table keyed by a hash of the value; a hit is confirmed by comparing
/// the bytes with a copy kept here, so a hash collision never gives wrong flags.
struct ClassificationMemo {
    private struct Entry {
        var hash: UInt64 = 0
        /// The copy of the value in `copies`.
        var start: Int32 = 0
        var count: Int32 = -1
        var flags: NodeFlags = []
    }

    private static let slots = 4096
    /// Past this many bytes of copies the table starts over, so ever new values do not keep
    /// a second copy of them all.
    private static let copyLimit = 1 << 20
    /// Empty until the first value is remembered, so that an unused memo costs nothing.
    private var entries: [Entry] = []
    private var copies: [UInt8] = []

    /// The flags of `value`, from the table or by classifying it.
    mutating func flags(of value: UnsafeBufferPointer<UInt8>) -> NodeFlags {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash >> 40) & (Self.slots - 1)
        if !entries.isEmpty {
            let entry = entries[slot]
            if entry.hash == hash && Int(entry.count) == value.count && copyEquals(entry, value) { return entry.flags }
        }
        let flags = HTMLClassifier.classify(value)
        guard value.count <= Self.copyLimit else { return flags }
        if entries.isEmpty || copies.count + value.count > Self.copyLimit {
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

extension ClassificationMemo {
    /// Holds a thread's memo between parses.
    private final class ThreadSlot {
        var memo: ClassificationMemo?
    }

    private static let threadKey = "newsdesk.classificationMemo"

    /// The calling thread's memo, moved out of the thread's slot so that the parse owns it
    /// (no copy on write, no locking); `keepForThread` puts it back. A memo only caches what
    /// `HTMLClassifier.classify` gives, so whatever pages it has seen, the flags are the same.
    static func takeForThread() -> ClassificationMemo {
        guard let slot = Thread.current.threadDictionary[threadKey] as? ThreadSlot, let memo = slot.memo else {
            return ClassificationMemo()
        }
        slot.memo = nil
        return memo
    }

    /// Gives a memo taken with `takeForThread` back to the calling thread for its next parse.
    static func keepForThread(_ memo: ClassificationMemo) {
        let dictionary = Thread.current.threadDictionary
        if let slot = dictionary[threadKey] as? ThreadSlot {
            slot.memo = memo
        } else {
            let slot = ThreadSlot()
            slot.memo = memo
            dictionary[threadKey] = slot
        }
    }
}
