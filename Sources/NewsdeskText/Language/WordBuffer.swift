/// One lowercased word being scored: its UTF-8 bytes, where each scalar starts, and the hash
/// keys of its n-grams. Reused from word to word so the hot loop does not allocate.
///
/// Bytes and starts live in buffers the scorer owns (`deallocate()` when done), not arrays:
/// every scalar of every sampled word passes through `append`, and an array's uniqueness and
/// capacity checks on each append cost more than the append. Not copyable in practice: a copy
/// would share the buffers.
struct WordBuffer {
    private var byteStorage: UnsafeMutableBufferPointer<UInt8>
    private var startStorage: UnsafeMutableBufferPointer<Int>
    private(set) var byteCount = 0
    private(set) var scalarCount = 0
    /// Key of the n-gram of order `n` starting at scalar `j`: `keys[j * maxOrder + n - 1]`.
    private(set) var keys: [UInt32] = []
    private var hasher = KeyHasher()

    init() {
        byteStorage = .allocate(capacity: 256)
        startStorage = .allocate(capacity: 64)
    }

    func deallocate() {
        byteStorage.deallocate()
        startStorage.deallocate()
    }

    var isEmpty: Bool { scalarCount == 0 }
    /// Key of the whole word (for the word-frequency table).
    var key: UInt32 { hasher.key }

    mutating func append(_ value: UInt32) {
        if scalarCount == startStorage.count || byteCount + 4 > byteStorage.count { grow() }
        if value < 0x80 {
            let byte = UInt8(truncatingIfNeeded: value)
            startStorage[scalarCount] = byteCount
            scalarCount += 1
            byteStorage[byteCount] = byte
            byteCount += 1
            hasher.add(byte)
            return
        }
        guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { return }
        startStorage[scalarCount] = byteCount
        scalarCount += 1
        for byte in encoded {
            byteStorage[byteCount] = byte
            byteCount += 1
            hasher.add(byte)
        }
    }

    /// Adds the UTF-8 bytes of the scalar `value` to `hasher` as `append` does, and returns
    /// how many there are: a word's key without keeping the word.
    @inline(__always)
    static func hash(_ value: UInt32, into hasher: inout KeyHasher) -> Int {
        if value < 0x80 {
            hasher.add(UInt8(truncatingIfNeeded: value))
            return 1
        }
        guard let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) else { return 0 }
        for byte in encoded { hasher.add(byte) }
        return encoded.count
    }

    /// Doubles both buffers, keeping what they hold.
    private mutating func grow() {
        byteStorage = Self.doubled(byteStorage, keeping: byteCount)
        startStorage = Self.doubled(startStorage, keeping: scalarCount)
    }

    private static func doubled<T>(_ buffer: UnsafeMutableBufferPointer<T>, keeping count: Int) -> UnsafeMutableBufferPointer<T> {
        let larger = UnsafeMutableBufferPointer<T>.allocate(capacity: buffer.count * 2)
        _ = UnsafeMutableBufferPointer(rebasing: larger[..<count]).initialize(fromContentsOf: buffer[..<count])
        buffer.deallocate()
        return larger
    }

    mutating func removeAll() {
        byteCount = 0
        scalarCount = 0
        hasher = KeyHasher()
    }

    /// Fills `keys`; FNV-1a extends to the right, so each start costs one pass over 5 scalars.
    /// Entries past the word's n-grams are left as they were.
    mutating func computeKeys(maxOrder: Int) {
        let count = scalarCount
        if keys.count < count * maxOrder { keys = [UInt32](repeating: 0, count: count * maxOrder * 2) }
        let bytes = byteStorage
        let starts = startStorage
        let byteCount = self.byteCount
        keys.withUnsafeMutableBufferPointer { keys in
            for start in 0..<count {
                var hasher = KeyHasher()
                var index = starts[start]
                for scalar in start..<min(count, start + maxOrder) {
                    let end = scalar + 1 < count ? starts[scalar + 1] : byteCount
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

/// Decodes Unicode scalar values from UTF-8 bytes without building a String. A malformed
/// sequence yields U+FFFD, which is no letter: it separates words and counts as a symbol.
struct UTF8Scalars {
    static let malformed: UInt32 = 0xFFFD
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Where the next scalar starts.
    var position: Int { index }

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
            return Self.malformed
        }
        guard index + length <= bytes.count else {
            index = bytes.count
            return Self.malformed
        }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else {
                index += offset
                return Self.malformed
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        index += length
        return value
    }
}

/// Letters per script, to find the text's dominant script, and the characters that are neither
/// letters nor spaces (digits, punctuation, symbols, malformed bytes), to tell text from data.
struct ScriptTally {
    private var counts = [Int](repeating: 0, count: Script.allCases.count)
    /// Characters other than letters and white space.
    private(set) var symbols = 0
    /// Switches inside a token that prose rarely makes and encoded data makes all the time: an
    /// ASCII capital right after a lowercase letter ("bG" in base64, once in "iPhone") and an
    /// ASCII letter next to an ASCII digit ("9f" in hexadecimal, once in "A380").
    private(set) var dataTransitions = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, letters: LetterTable) {
        var decoder = UTF8Scalars(bytes)
        var previous: UInt32 = 0x20
        while let value = decoder.next() {
            if Self.isDataTransition(from: previous, to: value) { dataTransitions += 1 }
            previous = value
            if value < 0x80 {
                // ASCII letters are Latin; everything else ASCII is no letter.
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A {
                    counts[Script.latin.rawValue] += 1
                } else if value != 0x20 && !(0x09...0x0D).contains(value) {
                    symbols += 1
                }
            } else if letters.fold(value) != nil {
                counts[Script(value).rawValue] += 1
            } else if !(Unicode.Scalar(value)?.properties.isWhitespace ?? false) {
                symbols += 1
            }
        }
    }

    /// No letters yet.
    init() {}

    @inline(__always)
    private static func isDataTransition(from previous: UInt32, to value: UInt32) -> Bool {
        func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
        func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        let lowerToUpper = previous >= 0x61 && previous <= 0x7A && value >= 0x41 && value <= 0x5A
        return lowerToUpper || (isDigit(previous) && isLetter(value)) || (isLetter(previous) && isDigit(value))
    }

    /// Adds another text's letters: the tally of texts joined by separators.
    mutating func add(_ other: ScriptTally) {
        for index in counts.indices { counts[index] += other.counts[index] }
        symbols += other.symbols
        dataTransitions += other.dataTransitions
    }

    func count(_ script: Script) -> Int { counts[script.rawValue] }

    /// Letters of every script.
    var letters: Int { counts.reduce(0, +) }

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
