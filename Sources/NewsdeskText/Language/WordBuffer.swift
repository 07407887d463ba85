/// One lowercased word being scored: its UTF-8 bytes, where each scalar starts, and the hash
/// keys of its n-grams. Reused from word to word so the hot loop does not allocate.
struct WordBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = []
    /// Key of the n-gram of order `n` starting at scalar `j`: `keys[j * maxOrder + n - 1]`.
    private(set) var keys: [UInt32] = []
    private var hasher = KeyHasher()

    var isEmpty: Bool { starts.isEmpty }
    var scalarCount: Int { starts.count }
    /// Key of the whole word (for the word-frequency table).
    var key: UInt32 { hasher.key }

    mutating func append(_ value: UInt32) {
        if value < 0x80 {
            let byte = UInt8(truncatingIfNeeded: value)
            starts.append(bytes.count)
            bytes.append(byte)
            hasher.add(byte)
            return
        }
        guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { return }
        starts.append(bytes.count)
        for byte in encoded {
            bytes.append(byte)
            hasher.add(byte)
        }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        hasher = KeyHasher()
    }

    /// Fills `keys`; FNV-1a extends to the right, so each start costs one pass over 5 scalars.
    /// Entries past the word's n-grams are left as they were.
    mutating func computeKeys(maxOrder: Int) {
        let count = starts.count
        if keys.count < count * maxOrder { keys = [UInt32](repeating: 0, count: count * maxOrder * 2) }
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                keys.withUnsafeMutableBufferPointer { keys in
                    for start in 0..<count {
                        var hasher = KeyHasher()
                        var index = starts[start]
                        for scalar in start..<min(count, start + maxOrder) {
                            let end = scalar + 1 < count ? starts[scalar + 1] : bytes.count
                            while index < end {
                                hasher.add(bytes[index])
                                index += 1
                            }
                            keys[start * maxOrder + scalar - start] = hasher.key
                        }
                    }
                }
            }
        }
    }
}

/// Decodes Unicode scalar values from UTF-8 bytes without building a String. A malformed
/// sequence yields U+FFFD's place as a separator (value 0x20).
struct UTF8Scalars {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func next() -> UInt32? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            return UInt32(lead)
        }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default:
            index += 1
            return 0x20
        }
        guard index + length <= bytes.count else {
            index = bytes.count
            return 0x20
        }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else {
                index += offset
                return 0x20
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        index += length
        return value
    }
}

/// Letters per script, to find the text's dominant script.
struct ScriptTally {
    private var counts = [Int](repeating: 0, count: Script.allCases.count)

    init(_ bytes: UnsafeBufferPointer<UInt8>, letters: LetterTable) {
        var decoder = UTF8Scalars(bytes)
        while let value = decoder.next() {
            if value < 0x80 {
                // ASCII letters are Latin; everything else ASCII is no letter.
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A { counts[Script.latin.rawValue] += 1 }
            } else if letters.fold(value) != nil {
                counts[Script(value).rawValue] += 1
            }
        }
    }

    /// No letters yet.
    init() {}

    /// Adds another text's letters: the tally of texts joined by separators.
    mutating func add(_ other: ScriptTally) {
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    func count(_ script: Script) -> Int { counts[script.rawValue] }

    /// The script with most letters (kana and Han count together as Japanese/Chinese writing).
    var dominant: Script? {
        var best: Script?
        var bestCount = 0
        for script in Script.allCases where script != .other {
            var count = counts[script.rawValue]
            if script == .han || script == .kana { count = counts[Script.han.rawValue] + counts[Script.kana.rawValue] }
            if count > bestCount {
                best = script
                bestCount = count
            }
        }
        return best
    }
}
