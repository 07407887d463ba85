import Foundation
import Testing

/// A named pipe given as input: read when a program writes to it, never waited on forever, and
/// the first SIGTERM honoured while waiting.
@Suite struct PipeInputCLITests {
    @Test func theFirstSIGTERMStopsAWaitOnAPipeWithoutAWriter() throws {
        let cli = try CLIHarness()
        let pipe = cli.path("pipe")
        try #require(mkfifo(pipe, 0o644) == 0)
        let process = try cli.start(["ingest", pipe, "--db", cli.database])
        usleep(800_000)
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let stopped = !process.isRunning
        if !stopped { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(stopped, "still waiting on the pipe 5 s after SIGTERM")
        #expect(process.terminationStatus == 143)
    }

    @Test func aPipeIsReadWhenAWriterComesLater() throws {
        let cli = try CLIHarness()
        let pipe = cli.path("pipe")
        try #require(mkfifo(pipe, 0o644) == 0)
        let text = """
            Grève des dockers à Anvers

            Les dockers du port d'Anvers ont prolongé jeudi leur grève, sans accord en vue avec la direction.
            """
        let writer = Thread {
            usleep(300_000)
            let handle = FileHandle(forWritingAtPath: pipe)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        let run = try cli.run(["ingest", pipe, "--db", cli.database])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("stored 1"))
    }
}
