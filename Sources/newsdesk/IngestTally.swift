import Foundation
import NewsdeskCore

/// Counts of an ingest run and the inputs that did not make it, with their reasons.
struct IngestTally {
    struct Problem: Encodable {
        var path: String
        var status: String
        var code: String
        var reason: String
    }

    var total: Int
    var stored = 0
    var duplicates = 0
    var skipped = 0
    var failed = 0
    var problems: [Problem] = []
    let started = Date()

    var done: Int { stored + duplicates + skipped + failed }
    var isClean: Bool { skipped == 0 && failed == 0 }
    var elapsed: Double { Date().timeIntervalSince(started) }

    mutating func record(_ rejection: Rejection, path: String) -> Problem {
        let status = rejection.isSkip ? "skipped" : "failed"
        if rejection.isSkip { skipped += 1 } else { failed += 1 }
        let problem = Problem(path: path, status: status, code: rejection.code.rawValue, reason: rejection.detail)
        problems.append(problem)
        return problem
    }

    /// The summary object of `--format json`.
    func json(database: String, interrupted: Bool) -> String {
        struct Summary: Encodable {
            var database: String
            var inputs: Int
            var stored: Int
            var duplicates: Int
            var skipped: Int
            var failed: Int
            var interrupted: Bool
            var seconds: Double
            var problems: [Problem]
        }
        let summary = Summary(
            database: database, inputs: total, stored: stored, duplicates: duplicates, skipped: skipped, failed: failed,
            interrupted: interrupted, seconds: (elapsed * 1000).rounded() / 1000, problems: problems)
        return (try? Output.jsonString(summary, pretty: false)) ?? "{}"
    }

    /// The one-line summary of text output.
    func line(database: String) -> String {
        let rate = elapsed > 0 ? Int((Double(done) / elapsed).rounded()) : done
        return "stored \(stored), duplicates \(duplicates), skipped \(skipped), failed \(failed) "
            + "in \(String(format: "%.1f", elapsed)) s (\(rate) documents/s) → \(database)"
    }
}
