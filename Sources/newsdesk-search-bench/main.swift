import Foundation
import NewsdeskStore

// Times searches in process, for bench/search-scale.sh: opens the store once, then runs each
// line of the queries file as `newsdesk search` does (ten hits with their snippets) and prints
// one line per query: milliseconds, then the number of hits or the error's code.
//   newsdesk-search-bench STORE QUERIES
let arguments = CommandLine.arguments
guard arguments.count == 3, let queries = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: newsdesk-search-bench STORE QUERIES\n".utf8))
    exit(64)
}
let store: SQLiteStore
do {
    store = try SQLiteStore.openForReading(path: arguments[1])
} catch {
    FileHandle.standardError.write(Data("newsdesk-search-bench: \(error)\n".utf8))
    exit(1)
}
var output = ""
for query in queries.split(separator: "\n") {
    let started = ContinuousClock.now
    let outcome: String
    do {
        outcome = String(try store.search(SearchQuery(String(query), limit: 10)).count)
    } catch {
        outcome = error.code.rawValue
    }
    let elapsed = ContinuousClock.now - started
    output += String(format: "%.3f\t%@\n", Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3, outcome)
}
print(output, terminator: "")
