import CZlib

/// Gzip decompression with an output cap, so a small bomb cannot exhaust memory.
public enum Gzip {
    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    public enum Failure: Error, Equatable {
        /// The decompressed data would exceed the limit.
        case tooLarge(limit: Int)
        /// The data is not valid gzip (zlib's message, if any).
        case corrupt(String)
    }

    /// Decompresses every member of a gzip stream; fails past `limit` output bytes.
    public static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: maximum window, and detect the gzip (or zlib) header automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }

        var output = [UInt8]()
        output.reserveCapacity(min(limit, max(input.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var result: Failure?
        input.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else {
                result = .corrupt("empty gzip stream")
                return
            }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(source.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    result = .tooLarge(limit: limit)
                    return
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 {
                        result = .corrupt("truncated gzip stream")
                        return
                    }
                case Z_STREAM_END:
                    // Concatenated gzip members are one stream (RFC 1952); stop at trailing zeros.
                    guard stream.avail_in > 0, stream.next_in.pointee != 0 else { return }
                    inflateReset(&stream)
                case Z_BUF_ERROR where stream.avail_in == 0:
                    result = .corrupt("truncated gzip stream")
                    return
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid data"
                    result = .corrupt(message)
                    return
                }
            }
        }
        if let result { throw result }
        return output
    }
}
