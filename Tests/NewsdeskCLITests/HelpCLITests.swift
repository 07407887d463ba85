import Foundation
import Testing

/// Each command's help states its own exit statuses, in lines that fit 80 columns, and says a
/// default once (issue 13, case 9).
@Suite struct HelpCLITests {
    static let commands = [
        "ingest", "extract", "analyze", "search", "show", "list", "stats", "export", "reclean", "copies", "language", "entities", "entity", "quotes",
    ]

    private func exitStatusSection(_ help: String) -> [Substring] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "EXIT STATUS") else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test(arguments: commands)
    func exitStatusFitsTheCommand(command: String) throws {
        let cli = try CLIHarness()
        let run = try cli.run([command, "--help"])
        #expect(run.status == 0)
        let rows = exitStatusSection(run.stdout)
        #expect(rows.count >= 3, "\(run.stdout)")
        for row in rows {
            #expect(row.count <= 79, "\(row)")
            // A status or a continuation under the meaning's column, never text at column 0.
            #expect(row.hasPrefix("  "), "\(row)")
        }
        let promisesStoring = rows.contains { $0.contains("every input was stored") }
        #expect(promisesStoring == (command == "ingest"), "\(rows)")
    }

    @Test func languageHelpSpeaksOfTexts() throws {
        let run = try CLIHarness().run(["language", "--help"])
        #expect(!run.stdout.contains("every input was stored"))
        #expect(run.stdout.contains("every text was identified"))
    }

    @Test func jobsStatesItsDefaultOnce() throws {
        let run = try CLIHarness().run(["ingest", "--help"])
        let lines = run.stdout.split(separator: "\n")
        guard let start = lines.firstIndex(where: { $0.contains("--jobs <n>") && $0.hasPrefix("  --jobs") }) else {
            Issue.record("no --jobs in \(run.stdout)")
            return
        }
        let help = lines[start...].prefix { !$0.hasPrefix("  --") || $0.contains("--jobs") }.joined(separator: " ")
        #expect(help.components(separatedBy: "default").count == 2, "\(help)")
    }
}
