import Foundation

/// Runs `transform` over inputs on `jobs` worker threads and hands the results to the calling
/// thread in input order, holding at most `window` finished results in memory.
///
/// Threads rather than Swift tasks: extraction is CPU-bound C and Swift code, and the single
/// consumer (the store writer, or the printer) must run on one thread, in order.
public final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let inputs: [Input]
    private let transform: @Sendable (Input) -> Output
    private let window: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var nextToStart = 0
    private var nextToConsume = 0
    private var results: [Int: Output] = [:]
    private var stopped = false

    public init(inputs: [Input], window: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.inputs = inputs
        self.window = max(window, 1)
        self.transform = transform
    }

    /// Processes every input (until `shouldStop` returns true), calling `consume` in order.
    /// Results already computed when a stop is requested are still consumed.
    public func run(jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false }, consume: (Int, Output) throws -> Void) rethrows {
        let workers = (0..<max(1, min(jobs, inputs.count))).map { _ in
            Thread { [self] in work(shouldStop: shouldStop) }
        }
        for worker in workers {
            worker.stackSize = 16 << 20  // deep documents recurse in C parsers
            worker.start()
        }
        defer { stop() }
        while let (index, output) = nextResult() {
            try consume(index, output)
        }
    }

    private func work(shouldStop: @Sendable () -> Bool) {
        while true {
            condition.lock()
            while !stopped && nextToStart < inputs.count && nextToStart - nextToConsume >= window {
                condition.wait()
            }
            if stopped || nextToStart >= inputs.count || shouldStop() {
                stopped = stopped || shouldStop()
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = nextToStart
            nextToStart += 1
            condition.unlock()

            let output = transform(inputs[index])

            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next result in order; nil when all are consumed, or when stopped and the next one
    /// was never started.
    private func nextResult() -> (Int, Output)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: nextToConsume) {
                let index = nextToConsume
                nextToConsume += 1
                condition.broadcast()
                return (index, output)
            }
            if nextToConsume >= inputs.count { return nil }
            if stopped && nextToConsume >= nextToStart { return nil }
            condition.wait()
        }
    }

    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
