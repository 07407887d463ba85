import Foundation
import NewsdeskCore
import Testing

@Suite struct ResourceLocatorTests {
    @Test func theConfiguredRootIsSearchedFirst() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-resources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("probe-lexicon")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("only-here.txt"))
        #expect(throws: ResourceLocator.NotFound.self) { try ResourceLocator.directory("probe-lexicon", containing: "only-here.txt") }
        ResourceLocator.useConfiguredRoot(root.path)
        defer { ResourceLocator.useConfiguredRoot(nil) }
        #expect(try ResourceLocator.directory("probe-lexicon", containing: "only-here.txt") == folder.path)
        // What is not there is still found in the usual places.
        #expect(try ResourceLocator.directory("langid", containing: "words-1.bin").hasSuffix("Resources/langid"))
    }
}
