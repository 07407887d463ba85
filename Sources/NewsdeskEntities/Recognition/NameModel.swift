import NewsdeskText

/// The recogniser's weights: for each hashed feature, one quantised weight per tag. Read in
/// place from a memory-mapped file written by `NameModelWriter`:
///
///     "NDNE" · version u32 · classes u32 · keys u32 · scale f32
///     bucket starts: 65,537 × u32 (keys whose top 16 bits are b lie in starts[b]..<starts[b+1])
///     keys: sorted u32 · weights: keys × classes × i16 (weight = value × scale)
///
/// All integers little-endian.
public struct NameModel: @unchecked Sendable {
    static let magic = Array("NDNE".utf8)
    static let version: UInt32 = 1
    static let bucketCount = 65_536

    /// Keeps the mapping alive; nil for a model built in memory.
    private let file: MappedFile?
    private let bytes: UnsafeRawBufferPointer
    private let keysOffset: Int
    private let weightsOffset: Int
    let keyCount: Int
    public let scale: Float

    public struct Corrupt: Error, CustomStringConvertible {
        public let description: String
    }

    public init(path: String) throws(Corrupt) {
        guard let file = MappedFile(path: path) else { throw Corrupt(description: "cannot read the name model \(path)") }
        try self.init(bytes: file.bytes, file: file, name: path)
    }

    init(bytes: UnsafeRawBufferPointer, file: MappedFile?, name: String) throws(Corrupt) {
        self.file = file
        self.bytes = bytes
        let headerSize = 20
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == Self.magic else {
            throw Corrupt(description: "\(name) is not a Newsdesk name model")
        }
        func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        guard u32(4) == Self.version, Int(u32(8)) == NameTag.classCount else {
            throw Corrupt(description: "\(name) was written for another version of Newsdesk")
        }
        keyCount = Int(u32(12))
        scale = Float(bitPattern: u32(16))
        keysOffset = headerSize + (Self.bucketCount + 1) * 4
        weightsOffset = keysOffset + keyCount * 4
        guard bytes.count == weightsOffset + keyCount * NameTag.classCount * 2, Int(u32(headerSize + Self.bucketCount * 4)) == keyCount
        else { throw Corrupt(description: "\(name) is truncated") }
    }

    @inline(__always)
    private func u32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The row of `key`, if the model has it.
    @inline(__always)
    func row(of key: UInt32) -> Int? {
        let bucket = Int(key >> 16)
        var low = Int(u32(20 + bucket * 4))
        var high = Int(u32(20 + bucket * 4 + 4))
        while low < high {
            let middle = (low + high) / 2
            let found = u32(keysOffset + middle * 4)
            if found == key { return middle }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Adds the weights of `features` to `scores` (one integer per tag, in units of `scale`).
    func accumulate(_ features: [UInt32], into scores: inout [Int32]) {
        for feature in features {
            guard let row = row(of: feature) else { continue }
            let base = weightsOffset + row * NameTag.classCount * 2
            for tag in 0..<NameTag.classCount {
                scores[tag] &+= Int32(Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: base + tag * 2, as: Int16.self)))
            }
        }
    }
}

/// Writes a model file in the format `NameModel` reads.
public enum NameModelWriter {
    /// `weights[key]` holds one weight per tag; weights are quantised to 16 bits against the
    /// largest magnitude. A feature whose weights all stay under `threshold` (a share of the
    /// largest magnitude) is left out: it moves no decision, and the model stays small.
    public static func bytes(weights: [UInt32: [Float]], threshold: Float = 0) -> [UInt8] {
        let largest = weights.values.lazy.flatMap { $0 }.map { abs($0) }.max() ?? 1
        let scale = max(largest, 1e-6) / 32_767
        let smallest = Int16(clamping: Int((threshold * 32_767).rounded()))
        var rows: [(UInt32, [Int16])] = []
        for (key, values) in weights {
            let quantised = values.map { Int16(($0 / scale).rounded()) }
            if quantised.contains(where: { $0 != 0 && abs($0) >= smallest }) { rows.append((key, quantised)) }
        }
        rows.sort { $0.0 < $1.0 }
        var output: [UInt8] = NameModel.magic
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }
        append(NameModel.version)
        append(UInt32(NameTag.classCount))
        append(UInt32(rows.count))
        append(scale.bitPattern)
        var next = 0
        for bucket in 0...NameModel.bucketCount {
            while next < rows.count && Int(rows[next].0 >> 16) < bucket { next += 1 }
            append(UInt32(next))
        }
        for row in rows { append(row.0) }
        for row in rows {
            for value in row.1 { withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) } }
        }
        return output
    }
}
