import CLibDeflate

/// Gzip decompression with an output cap, so a small bomb cannot exhaust memory. libdeflate
/// decompresses a whole member at once into a buffer sized from the member's trailer, which
/// is two to three times as fast as zlib's streaming inflate.
public enum Gzip {
    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    public enum Failure: Error, Equatable {
        /// The decompressed data would exceed the limit.
        case tooLarge(limit: Int)
        /// The data is not valid gzip.
        case corrupt(String)
    }

    /// Decompresses every member of a gzip stream; fails past `limit` output bytes.
    public static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw .corrupt("out of memory") }
        defer { libdeflate_free_decompressor(decompressor) }
        var output: [UInt8] = []
        var result: Failure?
        input.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress, !source.isEmpty else {
                result = .corrupt("empty gzip stream")
                return
            }
            var offset = 0
            // The trailer of the last member gives its size (mod 2^32): the usual single
            // member decompresses in one call into a buffer of exactly the right size.
            var capacity = source.count >= 18 ? Int(trailerSize(source)) : 0
            capacity = max(capacity, 4096)
            while true {
                let remaining = limit - output.count
                capacity = min(capacity, remaining)
                var read = 0
                var written = 0
                var status = LIBDEFLATE_SUCCESS
                let member = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                    status = libdeflate_gzip_decompress_ex(
                        decompressor, base + offset, source.count - offset, buffer.baseAddress, capacity, &read, &written)
                    count = status == LIBDEFLATE_SUCCESS ? written : 0
                }
                switch status {
                case LIBDEFLATE_SUCCESS:
                    break
                case LIBDEFLATE_INSUFFICIENT_SPACE:
                    guard capacity < remaining else {
                        result = .tooLarge(limit: limit)
                        return
                    }
                    capacity = capacity > remaining / 2 ? remaining : capacity * 2
                    continue
                default:
                    result = .corrupt("invalid or truncated gzip data")
                    return
                }
                if output.isEmpty { output = member } else { output.append(contentsOf: member) }
                offset += read
                // Concatenated gzip members are one stream (RFC 1952); stop at trailing zeros.
                guard offset < source.count, source[offset] != 0 else { return }
                capacity = max(4096, member.count)
            }
        }
        if let result { throw result }
        return output
    }

    /// The ISIZE field of the last member: its uncompressed size modulo 2^32.
    private static func trailerSize(_ source: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let end = source.count
        return UInt32(source[end - 4]) | UInt32(source[end - 3]) << 8 | UInt32(source[end - 2]) << 16 | UInt32(source[end - 1]) << 24
    }
}
