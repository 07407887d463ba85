/// The word-frequency table, read in place from its memory-mapped files (keys, counts and
/// postings alike: nothing is copied at start).
///
/// The files list their keys in the order of their hash (`NGramTable.mix`), so a small index
/// of where each range of hashes starts finds a key after a scan of a dozen neighbours. The
/// n-gram tables are hashed into slots because the scorer probes them for every character;
/// words are looked up once per word not yet cached, and building slots for their 640,000
/// keys (8 MB written at every start) cost more than all the lookups of a run.
struct WordTable: Sendable {
    let codes: [String]
    /// Per language: the log share of running text its kept words cover (see `ModelFile`).
    let extras: [Float]
    private let storage: Storage

    /// Hashes are indexed by their top `indexBits` bits.
    static let indexBits: UInt32 = 15

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

        /// One file, read in place, and per range of hashes the first key and its first posting.
        struct Part {
            let keys: UnsafeRawBufferPointer
            let counts: UnsafeRawBufferPointer
            let postings: UnsafeRawBufferPointer
            /// `rangeStarts[r]` is the index of the first key whose hash lies in range r or
            /// after it; `postingStarts[r]` is where that key's postings start.
            let rangeStarts: UnsafeMutableBufferPointer<UInt32>
            let postingStarts: UnsafeMutableBufferPointer<UInt32>

            init(_ file: ModelFile, name: String) throws(LanguageModelError) {
                keys = file.keys
                counts = file.counts
                postings = file.postings
                let rangeCount = 1 << Int(WordTable.indexBits)
                rangeStarts = .allocate(capacity: rangeCount + 1)
                postingStarts = .allocate(capacity: rangeCount + 1)
                var range = 0
                var posting = 0
                for index in 0..<file.keyCount {
                    let keyRange = Self.range(of: file.key(index))
                    guard keyRange >= range - 1 else {
                        deallocate()
                        throw .corrupt(name, "keys are not in hash order")
                    }
                    while range <= keyRange {
                        rangeStarts[range] = UInt32(index)
                        postingStarts[range] = UInt32(posting)
                        range += 1
                    }
                    posting += Int(file.counts[index])
                }
                while range <= rangeCount {
                    rangeStarts[range] = UInt32(file.keyCount)
                    postingStarts[range] = UInt32(posting)
                    range += 1
                }
            }

            func deallocate() {
                rangeStarts.deallocate()
                postingStarts.deallocate()
            }

            @inline(__always)
            static func range(of key: UInt32) -> Int { Int(NGramTable.mix(key) >> (32 - WordTable.indexBits)) }

            func lookup(_ key: UInt32) -> Postings? {
                let range = Self.range(of: key)
                var posting = Int(postingStarts[range])
                for index in Int(rangeStarts[range])..<Int(rangeStarts[range + 1]) {
                    let count = Int(counts[index])
                    if UInt32(littleEndian: keys.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)) == key {
                        return Postings(bytes: UnsafeRawBufferPointer(rebasing: postings[(2 * posting)..<(2 * (posting + count))]))
                    }
                    posting += count
                }
                return nil
            }
        }
    }
}
