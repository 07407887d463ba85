import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

@Suite struct InputWalkerTests {
    /// A fresh directory for one test.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func directoriesAreWalkedSortedAndHiddenEntriesSkipped() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.html", ".hidden.txt", "sub/c.txt"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        let items = Array(InputWalker(paths: [root.path]))
        #expect(items == [
            .file(path: root.path + "/a.html"), .file(path: root.path + "/b.txt"), .file(path: root.path + "/sub/c.txt"),
        ])
    }

    @Test func pipesAndDevicesAreReportedNotReadExceptAPipeNamedExplicitly() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent("pipe").path
        try #require(mkfifo(pipe, 0o644) == 0)
        try Data("x".utf8).write(to: root.appendingPathComponent("a.txt"))
        // Inside a directory: skipped with a reason, never opened (opening a pipe without a writer blocks).
        let walked = Array(InputWalker(paths: [root.path]))
        #expect(walked.count == 2)
        #expect(walked.first == .file(path: root.path + "/a.txt"))
        guard case .unusable(let path, let rejection) = walked.last else {
            Issue.record("the pipe was not reported")
            return
        }
        #expect(path == pipe)
        #expect(rejection.isSkip)
        #expect(rejection.detail == "not a regular file (a named pipe)")
        // Named on the command line (as `<(cmd)` is), a pipe is read.
        #expect(Array(InputWalker(paths: [pipe])) == [.file(path: pipe)])
        // A device is never a document.
        guard case .unusable(_, let device) = Array(InputWalker(paths: ["/dev/zero"])).first else {
            Issue.record("/dev/zero was not refused")
            return
        }
        #expect(device.detail == "not a regular file (a device)")
    }

    @Test func missingPathsBrokenLinksAndLoopsAreReportedInOrder() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.path + "/broken", withDestinationPath: root.path + "/nowhere")
        try manager.createSymbolicLink(atPath: root.path + "/loop1", withDestinationPath: root.path + "/loop2")
        try manager.createSymbolicLink(atPath: root.path + "/loop2", withDestinationPath: root.path + "/loop1")
        try manager.createDirectory(atPath: root.path + "/dir", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: root.path + "/dir/up", withDestinationPath: root.path + "/dir")
        try Data("x".utf8).write(to: root.appendingPathComponent("dir/a.txt"))

        let items = Array(InputWalker(paths: [root.path + "/missing", root.path + "/broken", root.path + "/loop1", root.path + "/dir", "-"]))
        #expect(items.count == 5)
        #expect(reason(items[0]) == "no such file or directory")
        #expect(reason(items[1])?.hasPrefix("broken symbolic link") == true)
        #expect(reason(items[2]) == "symbolic link loop")
        #expect(items[3] == .file(path: root.path + "/dir/a.txt"))  // the directory link back up is visited once
        #expect(items[4] == .standardInput)
    }

    private func reason(_ item: InputItem) -> String? {
        if case .unusable(_, let rejection) = item { rejection.detail } else { nil }
    }
}

@Suite struct InputReaderTests {
    @Test func filesOverTheLimitAreRejectedBeforeReading() throws {
        let root = try InputWalkerTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.path + "/big.txt"
        try Data(repeating: 0x41, count: 2_000).write(to: URL(fileURLWithPath: path))
        let result = InputReader(maxBytes: 1_000).read(.file(path: path))
        guard case .failure(let rejection) = result else { Issue.record("expected a rejection"); return }
        #expect(rejection.code == .tooLarge)
        #expect(rejection.detail.contains("2 kB"))
        #expect(try InputReader(maxBytes: 2_000).read(.file(path: path)).get().count == 2_000)
    }

    @Test func aDirectoryGivenAsAFileIsUnreadable() throws {
        let root = try InputWalkerTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .failure(let rejection) = InputReader(maxBytes: 10).read(.file(path: root.path)) else {
            Issue.record("expected a rejection"); return
        }
        #expect(rejection.code == .unreadable)
    }
}
