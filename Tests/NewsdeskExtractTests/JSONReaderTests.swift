import Foundation
@testable import NewsdeskExtract
import Testing

/// The JSON-LD reader gives what Foundation's `JSONSerialization` gives, on valid and broken input.
@Suite struct JSONReaderTests {
    /// Values made comparable: numbers as Double, nulls as a marker.
    private static func normal(_ value: Any?) -> String {
        switch value {
        case nil: return "nil"
        case let object as [String: Any]: return "{" + object.keys.sorted().map { "\($0):\(normal(object[$0]))" }.joined(separator: ",") + "}"
        case let array as [Any]: return "[" + array.map { normal($0) }.joined(separator: ",") + "]"
        case let string as String: return "s:" + string
        case is NSNull, is JSONReader.Null: return "null"
        case let flag as Bool where !(value is NSNumber) || String(cString: (value as! NSNumber).objCType) == "c": return flag ? "true" : "false"
        case let number as NSNumber: return "n:\(number.doubleValue)"
        case let number as Double: return "n:\(number)"
        default: return "?\(String(describing: value))"
        }
    }

    private static func foundation(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test(arguments: [
        #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"L’été \"chaud\" à Paris","datePublished":"2024-07-01T08:00:00+02:00","author":[{"@type":"Person","name":"Julie Martin"},null],"wordCount":1234,"isFree":true,"rating":-4.5e2}"#,
        ##"[{"@graph":[{"@id":"#a","name":"\u00e9t\u00E9 \ud83d\ude00 \/ \\ \b\f\n\r\t"}]}, [], {}, 0, -0.5, 1E+3]"##,
        "  \"fragment\"  ", "true", "null", "[1, 2, ]", "{\"a\": [\"b\", ],}",
    ])
    func validInputReadsAsFoundationReadsIt(text: String) throws {
        let ours = JSONReader.value(Array(text.utf8))
        #expect(ours != nil)
        #expect(Self.normal(ours) == Self.normal(Self.foundation(text)))
    }

    @Test(arguments: [
        "", "{", "[1 2]", "{\"a\" 1}", "{\"a\":1} x", "\"open", "\"bad \\x escape\"", "\"lone \\ud83d surrogate\"",
        "01", "-", "1.", "1e", "[,]", "{,}", "tru", "\"raw \n newline\"",
    ])
    func brokenInputGivesNothing(text: String) {
        #expect(JSONReader.value(Array(text.utf8)) == nil)
    }

    @Test func hostileNestingGivesNothingInsteadOfCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONReader.value(Array(deep.utf8)) == nil)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(JSONReader.value(Array(fine.utf8)) != nil)
        // The limit comes from the configuration's limits.
        #expect(JSONReader.value(Array(fine.utf8), maxDepth: 50) == nil)
    }

    /// Random documents written by Foundation read back the same.
    @Test func randomDocumentsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        func random(_ depth: Int) -> Any {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator) {
            case 0: return String((0..<Int.random(in: 0..<12, using: &generator)).map { _ in
                ["a", "é", "\"", "\\", "/", "\n", "€", "😀", " ", "\u{1}"].randomElement(using: &generator) ?? "a"
            })
            case 1: return Double(Int.random(in: -5_000...5_000, using: &generator)) / 8
            case 2: return Bool.random(using: &generator)
            case 3: return NSNull()
            case 4: return (0..<Int.random(in: 0..<5, using: &generator)).map { _ in random(depth + 1) }
            default:
                var object: [String: Any] = [:]
                for index in 0..<Int.random(in: 0..<5, using: &generator) { object["k\(index)é"] = random(depth + 1) }
                return object
            }
        }
        for _ in 0..<300 {
            let document = [random(0)]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.fragmentsAllowed])
            let text = String(decoding: data, as: UTF8.self)
            #expect(Self.normal(JSONReader.value(Array(data))) == Self.normal(Self.foundation(text)), "\(text)")
        }
    }
}
