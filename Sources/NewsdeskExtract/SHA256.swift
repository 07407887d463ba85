import CCrypto

/// SHA-256 of a document's bytes, its id. OpenSSL's libcrypto (in Debian's libssl-dev) does the
/// hashing: with SHA extensions it is an order of magnitude faster than portable Swift, and the
/// hash was a fifth of extraction's CPU time before.
public enum SHA256 {
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        // The low-level functions, not EVP_Digest: EVP's first call sets up OpenSSL's provider
        // machinery (5 million instructions, more than the rest of a small document's
        // extraction) for the same SHA-NI code. They fail only on null pointers.
        var context = SHA256_CTX()
        bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBufferPointer { out in
                _ = SHA256_Init(&context)
                _ = SHA256_Update(&context, input.baseAddress, input.count)
                _ = SHA256_Final(out.baseAddress, &context)
            }
        }
        return output
    }
}
