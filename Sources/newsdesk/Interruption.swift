import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a flag that long runs poll, so they can commit what is done
/// and stop cleanly. A second signal ends the process at once.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var signalNumber: Int32?
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.received(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func received(_ number: Int32) {
        lock.lock()
        let second = signalNumber != nil
        signalNumber = number
        lock.unlock()
        if second { exit(128 + number) }
    }

    /// The signal received, if any.
    var receivedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return signalNumber
    }

    var isRequested: Bool { receivedSignal != nil }
}
