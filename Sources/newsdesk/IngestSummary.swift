import Foundation
import NewsdeskPipeline

/// How an ingest run's counts are printed.
enum IngestSummary {
    /// The summary object of `--format json`.
    static func json(_ tally: IngestTally, database: String, interrupted: Bool) -> String {
        struct Summary: Encodable {
            var database: String
            var inputs: Int
            var stored: Int
            var duplicates: Int
            var copies: Int
            var skipped: Int
            var failed: Int
            var interrupted: Bool
            var seconds: Double
            /// CPU seconds by stage (and for linking copies), summed over the documents.
            var cpuSeconds: [String: Double]
            var problems: [IngestTally.Problem]
        }
        let summary = Summary(
            database: database, inputs: tally.total, stored: tally.stored, duplicates: tally.duplicates, copies: tally.copies,
            skipped: tally.skipped, failed: tally.failed, interrupted: interrupted, seconds: (tally.elapsed * 1000).rounded() / 1000,
            cpuSeconds: tally.cpuSeconds.mapValues { ($0 * 10_000).rounded() / 10_000 }, problems: tally.problems)
        return (try? Output.jsonString(summary, pretty: false)) ?? "{}"
    }

    /// The one-line summary of text output.
    static func line(_ tally: IngestTally, database: String) -> String {
        let rate = tally.elapsed > 0 ? Int((Double(tally.done) / tally.elapsed).rounded()) : tally.done
        return "stored \(tally.stored), duplicates \(tally.duplicates), skipped \(tally.skipped), failed \(tally.failed), copies \(tally.copies) "
            + "in \(String(format: "%.1f", tally.elapsed)) s (\(rate) documents/s) → \(database)"
    }
}
