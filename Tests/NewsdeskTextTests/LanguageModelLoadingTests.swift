import Foundation
import NewsdeskText
import Testing

/// The memory-mapped loader: damaged or missing files give the loader's errors, not a crash.
@Suite struct LanguageModelLoadingTests {
    private static let names = ["ngrams-1.bin", "ngrams-2.bin", "ngrams-3.bin", "ngrams-4.bin", "ngrams-5.bin",
                                "words-1.bin", "words-2.bin"]

    /// A copy of the shipped model in a fresh directory, altered by `change`.
    private func loadCopy(_ change: (String) throws -> Void) throws -> Result<LanguageModel, LanguageModelError> {
        let source = try #require(Self.shippedDirectory())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("langid-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in Self.names {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: directory + "/" + name)
        }
        try change(directory)
        return Result { () throws(LanguageModelError) in try LanguageModel(directory: directory) }
    }

    private static func shippedDirectory() -> String? {
        guard case .success(let model) = LanguageModel.standard, !model.codes.isEmpty else { return nil }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Resources/langid").path
    }

    @Test func intactCopyLoadsTheSameLanguages() throws {
        let loaded = try loadCopy { _ in }
        #expect(try loaded.get().codes == LanguageModel.standard.get().codes)
    }

    @Test func truncatedFileIsCorrupt() throws {
        let loaded = try loadCopy { directory in
            let path = directory + "/ngrams-3.bin"
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        }
        #expect(loaded.failure == .corrupt("ngrams-3.bin", "truncated"))
    }

    @Test func emptyFileIsCorrupt() throws {
        let loaded = try loadCopy { directory in
            try Data().write(to: URL(fileURLWithPath: directory + "/words-2.bin"))
        }
        #expect(loaded.failure == .corrupt("words-2.bin", "truncated"))
    }

    /// The word table is searched in place by hash, which needs the keys in hash order, as the
    /// build writes them (the loader checks the first key of every block).
    @Test func wordKeysOutOfHashOrderAreCorrupt() throws {
        let loaded = try loadCopy { directory in
            let path = directory + "/words-1.bin"
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            let languages = Int(data[8]) | Int(data[9]) << 8
            let keyCount = Int(data[12 + 8 * languages]) | Int(data[13 + 8 * languages]) << 8 | Int(data[14 + 8 * languages]) << 16
            let first = 16 + 8 * languages
            let last = first + 4 * (keyCount - 1)
            let firstKey = data[first..<(first + 4)]
            data.replaceSubrange(first..<(first + 4), with: data[last..<(last + 4)])
            data.replaceSubrange(last..<(last + 4), with: firstKey)
            try data.write(to: URL(fileURLWithPath: path))
        }
        #expect(loaded.failure == .corrupt("words-1.bin", "keys are not in hash order"))
    }

    @Test func directoryInPlaceOfAFileIsNotFound() throws {
        let loaded = try loadCopy { directory in
            let path = directory + "/ngrams-1.bin"
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        guard case .notFound(let searched) = loaded.failure else {
            Issue.record("expected notFound, got \(loaded)")
            return
        }
        #expect(searched.count == 1 && searched[0].hasSuffix("/ngrams-1.bin"))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
