import Foundation
import Testing

@Suite struct StoreCLITests {
    @Test func aReadOnlyDirectoryGivesAClearError() throws {
        let cli = try CLIHarness()
        let article = try cli.write("a.txt", IngestCLITests.article)
        let locked = cli.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        let run = try cli.run(["ingest", article, "--db", locked + "/news.sqlite"], unprivileged: true)
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot open \(locked)/news.sqlite"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: locked + "/news.sqlite"))
    }

    @Test func aReadOnlyArchiveCanStillBeReadButNotWritten() throws {
        let cli = try CLIHarness()
        let article = try cli.write("a.txt", IngestCLITests.article)
        let folder = cli.path("archive")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = folder + "/news.sqlite"
        #expect(try cli.run(["ingest", article, "--db", database]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        for command in [["list"], ["stats"], ["export"], ["search", "budget"]] {
            let run = try cli.run(command + ["--db", database], unprivileged: true)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(command)")
        }
        let reclean = try cli.run(["reclean", "--db", database], unprivileged: true)
        #expect(reclean.status == 1)
        #expect(reclean.stderr.contains("read-only"), "\(reclean.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["news.sqlite"])
    }

    @Test func aCorruptDatabaseIsNeverOverwritten() throws {
        let cli = try CLIHarness()
        let article = try cli.write("a.txt", IngestCLITests.article)
        let garbage = Array("not a database at all, but someone's notes".utf8)
        try cli.write("test.sqlite", garbage)
        let run = try cli.run(["ingest", article, "--db", cli.database])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is not a SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == Data(garbage))

        // A real SQLite file damaged past its header.
        let damaged = cli.path("damaged.sqlite")
        #expect(try cli.run(["ingest", article, "--db", damaged]).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
        for index in 100..<min(bytes.count, 8192) { bytes[index] = 0x5A }
        try bytes.write(to: URL(fileURLWithPath: damaged))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: damaged + suffix) }
        let again = try cli.run(["search", "budget", "--db", damaged])
        #expect(again.status == 1)
        #expect(again.stderr.contains(damaged))
        #expect(try Data(contentsOf: URL(fileURLWithPath: damaged)) == bytes)
    }

    @Test func readingCommandsNeedAnExistingDatabase() throws {
        let cli = try CLIHarness()
        for command in [["search", "x"], ["list"], ["stats"], ["export"], ["show", "abcd"]] {
            let run = try cli.run(command + ["--db", cli.database])
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("no database at"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func theDatabaseComesFromTheEnvironmentOrTheWorkingDirectory() throws {
        let cli = try CLIHarness()
        let article = try cli.write("a.txt", IngestCLITests.article)
        #expect(try cli.run(["ingest", article]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("newsdesk.sqlite")))
        #expect(try cli.run(["ingest", article], environment: ["NEWSDESK_DB": cli.path("env.sqlite")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("env.sqlite")))
    }

    @Test func anInterruptedIngestKeepsWhatWasCommittedAndAReRunFinishes() throws {
        let cli = try CLIHarness()
        let count = 3_000
        for index in 0..<count {
            try cli.write("many/\(index).txt", IngestCLITests.article + "\nDocument numéro \(index), une phrase de plus pour le rendre unique.")
        }
        for signal in [SIGINT, SIGKILL] {
            let database = cli.path("interrupted-\(signal).sqlite")
            let process = try cli.start(["ingest", cli.path("many"), "--db", database, "--jobs", "2"])
            // Wait for the first commit, then interrupt mid-run.
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline && (try? FileManager.default.attributesOfItem(atPath: database + "-wal")) == nil {
                usleep(5_000)
            }
            usleep(50_000)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if signal == SIGINT { #expect([0, 130].contains(process.terminationStatus)) }

            let integrity = try cli.run(["stats", "--db", database, "--format", "json"])
            #expect(integrity.status == 0, "the database opens after signal \(signal)")
            let kept = integrity.jsonObject["articles"] as? Int ?? -1
            #expect(kept >= 0 && kept <= count)

            let rerun = try cli.run(["ingest", cli.path("many"), "--db", database, "--format", "json"])
            #expect(rerun.status == 0)
            #expect((rerun.jsonObject["stored"] as? Int ?? 0) + (rerun.jsonObject["duplicates"] as? Int ?? 0) == count)
            #expect(rerun.jsonObject["duplicates"] as? Int ?? -1 >= kept)
            let final = try cli.run(["stats", "--db", database, "--format", "json"])
            #expect(final.jsonObject["articles"] as? Int == count)
        }
    }
}
