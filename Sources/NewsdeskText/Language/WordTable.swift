/// The word-frequency table, read in place from its memory-mapped files (keys, counts and
/// postings alike: nothing is copied at start).
///
/// The files list their keys in the order of their hash (`NGramTable.mix`), which spreads them
/// evenly: a lookup guesses a key's place from its hash and narrows in a few probes
/// (interpolation search). Where its postings start is the sum of the counts before it, kept
/// per block of 64 keys. Opening the table sums the counts and touches nothing else: an index
/// of hash ranges built from every key (and, before that, slots for all 640,000 keys) cost
/// more than all the lookups of a one-document run.
struct WordTable: Sendable {
    let codes: [String]
    /// Per language: the log share of running text its kept words cover (see `ModelFile`).
    let extras: [Float]
    private let storage: Storage

    /// Reads the table from its parts (shards of one key set); the files stay mapped while
    /// the table lives.
    init(files: [MappedFile], names: [String]) throws(LanguageModelError) {
        var parts: [ModelFile] = []
        for (file, name) in zip(files, names) {
            let part = try ModelFile(bytes: file.bytes, name: name)
            if let first = parts.first, first.codes != part.codes {
                throw .corrupt(name, "languages differ from the other parts")
            }
            parts.append(part)
        }
        codes = parts.first?.codes ?? []
        extras = parts.first?.extras ?? []
        storage = try Storage(files: files, parts: parts, names: names)
    }

    /// Raw pointers into the table, valid while the table (or a copy of it) is alive.
    var view: View { storage.view }

    private final class Storage: @unchecked Sendable {
        let view: View
        /// The mappings the views read keys and counts from.
        private let files: [MappedFile]

        init(files: [MappedFile], parts: [ModelFile], names: [String]) throws(LanguageModelError) {
            self.files = files
            var views: [View.Part] = []
            for (part, name) in zip(parts, names) {
                views.append(try View.Part(part, name: name))
            }
            view = View(parts: views)
        }

        deinit {
            for part in view.parts { part.deallocate() }
        }
    }

    struct View: @unchecked Sendable {
        let parts: [Part]

        /// The postings of a word key; empty when no part knows it.
        func lookup(_ key: UInt32) -> Postings {
            for part in parts {
                if let postings = part.lookup(key) { return postings }
            }
            return Postings(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
        }

        /// A key's postings, read in place: 16-bit little-endian values the file need not align.
        struct Postings: Sequence {
            let bytes: UnsafeRawBufferPointer

            func makeIterator() -> Iterator { Iterator(bytes: bytes) }

            struct Iterator: IteratorProtocol {
                let bytes: UnsafeRawBufferPointer
                var offset = 0

                mutating func next() -> UInt16? {
                    guard offset + 2 <= bytes.count else { return nil }
                    defer { offset += 2 }
                    return UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
                }
            }
        }

        /// One file, read in place, and where the postings of every 64th key start.
        struct Part {
            let keys: UnsafeRawBufferPointer
            let counts: UnsafeRawBufferPointer
            let postings: UnsafeRawBufferPointer
            /// `blockStarts[b]` is the index of the first posting of key `b << blockShift`.
            let blockStarts: UnsafeMutableBufferPointer<UInt32>

            static let blockShift = 6

            init(_ file: ModelFile, name: String) throws(LanguageModelError) {
                keys = file.keys
                counts = file.counts
                postings = file.postings
                let blockSize = 1 << Self.blockShift
                let blockCount = (file.keyCount + blockSize - 1) >> Self.blockShift
                blockStarts = .allocate(capacity: blockCount + 1)
                var posting = 0
                var previousHash: UInt32 = 0
                for block in 0..<blockCount {
                    let first = block << Self.blockShift
                    // A cheap check of the order lookups rely on: each block's first key.
                    let hash = NGramTable.mix(file.key(first))
                    guard hash >= previousHash else {
                        blockStarts.deallocate()
                        throw .corrupt(name, "keys are not in hash order")
                    }
                    previousHash = hash
                    blockStarts[block] = UInt32(posting)
                    posting += ByteSum.of(UnsafeRawBufferPointer(rebasing: file.counts[first..<min(first + blockSize, file.keyCount)]))
                }
                blockStarts[blockCount] = UInt32(posting)
            }

            func deallocate() {
                blockStarts.deallocate()
            }

            @inline(__always)
            private func hash(at index: Int) -> UInt32 {
                NGramTable.mix(UInt32(littleEndian: keys.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
            }

            /// The index of the key with this hash, if the file has it. Hashes are spread
            /// evenly, so a key lies about where its hash falls between the bounds' hashes; a
            /// guess that does not halve the interval is followed by a bisection, so bad guesses
            /// cost no more than a binary search.
            private func index(ofHash target: UInt32) -> Int? {
                var low = 0
                var high = counts.count
                // The hashes of the keys in low..<high lie in lowHash..<highHash.
                var lowHash: UInt64 = 0
                var highHash: UInt64 = 1 << 32
                var interpolate = true
                while high - low > 8 {
                    // Out of the bounds only in a file whose keys are out of order.
                    guard lowHash <= target, target < highHash else { return nil }
                    let span = high - low
                    let probe = interpolate
                        ? min(low + Int((UInt64(target) - lowHash) * UInt64(span) / (highHash - lowHash)), high - 1)
                        : low + span / 2
                    let found = hash(at: probe)
                    if found == target { return probe }
                    if found < target {
                        low = probe + 1
                        lowHash = UInt64(found) + 1
                    } else {
                        high = probe
                        highHash = UInt64(found)
                    }
                    interpolate = !interpolate || high - low <= span / 2
                }
                return (low..<high).first { hash(at: $0) == target }
            }

            func lookup(_ key: UInt32) -> Postings? {
                guard let index = index(ofHash: NGramTable.mix(key)) else { return nil }
                let block = index >> Self.blockShift
                let blockFirst = block << Self.blockShift
                let start = Int(blockStarts[block])
                    + ByteSum.of(UnsafeRawBufferPointer(rebasing: counts[blockFirst..<index]))
                let count = Int(counts[index])
                return Postings(bytes: UnsafeRawBufferPointer(rebasing: postings[(2 * start)..<(2 * (start + count))]))
            }
        }
    }
}
