@testable import NewsdeskText
import Testing

/// The word table read in place finds exactly what the files list, key by key.
@Suite struct WordTableTests {
    @Test func everyKeyFindsItsPostingsAndOthersFindNone() throws {
        let directory = try LanguageModel.locateDirectory()
        let names = ["words-1.bin", "words-2.bin"]
        let files = try names.map { try #require(MappedFile(path: directory + "/" + $0)) }
        let table = try WordTable(files: files, names: names)
        var keys = Set<UInt32>()
        var checked = 0
        for (file, name) in zip(files, names) {
            let part = try ModelFile(bytes: file.bytes, name: name)
            var posting = 0
            for index in 0..<part.keyCount {
                let count = Int(part.counts[index])
                let expected = (posting..<(posting + count)).map {
                    UInt16(littleEndian: part.postings.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self))
                }
                let key = part.key(index)
                keys.insert(key)
                if Array(table.view.lookup(key)) != expected {
                    Issue.record("\(name): key \(key) at \(index) has other postings")
                    return
                }
                posting += count
                checked += 1
            }
        }
        #expect(checked > 100_000)
        let absent = (1...UInt32(1_000)).filter { !keys.contains($0) }
        #expect(!absent.isEmpty && absent.allSatisfy { Array(table.view.lookup($0)).isEmpty })
    }
}
