import Foundation
@testable import NewsdeskText
import Testing

/// The n-gram tables built at load find exactly what the files list, key by key, whatever the
/// order of the keys in the file.
@Suite struct NGramTableTests {
    @Test(arguments: 1...5)
    func everyKeyOfTheShippedTableFindsItsPostings(order: Int) throws {
        let directory = try LanguageModel.locateDirectory()
        let name = "ngrams-\(order).bin"
        let file = try #require(MappedFile(path: directory + "/" + name))
        let table = try NGramTable(file: file, name: name)
        let expected = try Self.postingsByKey(try ModelFile(bytes: file.bytes, name: name))
        #expect(expected.count > 10_000)
        #expect(Self.mismatches(table, expected) == [])
    }

    /// A file whose keys are not in hash order (shuffled, with ones that collide at the table's
    /// end and wrap around) loads into a table that finds them all.
    @Test func keysInAnyOrderAreAllFound() throws {
        var expected: [UInt32: [UInt16]] = [:]
        for index in UInt32(1)...3_000 {
            let key = index &* 0x2545_F491 | 1
            expected[key] = (0..<(Int(index) % 4 + 1)).map { UInt16($0) << 8 | UInt16(truncatingIfNeeded: index &* 37) }
        }
        // Keys whose home slots are the table's last ones, so their run wraps to the start.
        for key in UInt32(1)...UInt32(200_000) where NGramTable.mix(key) >> 20 == 0xFFF && expected.count < 3_040 {
            expected[key] = [0x0105]
        }
        let sorted = expected.keys.sorted { NGramTable.mix($0) < NGramTable.mix($1) }
        let scrambled = sorted.sorted { ($0 &* 0x9E37_79B9).byteSwapped < ($1 &* 0x9E37_79B9).byteSwapped }
        for keys in [sorted, scrambled, Array(sorted.reversed())] {
            let table = try Self.table(keys: keys, postings: expected)
            #expect(Self.mismatches(table, expected) == [])
        }
    }

    private static func postingsByKey(_ file: ModelFile) throws -> [UInt32: [UInt16]] {
        var result: [UInt32: [UInt16]] = [:]
        var posting = 0
        for index in 0..<file.keyCount {
            let count = Int(file.counts[index])
            result[file.key(index)] = (posting..<(posting + count)).map {
                UInt16(littleEndian: file.postings.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self))
            }
            posting += count
        }
        return result
    }

    /// Keys whose postings the table gives wrong, and absent keys it claims to know.
    private static func mismatches(_ table: NGramTable, _ expected: [UInt32: [UInt16]]) -> [UInt32] {
        var wrong: [UInt32] = []
        for (key, postings) in expected {
            var found: [UInt16] = []
            table.view.forEachPosting(of: table.view.entry(key)) { found.append($0) }
            if found != postings { wrong.append(key) }
        }
        for key in UInt32(1)...UInt32(2_000) where expected[key] == nil && table.view.entry(key) != 0 {
            wrong.append(key)
        }
        return Array(wrong.prefix(10))
    }

    /// The table of a model file with these keys, written to a temporary file and mapped.
    private static func table(keys: [UInt32], postings: [UInt32: [UInt16]]) throws -> NGramTable {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ngrams-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(modelFile(keys: keys, postings: postings)).write(to: URL(fileURLWithPath: path))
        return try NGramTable(file: try #require(MappedFile(path: path)), name: "test.bin")
    }

    /// A model file (see `ModelFile`) of one language with these keys, in this order.
    private static func modelFile(keys: [UInt32], postings: [UInt32: [UInt16]]) -> [UInt8] {
        var bytes = Array("NDLM".utf8)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        append(1)
        append(1)
        bytes.append(contentsOf: Array("xx".utf8) + [0, 0])
        append(0)
        append(UInt32(keys.count))
        for key in keys { append(key) }
        for key in keys { bytes.append(UInt8(postings[key]?.count ?? 0)) }
        let all = keys.flatMap { postings[$0] ?? [] }
        append(UInt32(all.count))
        for posting in all { withUnsafeBytes(of: posting.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }
}
