import Foundation
import NewsdeskCore
@testable import NewsdeskExtract
import Testing

/// A named pipe is read without ever blocking for good.
@Suite struct InputReaderPipeTests {
    @Test func aPipeWithoutAWriterIsGivenUpAfterItsIdleLimit() throws {
        let root = try InputWalkerTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent("pipe").path
        try #require(mkfifo(pipe, 0o644) == 0)
        let started = ContinuousClock.now
        let result = InputReader(maxBytes: 1_000, pipeIdleLimit: .milliseconds(300)).read(.file(path: pipe))
        #expect(ContinuousClock.now - started < .seconds(3))
        guard case .failure(let rejection) = result else {
            Issue.record("a pipe nobody writes to gave a document")
            return
        }
        #expect(rejection.detail.contains("sent nothing"))
    }

    @Test func aWaitOnAPipeEndsWhenAskedToStop() throws {
        let root = try InputWalkerTests.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent("pipe").path
        try #require(mkfifo(pipe, 0o644) == 0)
        let result = InputReader(maxBytes: 1_000).read(.file(path: pipe), shouldStop: { true })
        guard case .failure(let rejection) = result else {
            Issue.record("the wait did not stop")
            return
        }
        #expect(rejection.detail.contains("interrupted"))
    }
}
