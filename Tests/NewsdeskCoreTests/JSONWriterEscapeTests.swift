import Foundation
import NewsdeskCore
import Testing

@Suite struct JSONWriterEscapeTests {
    /// Characters that need an escape (and some that look like they might), at every position
    /// around the eight-byte blocks the writer skips whole: each string reads back the same,
    /// and no raw control character or Unicode line break is left in the line.
    @Test(arguments: ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{85}", "é", "’", "\u{E2}", "\u{C2}"])
    func escapesAreFoundAtAnyOffset(special: String) throws {
        for offset in 0..<20 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 23 - offset)
            var writer = JSONWriter()
            writer.beginArray()
            writer.value(text)
            writer.endArray()
            let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
            #expect(decoded == [text])
            let line = String(decoding: writer.bytes, as: UTF8.self)
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" })
        }
    }
}
