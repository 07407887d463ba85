import Foundation
import NewsdeskPipeline

/// A one-line progress bar on standard error: counts, rate and time left. Redrawn at most ten
/// times a second so drawing never slows a run down.
struct ProgressBar {
    private let total: Int
    private var lastDraw = Date.distantPast
    private let width = 24

    init(total: Int) {
        self.total = total
    }

    mutating func update(_ tally: IngestTally, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = total > 0 ? Double(tally.done) / Double(total) : 1
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = tally.elapsed > 0 ? Double(tally.done) / tally.elapsed : 0
        let remaining = rate > 0 ? Double(total - tally.done) / rate : 0
        let line = String(
            format: "\r%@ %d/%d  stored %d  dup %d  skipped %d  failed %d  %.0f/s  ETA %@\u{1B}[K",
            bar, tally.done, total, tally.stored, tally.duplicates, tally.skipped, tally.failed, rate,
            Self.clock(remaining))
        Output.errorRaw(line)
    }

    mutating func finish(_ tally: IngestTally) {
        update(tally, force: true)
        Output.errorRaw("\n")
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
