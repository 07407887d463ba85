#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Zero-filled memory straight from the kernel for the model's hash tables and the word cache,
/// freed with the object.
///
/// The tables are tens of megabytes written once at start-up: zeroing them with memset and
/// faulting them in 4 KB at a time was half of the model's loading time. Anonymous pages come
/// zeroed, and on Linux the region asks for transparent huge pages (one fault per 2 MB). Should
/// the system refuse the mapping, the memory comes from the allocator, zeroed by hand.
final class ZeroedMemory {
    let bytes: UnsafeMutableRawBufferPointer
    /// The mapping as made (larger than `bytes` by the alignment slack), for munmap; nil when
    /// `bytes` came from the allocator.
    private let mapping: UnsafeMutableRawBufferPointer?

    private static let hugePage = 2 << 20

    /// `count` zero bytes, aligned to 2 MB when large enough to use huge pages.
    init(count: Int) {
        let large = count >= Self.hugePage
        let size = large ? count + Self.hugePage : max(count, 1)
        guard let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            address != UnsafeMutableRawPointer(bitPattern: -1)
        else {
            mapping = nil
            bytes = .allocate(byteCount: max(count, 1), alignment: 64)
            bytes.initializeMemory(as: UInt8.self, repeating: 0)
            return
        }
        mapping = UnsafeMutableRawBufferPointer(start: address, count: size)
        guard large else {
            bytes = UnsafeMutableRawBufferPointer(start: address, count: count)
            return
        }
        // Huge pages only cover 2 MB-aligned stretches: start the table on one.
        let misalignment = Int(bitPattern: address) & (Self.hugePage - 1)
        let start = address + (misalignment == 0 ? 0 : Self.hugePage - misalignment)
        bytes = UnsafeMutableRawBufferPointer(start: start, count: count)
        #if os(Linux)
        _ = madvise(start, count, MADV_HUGEPAGE)
        #endif
    }

    deinit {
        guard let mapping else { return bytes.deallocate() }
        if let base = mapping.baseAddress { munmap(base, mapping.count) }
    }
}
